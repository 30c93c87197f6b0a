-- One task completion as the engine does it (history FULL), for pgbench -f: read the task, its
-- execution, variables and candidates; write the submitted variable with its history; end the task
-- and its activity in history; move the execution; replace the task and its candidate link with the
-- next one, with their history; one commit. Run by scripts/benchmark.sh on bench/pgbench-setup.sql.
\set e random(1, 100000)
BEGIN;
SELECT * FROM pb_task WHERE id = :e;
SELECT * FROM pb_execution WHERE id = :e;
SELECT * FROM pb_variable WHERE execution_id = :e;
SELECT * FROM pb_identitylink WHERE task_id = :e;
INSERT INTO pb_variable (id, rev, type, name, execution_id, proc_inst_id, text, sequence_counter)
  VALUES (gen_random_uuid()::text, 1, 'string', 'outcome', :e, :e, 'OK', 1)
  ON CONFLICT (execution_id, name) DO UPDATE SET rev = pb_variable.rev + 1, text = EXCLUDED.text;
INSERT INTO pb_hi_varinst (id, proc_inst_id, execution_id, name, var_type, rev, text, create_time)
  VALUES (gen_random_uuid()::text, :e, :e, 'outcome', 'string', 1, 'OK', now())
  ON CONFLICT (execution_id, name) DO UPDATE SET rev = pb_hi_varinst.rev + 1, text = EXCLUDED.text;
INSERT INTO pb_hi_detail (id, type, proc_inst_id, execution_id, task_id, name, var_type, rev, time, text)
  VALUES (gen_random_uuid()::text, 'VariableUpdate', :e, :e, :e, 'outcome', 'string', 1, now(), 'OK');
UPDATE pb_hi_taskinst SET end_time = now(), duration = 1, delete_reason = 'completed' WHERE id = 'open-' || :e;
UPDATE pb_hi_actinst SET end_time = now(), duration = 1 WHERE id = 'open-' || :e;
UPDATE pb_execution SET rev = rev + 1, act_id = 'UserTask_B', act_inst_id = md5(random()::text),
  sequence_counter = sequence_counter + 1 WHERE id = :e;
DELETE FROM pb_identitylink WHERE task_id = :e;
DELETE FROM pb_task WHERE id = :e;
INSERT INTO pb_task (id, rev, execution_id, proc_inst_id, proc_def_id, name, task_def_key, priority, create_time,
  due_date, suspension_state, last_updated)
  VALUES (:e, 1, :e, :e, 'project-lifecycle:1', '线索研判', 'UserTask_B', 50, now(), now() + interval '3 days', 1, now());
INSERT INTO pb_identitylink (id, rev, group_id, type, task_id) VALUES (gen_random_uuid()::text, 1, 'county-pengjiang',
  'candidate', :e);
INSERT INTO pb_hi_actinst (id, proc_inst_id, execution_id, act_id, task_id, act_type, start_time, root_proc_inst_id)
  VALUES (gen_random_uuid()::text, :e, :e, 'UserTask_B', :e, 'userTask', now(), :e);
INSERT INTO pb_hi_taskinst (id, task_def_key, proc_inst_id, execution_id, name, start_time, root_proc_inst_id)
  VALUES (gen_random_uuid()::text, 'UserTask_B', :e, :e, '线索研判', now(), :e);
INSERT INTO pb_hi_identitylink (id, timestamp, type, group_id, task_id, operation_type, proc_inst_id)
  VALUES (gen_random_uuid()::text, now(), 'candidate', 'county-pengjiang', :e, 'add', :e);
COMMIT;
