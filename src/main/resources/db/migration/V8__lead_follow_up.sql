-- Lead follow-up (domain.md §10.18): warnings before the lead deadlines, feedback to the referrer,
-- progress reports every interval until signing. Each table's key makes its write idempotent.

-- One follow-up per project: the primary key is the guard against a second lead-follow-up instance.
CREATE TABLE lead_follow_up (
    project_code        VARCHAR(16)  PRIMARY KEY REFERENCES project(project_code),
    process_instance_id VARCHAR(64),
    judgement           VARCHAR(16)  NOT NULL,
    started_at          TIMESTAMP    NOT NULL
);

-- 预警 before a lead task's due date (acknowledge, judge): once per task of a project.
CREATE TABLE lead_warning (
    project_code VARCHAR(16)  NOT NULL REFERENCES project(project_code),
    task_key     VARCHAR(64)  NOT NULL,
    task_id      VARCHAR(64)  NOT NULL,
    due_at       TIMESTAMP,
    warned_at    TIMESTAMP    NOT NULL,
    PRIMARY KEY (project_code, task_key)
);

-- Feedback to whoever referred the lead (反馈推荐方): once per project.
CREATE TABLE lead_feedback (
    project_code VARCHAR(16)   PRIMARY KEY REFERENCES project(project_code),
    fed_back_on  DATE          NOT NULL,
    channel      VARCHAR(16)   NOT NULL,
    content      VARCHAR(1000) NOT NULL,
    recorded_by  VARCHAR(64),
    recorded_at  TIMESTAMP     NOT NULL
);

-- Progress reports until signing, numbered from 1.
CREATE TABLE lead_progress_report (
    project_code        VARCHAR(16)   NOT NULL REFERENCES project(project_code),
    report_round        INT           NOT NULL,
    summary             VARCHAR(1000) NOT NULL,
    next_step           VARCHAR(500)  NOT NULL,
    expected_signing_on DATE,
    reported_by         VARCHAR(64),
    reported_at         TIMESTAMP     NOT NULL,
    PRIMARY KEY (project_code, report_round)
);
