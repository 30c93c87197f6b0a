-- Second half of the closed loop: company, approval stages, land, construction, production,
-- output evaluation and breach decisions (domain.md §2, §10.6, §10.13).

ALTER TABLE project ADD COLUMN company_name VARCHAR(100);
ALTER TABLE project ADD COLUMN company_credit_code VARCHAR(18);
ALTER TABLE project ADD COLUMN actual_investment BIGINT;

-- One row per call of an approval stage (a returned stage called again is a new attempt).
CREATE TABLE approval_stage_run (
    stage_instance_id VARCHAR(64)  PRIMARY KEY,
    project_code      VARCHAR(16)  NOT NULL REFERENCES project(project_code),
    stage             INT          NOT NULL CHECK (stage BETWEEN 1 AND 4),
    lead_group        VARCHAR(64)  NOT NULL,
    limit_days        INT          NOT NULL,
    started_at        TIMESTAMP    NOT NULL,
    decided_at        TIMESTAMP,
    outcome           VARCHAR(16),
    reason            VARCHAR(500),
    decided_by        VARCHAR(64)
);
CREATE INDEX approval_stage_run_project_idx ON approval_stage_run(project_code, stage);

CREATE TABLE land_supply (
    project_code    VARCHAR(16)  PRIMARY KEY REFERENCES project(project_code),
    supplied_on     DATE         NOT NULL,
    land_area       DOUBLE PRECISION NOT NULL,
    supply_method   VARCHAR(16)  NOT NULL,
    contract_no     VARCHAR(64)  NOT NULL,
    priority_score  INT,
    recorded_at     TIMESTAMP    NOT NULL,
    recorded_by     VARCHAR(64)
);

-- Monthly construction progress; period = the month reported on (yyyy-MM).
CREATE TABLE progress_report (
    project_code       VARCHAR(16)  NOT NULL REFERENCES project(project_code),
    report_period      VARCHAR(7)   NOT NULL,
    progress_percent   INT          NOT NULL,
    investment_to_date BIGINT       NOT NULL,
    note               VARCHAR(1000) NOT NULL,
    reported_at        TIMESTAMP    NOT NULL,
    reported_by        VARCHAR(64),
    PRIMARY KEY (project_code, report_period)
);

-- 达产复核: actual against the agreement's commitments.
CREATE TABLE output_evaluation (
    project_code         VARCHAR(16)  PRIMARY KEY REFERENCES project(project_code),
    evaluated_at         TIMESTAMP    NOT NULL,
    actual_annual_output BIGINT       NOT NULL,
    actual_annual_tax    BIGINT       NOT NULL,
    actual_investment    BIGINT       NOT NULL,
    land_area            DOUBLE PRECISION NOT NULL,
    output_per_mu        DOUBLE PRECISION NOT NULL,
    tax_per_mu           DOUBLE PRECISION NOT NULL,
    tolerance_ratio      DOUBLE PRECISION NOT NULL,
    shortfall            BOOLEAN      NOT NULL,
    summary              VARCHAR(1000) NOT NULL,
    evaluated_by         VARCHAR(64)
);

-- The city centre's recorded decision on a shortfall: each measure decided, none automatic.
CREATE TABLE breach_decision (
    project_code         VARCHAR(16)  PRIMARY KEY REFERENCES project(project_code),
    decided_at           TIMESTAMP    NOT NULL,
    rectification_months INT          NOT NULL,
    liquidated_damages   DOUBLE PRECISION NOT NULL,
    incentive_refund     DOUBLE PRECISION NOT NULL,
    land_recovery        BOOLEAN      NOT NULL,
    reason               VARCHAR(1000) NOT NULL,
    decided_by           VARCHAR(64)
);
