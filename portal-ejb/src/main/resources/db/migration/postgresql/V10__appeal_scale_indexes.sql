-- Indexes for a million appeals on PostgreSQL, measured with bench/scale.sh (see bench/README.md, "Appeals").
-- H2 (development) has neither partial indexes nor INCLUDE columns and keeps the indexes of V7.
--
-- The mayor's inbox: a district's open appeals by due date. V7's appeal_inbox_idx (district_id, status,
-- due_on, id) gives one range per open status, which the planner reads and sorts; this one holds the open
-- appeals only, in the inbox's order, so the first page reads ten entries and a due range is a range.
create index appeal_open_due_idx on appeal (district_id, due_on, id) where status in ('RECEIVED', 'EXTENDED');

-- The public "You said, we did" list of a district and its count: answered public appeals no one hid.
create index appeal_public_idx on appeal (district_id, answered_at desc, id desc)
    where is_public = true and hidden_at is null and answered_at is not null;

-- The trust figures read every appeal of a place; with the columns they need in the index they are read
-- by an index-only scan instead of one heap page per appeal.
create index appeal_trust_idx on appeal (district_id)
    include (status, due_on, received_on, answered_at, answered_on_time, answer_working_days, rating,
             author_username);
