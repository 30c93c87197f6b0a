-- Administrative-approval green channel (domain.md §4, §5, §10.7): item catalogue, cases, clock
-- pauses and the applicants' credit records.

CREATE TABLE approval_item (
    code              VARCHAR(32)  PRIMARY KEY,
    name              VARCHAR(64)  NOT NULL,
    stage             INT          NOT NULL CHECK (stage BETWEEN 1 AND 4),
    department_group  VARCHAR(64)  NOT NULL,
    sort_order        INT          NOT NULL
);

-- Materials of an item; the decisive document is always core (never tolerable).
CREATE TABLE approval_item_material (
    item_code      VARCHAR(32)  NOT NULL REFERENCES approval_item(code),
    material_code  VARCHAR(32)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    core           BOOLEAN      NOT NULL,
    decisive       BOOLEAN      NOT NULL,
    sort_order     INT          NOT NULL,
    PRIMARY KEY (item_code, material_code)
);

INSERT INTO approval_item (code, name, stage, department_group, sort_order) VALUES
 ('FILING',              '企业投资项目备案',     1, 'dept-development-reform',   1),
 ('LAND_PREREVIEW',      '用地预审与选址意见书', 1, 'dept-natural-resources',    2),
 ('LAND_USE_PERMIT',     '建设用地规划许可证',   1, 'dept-natural-resources',    3),
 ('ENERGY_REVIEW',       '节能审查',             1, 'dept-development-reform',   4),
 ('EIA',                 '环评审批',             1, 'dept-ecology-environment',  5),
 ('DESIGN_REVIEW',       '设计方案审查',         2, 'dept-natural-resources',    6),
 ('PLANNING_PERMIT',     '建设工程规划许可证',   2, 'dept-natural-resources',    7),
 ('FIRE_DESIGN',         '消防设计审查',         3, 'dept-housing-construction', 8),
 ('CONSTRUCTION_PERMIT', '建筑工程施工许可证',   3, 'dept-housing-construction', 9),
 ('JOINT_ACCEPTANCE',    '联合验收',             4, 'dept-housing-construction', 10),
 ('COMPLETION_FILING',   '竣工验收备案',         4, 'dept-housing-construction', 11),
 ('DISCHARGE_PERMIT',    '排污许可证',           4, 'dept-ecology-environment',  12);

