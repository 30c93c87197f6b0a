-- Tables for the database-ceiling reference of scripts/benchmark.sh: a cut-down copy of the
-- engine's runtime and history tables (same kinds of columns and indexes) with 100,000 open
-- "tasks", so that bench/pgbench-task-completion.sql can do what one task completion does.
DROP TABLE IF EXISTS pb_execution, pb_task, pb_identitylink, pb_variable, pb_hi_actinst, pb_hi_taskinst,
  pb_hi_varinst, pb_hi_detail, pb_hi_identitylink CASCADE;

CREATE TABLE pb_execution (id BIGINT PRIMARY KEY, rev INT NOT NULL, proc_inst_id BIGINT, business_key VARCHAR(255),
  proc_def_id VARCHAR(64), act_id VARCHAR(255), act_inst_id VARCHAR(64), is_active BOOLEAN, sequence_counter BIGINT);
CREATE INDEX pb_execution_bk ON pb_execution(business_key);
CREATE INDEX pb_execution_pi ON pb_execution(proc_inst_id);

CREATE TABLE pb_task (id BIGINT PRIMARY KEY, rev INT NOT NULL, execution_id BIGINT, proc_inst_id BIGINT,
  proc_def_id VARCHAR(64), name VARCHAR(255), task_def_key VARCHAR(255), assignee VARCHAR(255), priority INT,
  create_time TIMESTAMP, due_date TIMESTAMP, suspension_state INT, last_updated TIMESTAMP);
CREATE INDEX pb_task_exec ON pb_task(execution_id);
CREATE INDEX pb_task_create ON pb_task(create_time);
CREATE INDEX pb_task_assignee ON pb_task(assignee);

CREATE TABLE pb_identitylink (id VARCHAR(64) PRIMARY KEY, rev INT, group_id VARCHAR(255), type VARCHAR(255),
  user_id VARCHAR(255), task_id BIGINT, proc_def_id VARCHAR(64));
CREATE INDEX pb_identitylink_task ON pb_identitylink(task_id);
CREATE INDEX pb_identitylink_group ON pb_identitylink(group_id);

CREATE TABLE pb_variable (id VARCHAR(64) PRIMARY KEY, rev INT, type VARCHAR(255), name VARCHAR(255),
  execution_id BIGINT, proc_inst_id BIGINT, text VARCHAR(4000), long_ BIGINT, sequence_counter BIGINT,
  UNIQUE (execution_id, name));
CREATE INDEX pb_variable_pi ON pb_variable(proc_inst_id);

CREATE TABLE pb_hi_actinst (id VARCHAR(64) PRIMARY KEY, proc_inst_id BIGINT, execution_id BIGINT,
  act_id VARCHAR(255), task_id BIGINT, act_type VARCHAR(255), start_time TIMESTAMP, end_time TIMESTAMP,
  duration BIGINT, removal_time TIMESTAMP, root_proc_inst_id BIGINT);
CREATE INDEX pb_hi_actinst_pi ON pb_hi_actinst(proc_inst_id, act_id);
CREATE INDEX pb_hi_actinst_exec ON pb_hi_actinst(execution_id, act_id);
CREATE INDEX pb_hi_actinst_start ON pb_hi_actinst(start_time);
CREATE INDEX pb_hi_actinst_end ON pb_hi_actinst(end_time);
CREATE INDEX pb_hi_actinst_rm ON pb_hi_actinst(removal_time);

CREATE TABLE pb_hi_taskinst (id VARCHAR(64) PRIMARY KEY, task_def_key VARCHAR(255), proc_inst_id BIGINT,
  execution_id BIGINT, name VARCHAR(255), assignee VARCHAR(255), start_time TIMESTAMP, end_time TIMESTAMP,
  duration BIGINT, delete_reason VARCHAR(4000), removal_time TIMESTAMP, root_proc_inst_id BIGINT);
CREATE INDEX pb_hi_taskinst_pi ON pb_hi_taskinst(proc_inst_id);
CREATE INDEX pb_hi_taskinst_exec ON pb_hi_taskinst(execution_id);
CREATE INDEX pb_hi_taskinst_rm ON pb_hi_taskinst(removal_time);

CREATE TABLE pb_hi_varinst (id VARCHAR(64) PRIMARY KEY, proc_inst_id BIGINT, execution_id BIGINT,
  name VARCHAR(255), var_type VARCHAR(100), rev INT, text VARCHAR(4000), long_ BIGINT, create_time TIMESTAMP,
  removal_time TIMESTAMP, UNIQUE (execution_id, name));
CREATE INDEX pb_hi_varinst_pi ON pb_hi_varinst(proc_inst_id);
CREATE INDEX pb_hi_varinst_rm ON pb_hi_varinst(removal_time);

CREATE TABLE pb_hi_detail (id VARCHAR(64) PRIMARY KEY, type VARCHAR(255), proc_inst_id BIGINT, execution_id BIGINT,
  task_id BIGINT, name VARCHAR(255), var_type VARCHAR(255), rev INT, time TIMESTAMP, text VARCHAR(4000),
  long_ BIGINT, var_inst_id VARCHAR(64), removal_time TIMESTAMP);
CREATE INDEX pb_hi_detail_pi ON pb_hi_detail(proc_inst_id);
CREATE INDEX pb_hi_detail_time ON pb_hi_detail(time);
CREATE INDEX pb_hi_detail_rm ON pb_hi_detail(removal_time);

CREATE TABLE pb_hi_identitylink (id VARCHAR(64) PRIMARY KEY, timestamp TIMESTAMP, type VARCHAR(255),
  group_id VARCHAR(255), task_id BIGINT, operation_type VARCHAR(64), proc_inst_id BIGINT, removal_time TIMESTAMP);
CREATE INDEX pb_hi_identitylink_task ON pb_hi_identitylink(task_id);
CREATE INDEX pb_hi_identitylink_rm ON pb_hi_identitylink(removal_time);

INSERT INTO pb_execution SELECT g, 1, g, 'JM2026-' || lpad(g::text, 6, '0'), 'project-lifecycle:1', 'UserTask_A',
  md5(g::text), TRUE, 1 FROM generate_series(1, 100000) g;
INSERT INTO pb_task SELECT g, 1, g, g, 'project-lifecycle:1', '线索确认', 'UserTask_A', NULL, 50, now(),
  now() + interval '3 days', 1, now() FROM generate_series(1, 100000) g;
INSERT INTO pb_identitylink SELECT md5('il' || g), 1, 'county-pengjiang', 'candidate', NULL, g, NULL
  FROM generate_series(1, 100000) g;
INSERT INTO pb_variable SELECT md5('v' || g || '-' || n), 1, 'string', 'var' || n, g, g, 'value ' || n, NULL, 1
  FROM generate_series(1, 100000) g, generate_series(1, 10) n;
INSERT INTO pb_hi_taskinst SELECT 'open-' || g, 'UserTask_A', g, g, '线索确认', NULL, now(), NULL, NULL, NULL, NULL, g
  FROM generate_series(1, 100000) g;
INSERT INTO pb_hi_actinst SELECT 'open-' || g, g, g, 'UserTask_A', g, 'userTask', now(), NULL, NULL, NULL, g
  FROM generate_series(1, 100000) g;
INSERT INTO pb_hi_varinst SELECT md5('hv' || g || '-' || n), g, g, 'var' || n, 'string', 1, 'value ' || n, NULL, now(),
  NULL FROM generate_series(1, 100000) g, generate_series(1, 10) n;
VACUUM ANALYZE;
