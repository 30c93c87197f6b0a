-- Intra-city transfer (市域内流转, domain.md §6, §10.8).

-- At most one running transfer per project: the primary key is the guard.
CREATE TABLE active_transfer (
    project_code         VARCHAR(16)  PRIMARY KEY REFERENCES project(project_code),
    transfer_instance_id VARCHAR(64)  NOT NULL UNIQUE,
    previous_status      VARCHAR(32)  NOT NULL,
    started_at           TIMESTAMP    NOT NULL
);

-- Transfer history on the project record: from, to, when, why, who decided, credit share.
CREATE TABLE project_transfer (
    transfer_instance_id VARCHAR(64)  PRIMARY KEY,
    project_code         VARCHAR(16)  NOT NULL REFERENCES project(project_code),
    from_county          VARCHAR(32)  NOT NULL REFERENCES county(code),
    to_county            VARCHAR(32)  REFERENCES county(code),
    reason_category      VARCHAR(32)  NOT NULL,
    reason               VARCHAR(500) NOT NULL,
    requested_by         VARCHAR(64),
    requested_at         TIMESTAMP    NOT NULL,
    outcome              VARCHAR(16),
    outcome_reason       VARCHAR(500),
    decided_by           VARCHAR(64),
    decided_at           TIMESTAMP,
    credit_share_ratio   DOUBLE PRECISION,
    credit_share_years   INT
);
CREATE INDEX project_transfer_project_idx ON project_transfer(project_code, requested_at);

-- Offers go to one county at a time, in the centre's order.
CREATE TABLE transfer_offer (
    transfer_instance_id VARCHAR(64)  NOT NULL REFERENCES project_transfer(transfer_instance_id),
    seq                  INT          NOT NULL,
    county               VARCHAR(32)  NOT NULL REFERENCES county(code),
    offered_at           TIMESTAMP    NOT NULL,
    answer               VARCHAR(16),
    answer_reason        VARCHAR(500),
    answered_by          VARCHAR(64),
    answered_at          TIMESTAMP,
    PRIMARY KEY (transfer_instance_id, seq)
);

-- Candidates taken off the project's open tasks while it is in transfer, to give back afterwards.
CREATE TABLE withdrawn_task_link (
    task_id      VARCHAR(64)  NOT NULL,
    link_kind    VARCHAR(8)   NOT NULL CHECK (link_kind IN ('group', 'user', 'assignee')),
    principal    VARCHAR(64)  NOT NULL,
    project_code VARCHAR(16)  NOT NULL REFERENCES project(project_code),
    PRIMARY KEY (task_id, link_kind, principal)
);
