-- Indexes for a programme of 100,000 projects and a million audit records, as bench/README.md measured
-- them (the lists' first pages and counts straight from an index). PostgreSQL: INCLUDE columns and the
-- pattern operator class that lets "action LIKE 'prefix%'" use a b-tree under any collation.
create index project_modified_idx on project (modified_at desc, id);
create index project_district_modified_idx on project (district_id, modified_at desc, id) include (status);
drop index project_call_idx;
create index project_call_idx on project (call_id, status) include (id, grant_requested, grant_approved, total_cost);
drop index task_due_idx;
create index task_due_idx on task (status, responsible, due_on, id) include (first_approver);
drop index audit_record_subject_idx;
create index audit_record_subject_idx on audit_record (subject_type, subject_id, seq);
drop index audit_record_action_idx;
create index audit_record_action_idx on audit_record (action varchar_pattern_ops, seq);
