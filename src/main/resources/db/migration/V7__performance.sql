-- Indexes for our tables' lookups that had none (issue 9, docs/performance.md). Written for
-- PostgreSQL and the embedded H2 alike.

-- Transfer ranking (TransferRepository: projects of a chain per county) read the whole project
-- table; the index answers it from the index alone.
CREATE INDEX project_chain_county_idx ON project(chain_code, owner_county);

-- Restoring or discarding a project's withdrawn candidacies (DELETE ... WHERE project_code = ?)
-- scanned the whole table; its key starts with the task id.
CREATE INDEX withdrawn_task_link_project_idx ON withdrawn_task_link(project_code);
