-- Supervision, reporting and assessment (domain.md §7, §10.9-10.11; issue 7).
-- V5 is reserved for another change; this one only adds tables.

-- 月通报: one official bulletin per month. The period (yyyy-MM, the month reported on) is the key,
-- so a second run of the producing step - after a restart or on another node - inserts nothing.
CREATE TABLE bulletin (
    period          VARCHAR(7)    PRIMARY KEY,
    produced_on     DATE          NOT NULL,
    produced_at     TIMESTAMP     NOT NULL,
    on_schedule     BOOLEAN       NOT NULL,
    content         TEXT          NOT NULL,
    process_instance_id VARCHAR(64),
    issued_at       TIMESTAMP,
    issued_by       VARCHAR(64),
    issue_note      VARCHAR(1000)
);

-- 季督促: one round per quarter (yyyy-Qn); one row per urged county with the figures that put it there.
CREATE TABLE urging_round (
    period          VARCHAR(7)    PRIMARY KEY,
    started_at      TIMESTAMP     NOT NULL,
    process_instance_id VARCHAR(64),
    lagging_counties VARCHAR(300) NOT NULL
);

CREATE TABLE urging (
    period          VARCHAR(7)    NOT NULL REFERENCES urging_round(period),
    county          VARCHAR(32)   NOT NULL REFERENCES county(code),
    figures         TEXT          NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    answered_at     TIMESTAMP,
    answered_by     VARCHAR(64),
    answer          VARCHAR(1000),
    PRIMARY KEY (period, county)
);

-- 督办: one case per (project, due item). The case id is the key the daily scan claims
-- idempotently before it starts the case's process instance.
CREATE TABLE supervision_case (
    case_id         VARCHAR(100)  PRIMARY KEY,
    project_code    VARCHAR(16)   NOT NULL REFERENCES project(project_code),
    due_item        VARCHAR(80)   NOT NULL,
    item_label      VARCHAR(100)  NOT NULL,
    original_due_on DATE          NOT NULL,
    current_due_on  DATE          NOT NULL,
    miss_count      INT           NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    opened_at       TIMESTAMP     NOT NULL,
    closed_at       TIMESTAMP,
    process_instance_id VARCHAR(64)
);
CREATE INDEX supervision_case_project_idx ON supervision_case(project_code, status);

-- Every notice / interview / leader instruction of a case and its answer (回执), on the project record.
CREATE TABLE supervision_notice (
    case_id         VARCHAR(100)  NOT NULL REFERENCES supervision_case(case_id),
    seq             INT           NOT NULL,
    step            VARCHAR(16)   NOT NULL,
    lead_groups     VARCHAR(300)  NOT NULL,
    lead_users      VARCHAR(200),
    missed_due_on   DATE          NOT NULL,
    issued_at       TIMESTAMP     NOT NULL,
    answered_at     TIMESTAMP,
    answered_by     VARCHAR(64),
    cause           VARCHAR(500),
    remedy          VARCHAR(1000),
    new_due_on      DATE,
    PRIMARY KEY (case_id, seq)
);
