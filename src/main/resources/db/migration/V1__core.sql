-- Business record of the green channel. Lives in schema greenchannel (Flyway's default schema);
-- the engine's tables stay in the database's default schema. Written for PostgreSQL and for H2
-- in PostgreSQL mode.

CREATE TABLE county (
    code        VARCHAR(32)  PRIMARY KEY,
    name        VARCHAR(64)  NOT NULL,
    group_id    VARCHAR(64)  NOT NULL UNIQUE,
    sort_order  INT          NOT NULL
);

INSERT INTO county (code, name, group_id, sort_order) VALUES
 ('pengjiang', '蓬江区', 'county-pengjiang', 1),
 ('jianghai',  '江海区', 'county-jianghai',  2),
 ('xinhui',    '新会区', 'county-xinhui',    3),
 ('taishan',   '台山市', 'county-taishan',   4),
 ('kaiping',   '开平市', 'county-kaiping',   5),
 ('heshan',    '鹤山市', 'county-heshan',    6),
 ('enping',    '恩平市', 'county-enping',    7);

-- Key industry chains (domain.md §10.16); administrators complete the city's list of 15.
CREATE TABLE industry_chain (
    code        VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(64)  NOT NULL,
    lead_group  VARCHAR(64)  NOT NULL,
    key_chain   BOOLEAN      NOT NULL,
    sort_order  INT          NOT NULL
);

INSERT INTO industry_chain (code, name, lead_group, key_chain, sort_order) VALUES
 ('advanced-materials',  '先进材料',         'chain-advanced-materials',  TRUE, 1),
 ('light-textile',       '现代轻工纺织',     'chain-light-textile',       TRUE, 2),
 ('agri-food',           '现代农业与食品',   'chain-agri-food',           TRUE, 3),
 ('electronics',         '新一代电子信息',   'chain-electronics',         TRUE, 4),
 ('new-energy',          '新能源',           'chain-new-energy',          TRUE, 5),
 ('next-gen-it',         '新一代信息技术',   'chain-next-gen-it',         TRUE, 6),
 ('smart-equipment',     '智能装备',         'chain-smart-equipment',     TRUE, 7),
 ('petrochem-materials', '石化新材料',       'chain-petrochem-materials', TRUE, 8),
 ('nev-battery',         '新能源电池',       'chain-nev-battery',         TRUE, 9),
 ('silicon-energy',      '硅能源',           'chain-silicon-energy',      TRUE, 10),
 ('other',               '其他（非重点产业链）', 'dept-industry-it',      FALSE, 99);

-- Project codes JMyyyy-nnnnn: one row per year, incremented under a row lock so two nodes never
-- hand out the same number.
CREATE TABLE project_code_sequence (
    code_year   INT PRIMARY KEY,
    last_value  INT NOT NULL
);
-- Rows exist before anyone needs them, so concurrent first registrations of a year never race
-- to create the row (the application still inserts a missing year idempotently).
INSERT INTO project_code_sequence (code_year, last_value)
WITH RECURSIVE y(n) AS (SELECT 2024 UNION ALL SELECT n + 1 FROM y WHERE n < 2100)
SELECT n, 0 FROM y;

CREATE TABLE project (
    project_code        VARCHAR(16)   PRIMARY KEY,
    name                VARCHAR(100)  NOT NULL,
    investor_name       VARCHAR(100)  NOT NULL,
    investor_origin     VARCHAR(32)   NOT NULL,
    chain_code          VARCHAR(64)   NOT NULL REFERENCES industry_chain(code),
    manufacturing       BOOLEAN       NOT NULL,
    planned_investment  BIGINT        NOT NULL,
    land_area           DOUBLE PRECISION NOT NULL,
    expected_output     BIGINT        NOT NULL,
    expected_tax        BIGINT        NOT NULL,
    expected_jobs       BIGINT        NOT NULL,
    referral_channel    VARCHAR(32)   NOT NULL,
    referrer_name       VARCHAR(100),
    owner_county        VARCHAR(32)   NOT NULL REFERENCES county(code),
    first_contact_county VARCHAR(32)  NOT NULL REFERENCES county(code),
    tier                VARCHAR(16),
    status              VARCHAR(32)   NOT NULL,
    status_reason       VARCHAR(500),
    lead_owner          VARCHAR(64),
    commissioner_id     VARCHAR(64),
    national_project_code VARCHAR(64),
    registered_by       VARCHAR(64),
    process_instance_id VARCHAR(64),
    created_at          TIMESTAMP     NOT NULL,
    updated_at          TIMESTAMP     NOT NULL
);
CREATE INDEX project_owner_county_idx ON project(owner_county, status);

-- Commitments of the signed investment agreement (domain.md §2), judged at 达产复核.
CREATE TABLE agreement (
    project_code             VARCHAR(16) PRIMARY KEY REFERENCES project(project_code),
    signed_on                DATE        NOT NULL,
    investment_amount        BIGINT      NOT NULL,
    land_area                DOUBLE PRECISION NOT NULL,
    planned_registration_date DATE       NOT NULL,
    planned_start_date       DATE        NOT NULL,
    planned_production_date  DATE        NOT NULL,
    output_per_mu            DOUBLE PRECISION NOT NULL,
    tax_per_mu               DOUBLE PRECISION NOT NULL,
    investor_credit_code     VARCHAR(18),
    recorded_at              TIMESTAMP   NOT NULL
);

-- One row per milestone reached; the key makes a repeated write a no-op.
CREATE TABLE milestone (
    project_code   VARCHAR(16) NOT NULL REFERENCES project(project_code),
    milestone_type VARCHAR(32) NOT NULL,
    reached_on     DATE        NOT NULL,
    recorded_at    TIMESTAMP   NOT NULL,
    recorded_by    VARCHAR(64),
    PRIMARY KEY (project_code, milestone_type)
);

-- Joint review opinions gathered in parallel (domain.md §10.5), one per reviewing unit.
CREATE TABLE review_opinion (
    project_code  VARCHAR(16)  NOT NULL REFERENCES project(project_code),
    reviewer_unit VARCHAR(64)  NOT NULL,
    opinion       VARCHAR(32)  NOT NULL,
    comment       VARCHAR(1000),
    reviewed_by   VARCHAR(64),
    reviewed_at   TIMESTAMP    NOT NULL,
    PRIMARY KEY (project_code, reviewer_unit)
);

-- Audit trail (domain.md §10.15): who, when, what, which project, before -> after.
CREATE TABLE audit_log (
    id            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    occurred_at   TIMESTAMP     NOT NULL,
    actor         VARCHAR(64),
    action        VARCHAR(64)   NOT NULL,
    project_code  VARCHAR(16),
    before_value  VARCHAR(2000),
    after_value   VARCHAR(2000),
    dedup_key     VARCHAR(200)  UNIQUE
);
CREATE INDEX audit_log_project_idx ON audit_log(project_code, occurred_at);
