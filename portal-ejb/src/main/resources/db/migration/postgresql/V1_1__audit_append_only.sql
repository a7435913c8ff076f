-- The audit record is append-only: no user of the database, the application's included, may change
-- or remove a row. (On H2, the embedded development database, the hash chain still detects tampering.)
create function audit_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only';
end;
$$;

create trigger audit_record_no_update before update or delete on audit_record
    for each row execute function audit_record_append_only();
