-- The same orders as PostgreSQL's V5, in what H2 (the embedded development database) understands.
create index project_modified_idx on project (modified_at desc, id);
create index project_district_modified_idx on project (district_id, modified_at desc, id);
drop index task_due_idx;
create index task_due_idx on task (status, responsible, due_on, id);
drop index audit_record_subject_idx;
create index audit_record_subject_idx on audit_record (subject_type, subject_id, seq);