INSERT INTO approval_item_material (item_code, material_code, name, core, decisive, sort_order) VALUES
 ('FILING', 'APPLICATION', '项目备案申请表（含项目基本情况）', TRUE, TRUE, 1),
 ('FILING', 'LICENCE', '项目单位营业执照', TRUE, FALSE, 2),
 ('FILING', 'COMMITMENT', '项目单位信息真实性承诺', FALSE, FALSE, 3),
 ('LAND_PREREVIEW', 'APPLICATION', '建设项目用地预审与选址申请表', TRUE, TRUE, 1),
 ('LAND_PREREVIEW', 'SURVEY', '勘测定界报告及图件', FALSE, FALSE, 2),
 ('LAND_PREREVIEW', 'SITING_REPORT', '选址论证报告', FALSE, FALSE, 3),
 ('LAND_USE_PERMIT', 'APPLICATION', '建设用地规划许可申请表', TRUE, TRUE, 1),
 ('LAND_USE_PERMIT', 'LAND_CONTRACT', '国有建设用地使用权出让合同', TRUE, FALSE, 2),
 ('LAND_USE_PERMIT', 'SITE_PLAN', '用地红线图', FALSE, FALSE, 3),
 ('ENERGY_REVIEW', 'ENERGY_REPORT', '节能报告', TRUE, TRUE, 1),
 ('ENERGY_REVIEW', 'EXPERT_OPINION', '节能报告专家评审意见', FALSE, FALSE, 2),
 ('EIA', 'EIA_REPORT', '环境影响报告书（表）', TRUE, TRUE, 1),
 ('EIA', 'PUBLIC_PARTICIPATION', '公众参与说明', FALSE, FALSE, 2),
 ('EIA', 'TOTAL_QUOTA', '主要污染物总量指标来源说明', FALSE, FALSE, 3),
 ('DESIGN_REVIEW', 'DESIGN_SCHEME', '建设工程设计方案', TRUE, TRUE, 1),
 ('DESIGN_REVIEW', 'EFFECT_DRAWINGS', '设计方案效果图', FALSE, FALSE, 2),
 ('PLANNING_PERMIT', 'APPLICATION', '建设工程规划许可申请表', TRUE, TRUE, 1),
 ('PLANNING_PERMIT', 'CONSTRUCTION_DRAWINGS', '总平面图及建筑施工图', TRUE, FALSE, 2),
 ('PLANNING_PERMIT', 'SURVEY_REPORT', '规划放线测量报告', FALSE, FALSE, 3),
 ('FIRE_DESIGN', 'FIRE_DESIGN_DOCS', '消防设计文件', TRUE, TRUE, 1),
 ('FIRE_DESIGN', 'SPECIAL_ASSESSMENT', '特殊消防设计技术资料', FALSE, FALSE, 2),
 ('CONSTRUCTION_PERMIT', 'CONSTRUCTION_CONTRACT', '施工合同', TRUE, TRUE, 1),
 ('CONSTRUCTION_PERMIT', 'SAFETY_MEASURES', '保证工程质量和安全的具体措施', TRUE, FALSE, 2),
 ('CONSTRUCTION_PERMIT', 'FUNDS_PROOF', '建设资金落实证明', FALSE, FALSE, 3),
 ('JOINT_ACCEPTANCE', 'COMPLETION_REPORT', '工程竣工验收报告', TRUE, TRUE, 1),
 ('JOINT_ACCEPTANCE', 'SURVEY_RESULTS', '规划条件核实测量成果', FALSE, FALSE, 2),
 ('JOINT_ACCEPTANCE', 'ARCHIVES', '工程档案预验收意见', FALSE, FALSE, 3),
 ('COMPLETION_FILING', 'FILING_FORM', '竣工验收备案表', TRUE, TRUE, 1),
 ('COMPLETION_FILING', 'QUALITY_WARRANTY', '工程质量保修书', FALSE, FALSE, 2),
 ('DISCHARGE_PERMIT', 'APPLICATION', '排污许可证申请表', TRUE, TRUE, 1),
 ('DISCHARGE_PERMIT', 'MONITORING_PLAN', '自行监测方案', FALSE, FALSE, 2),
 ('DISCHARGE_PERMIT', 'FACILITY_LIST', '污染防治设施清单', FALSE, FALSE, 3);

-- One case per item instance (the approval-item process instance).
CREATE TABLE approval_case (
    case_id              VARCHAR(64)  PRIMARY KEY,
    project_code         VARCHAR(16)  NOT NULL REFERENCES project(project_code),
    stage_instance_id    VARCHAR(64),
    item_code            VARCHAR(32)  NOT NULL REFERENCES approval_item(code),
    applicant_credit_code VARCHAR(18),
    mode                 VARCHAR(16),
    mode_reason          VARCHAR(200),
    limit_days           INT,
    missing_materials    VARCHAR(300),
    opened_at            TIMESTAMP    NOT NULL,
    accepted_at          TIMESTAMP,
    due_at               TIMESTAMP,
    decided_at           TIMESTAMP,
    outcome              VARCHAR(16),
    outcome_reason       VARCHAR(1000),
    decided_by           VARCHAR(64),
    working_days_used    INT,
    clock_status         VARCHAR(16),
    supplement_deadline  DATE,
    follow_up_kind       VARCHAR(16),
    follow_up_status     VARCHAR(16)
);
CREATE INDEX approval_case_project_idx ON approval_case(project_code, item_code);

-- Clock pauses (补正, special procedures): excluded from the working days used.
CREATE TABLE approval_pause (
    case_id     VARCHAR(64)  NOT NULL REFERENCES approval_case(case_id),
    seq         INT          NOT NULL,
    started_at  TIMESTAMP    NOT NULL,
    ended_at    TIMESTAMP,
    reason      VARCHAR(200) NOT NULL,
    PRIMARY KEY (case_id, seq)
);

-- The applicants' credit records: a false commitment bars 承诺制 until bar_until.
CREATE TABLE credit_record (
    id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    credit_code  VARCHAR(18)  NOT NULL,
    project_code VARCHAR(16)  REFERENCES project(project_code),
    case_id      VARCHAR(64),
    kind         VARCHAR(32)  NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    recorded_at  TIMESTAMP    NOT NULL,
    bar_until    DATE,
    repaired     BOOLEAN      NOT NULL DEFAULT FALSE,
    dedup_key    VARCHAR(100) NOT NULL UNIQUE
);
CREATE INDEX credit_record_code_idx ON credit_record(credit_code);
