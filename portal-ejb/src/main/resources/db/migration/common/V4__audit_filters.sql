-- The audit trail is filtered by who, by action and by time, newest first; each filter has its index,
-- ending in the sequence, so a page costs the same on the millionth row as on the first.
create index audit_record_actor_idx on audit_record (actor, seq);
create index audit_record_action_idx on audit_record (action, seq);
create index audit_record_time_idx on audit_record (occurred_at, seq);
