-- The feedback queries at scale (ids 201-299), measured by bench/scale.sh like the others:
--   201-208 the paged lists: the mayor's inbox (AppealService's shape: a district's open appeals by due date,
--           filtered by category, due range or status), a governor's open and overdue appeals of the region,
--           the public "You said, we did" list of a district;
--   221-244 the trust figures as TrustQueries sends them (native SQL, parameters as literals): a district, the
--           districts of a region, the regions of the programme, a page of the public districts list, and the
--           months (15) of a district, a region and the programme.
-- Parameters: the busiest district (by open appeals) and its region.

\set ON_ERROR_STOP on

select (select district_id from appeal where status in ('RECEIVED', 'EXTENDED') group by district_id
        order by count(*) desc, district_id limit 1) as inbox_district
\gset
select region_id as inbox_region from district where id = :inbox_district
\gset

\set inbox_cols 'a.id, a.version, a.reference, a.kind, a.category, a.subject, a.status, a.received_on, a.due_on, a.extended_on, a.overdue_at, a.is_public'
\set figures ' count(*), count(a.answered_at), sum(case when a.status in (''RECEIVED'', ''EXTENDED'') then 1 else 0 end), sum(case when a.status in (''RECEIVED'', ''EXTENDED'') and a.due_on < date ''2026-12-01'' then 1 else 0 end), sum(case when a.answered_at is not null and a.answered_on_time = true then 1 else 0 end), 0, sum(case when a.answered_at is not null and a.rating is not null then 1 else 0 end), sum(case when a.answered_at is not null and a.rating = ''SATISFIED'' then 1 else 0 end)'
\set months_answered 'extract(year from a.answered_at at time zone ''Asia/Almaty''), extract(month from a.answered_at at time zone ''Asia/Almaty''), count(*), sum(case when a.answered_on_time = true then 1 else 0 end), 0, sum(case when a.rating is not null then 1 else 0 end), sum(case when a.rating = ''SATISFIED'' then 1 else 0 end)'

create temporary table fw as
select format($q$appeal a WHERE a.district_id = %s AND a.status IN ('RECEIVED', 'EXTENDED')$q$, :inbox_district) as inbox,
       format($q$appeal a WHERE a.district_id = %s AND a.status IN ('RECEIVED', 'EXTENDED') AND a.category = 'ROADS'$q$, :inbox_district) as inbox_category,
       format($q$appeal a WHERE a.district_id = %s AND a.status IN ('RECEIVED', 'EXTENDED') AND a.due_on BETWEEN date '2026-11-20' AND date '2026-12-10'$q$, :inbox_district) as inbox_due,
       format($q$appeal a WHERE a.district_id = %s AND a.status IN ('EXTENDED')$q$, :inbox_district) as inbox_extended,
       format($q$appeal a JOIN district d ON d.id = a.district_id WHERE d.region_id = %s AND a.status IN ('RECEIVED', 'EXTENDED')$q$, :inbox_region) as region_open,
       format($q$appeal a JOIN district d ON d.id = a.district_id WHERE d.region_id = %s AND a.status IN ('RECEIVED', 'EXTENDED') AND a.overdue_at IS NOT NULL$q$, :inbox_region) as region_overdue,
       format($q$appeal a LEFT JOIN project p ON p.id = a.project_id AND p.status IN ('IN_IMPLEMENTATION', 'IN_EVALUATION', 'CLOSED') WHERE a.district_id = %s AND a.is_public = true AND a.hidden_at IS NULL AND a.answered_at IS NOT NULL$q$, :inbox_district) as public_answered,
       format($q$appeal a WHERE a.district_id = %s$q$, :inbox_district) as district_all;

insert into bench.query (id, label, paging, page_size, select_list, from_where, order_by, count_sql)
select 201, 'appeals: mayor''s inbox (district ' || :inbox_district || ')', 'offset', 10, :'inbox_cols', inbox, 'a.due_on, a.id', 'SELECT count(*) FROM ' || inbox from fw
union all
select 202, 'appeals: inbox, category ROADS', 'offset', 10, :'inbox_cols', inbox_category, 'a.due_on, a.id', 'SELECT count(*) FROM ' || inbox_category from fw
union all
select 203, 'appeals: inbox, due 20.11-10.12', 'offset', 10, :'inbox_cols', inbox_due, 'a.due_on, a.id', 'SELECT count(*) FROM ' || inbox_due from fw
union all
select 204, 'appeals: inbox, EXTENDED only', 'offset', 10, :'inbox_cols', inbox_extended, 'a.due_on, a.id', 'SELECT count(*) FROM ' || inbox_extended from fw
union all
select 205, 'appeals: all of the district by due date', 'offset', 10, :'inbox_cols', district_all, 'a.due_on, a.id', 'SELECT count(*) FROM ' || district_all from fw
union all
select 206, 'appeals: governor, open in region ' || :inbox_region, 'offset', 10, :'inbox_cols', region_open, 'a.due_on, a.id', 'SELECT count(*) FROM ' || region_open from fw
union all
select 207, 'appeals: governor, overdue in region ' || :inbox_region, 'offset', 10, :'inbox_cols', region_overdue, 'a.due_on, a.id', 'SELECT count(*) FROM ' || region_overdue from fw
union all
select 208, 'public: answered public appeals of the district', 'offset', 10, 'a.id, a.kind, a.category, a.subject, a.body, a.received_on, a.answered_at, a.answer_text, p.id, p.title', public_answered, 'a.answered_at DESC, a.id DESC', 'SELECT count(*) FROM appeal a WHERE ' || split_part(public_answered, ' WHERE ', 2) from fw;

-- Trust figures: single statements.
insert into bench.query (id, label, paging, select_list, from_where)
values
(221, 'trust: figures of the district', 'single', '0,' || :'figures', format('appeal a JOIN district d ON d.id = a.district_id WHERE d.id = %s', :inbox_district)),
(222, 'trust: residents taking part, the district', 'single', 'y.k, count(distinct y.u)', format('(select g.id as k, x.u as u from (select a.district_id as did, a.author_username as u from appeal a join district d on d.id = a.district_id where d.id = %1$s union all select pl.district_id, v.voter_username from poll_vote v join poll pl on pl.id = v.poll_id join district d on d.id = pl.district_id where d.id = %1$s) x join district g on g.id = x.did) y WHERE 1 = 1 GROUP BY y.k', :inbox_district)),
(223, 'trust: figures by district of the region (governor)', 'single', 'd.id,' || :'figures', format('appeal a JOIN district d ON d.id = a.district_id WHERE d.region_id = %s GROUP BY d.id', :inbox_region)),
(224, 'trust: residents by district of the region', 'single', 'y.k, count(distinct y.u)', format('(select g.id as k, x.u as u from (select a.district_id as did, a.author_username as u from appeal a join district d on d.id = a.district_id where d.region_id = %1$s union all select pl.district_id, v.voter_username from poll_vote v join poll pl on pl.id = v.poll_id join district d on d.id = pl.district_id where d.region_id = %1$s) x join district g on g.id = x.did) y WHERE 1 = 1 GROUP BY y.k', :inbox_region)),
(225, 'trust: figures of the region (total)', 'single', '0,' || :'figures', format('appeal a JOIN district d ON d.id = a.district_id WHERE d.region_id = %s', :inbox_region)),
(226, 'trust: figures by region (project manager)', 'single', 'd.region_id,' || :'figures', 'appeal a JOIN district d ON d.id = a.district_id WHERE 1 = 1 GROUP BY d.region_id'),
(227, 'trust: residents by region (project manager)', 'single', 'y.k, count(distinct y.u)', '(select g.region_id as k, x.u as u from (select a.district_id as did, a.author_username as u from appeal a join district d on d.id = a.district_id where 1 = 1 union all select pl.district_id, v.voter_username from poll_vote v join poll pl on pl.id = v.poll_id join district d on d.id = pl.district_id where 1 = 1) x join district g on g.id = x.did) y WHERE 1 = 1 GROUP BY y.k'),
(228, 'trust: figures of the programme (total)', 'single', '0,' || :'figures', 'appeal a JOIN district d ON d.id = a.district_id WHERE 1 = 1'),
(229, 'trust: public districts, figures of a page of 25', 'single', 'd.id,' || :'figures', 'appeal a JOIN district d ON d.id = a.district_id WHERE d.id in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25) GROUP BY d.id'),
(230, 'trust: months of the district, answers (15)', 'single', :'months_answered', format($q$appeal a JOIN district d ON d.id = a.district_id WHERE d.id = %s AND a.answered_at >= timestamptz '2025-09-01 00:00+05' AND a.answered_at < timestamptz '2026-12-01 00:00+05' GROUP BY 1, 2$q$, :inbox_district)),
(231, 'trust: months of the district, received and residents', 'single', 'x.y, x.m, count(distinct x.u)', format($q$(select extract(year from a.received_on) as y, extract(month from a.received_on) as m, a.author_username as u from appeal a join district d on d.id = a.district_id where d.id = %1$s and a.received_on >= date '2025-09-01' and a.received_on < date '2026-12-01' union all select extract(year from v.voted_at at time zone 'Asia/Almaty'), extract(month from v.voted_at at time zone 'Asia/Almaty'), v.voter_username from poll_vote v join poll pl on pl.id = v.poll_id join district d on d.id = pl.district_id where d.id = %1$s and v.voted_at >= timestamptz '2025-09-01 00:00+05' and v.voted_at < timestamptz '2026-12-01 00:00+05') x WHERE 1 = 1 GROUP BY x.y, x.m$q$, :inbox_district)),
(232, 'trust: months of the region, answers', 'single', :'months_answered', format($q$appeal a JOIN district d ON d.id = a.district_id WHERE d.region_id = %s AND a.answered_at >= timestamptz '2025-09-01 00:00+05' AND a.answered_at < timestamptz '2026-12-01 00:00+05' GROUP BY 1, 2$q$, :inbox_region)),
(233, 'trust: months of the programme, answers', 'single', :'months_answered', $q$appeal a JOIN district d ON d.id = a.district_id WHERE 1 = 1 AND a.answered_at >= timestamptz '2025-09-01 00:00+05' AND a.answered_at < timestamptz '2026-12-01 00:00+05' GROUP BY 1, 2$q$),
(241, 'trust: working days histogram of the district (median)', 'single', '0, a.answer_working_days, count(*)', format('appeal a JOIN district d ON d.id = a.district_id WHERE d.id = %s AND a.answered_at IS NOT NULL AND a.answer_working_days IS NOT NULL GROUP BY a.answer_working_days', :inbox_district)),
(242, 'trust: histogram by district of the region', 'single', 'd.id, a.answer_working_days, count(*)', format('appeal a JOIN district d ON d.id = a.district_id WHERE d.region_id = %s AND a.answered_at IS NOT NULL AND a.answer_working_days IS NOT NULL GROUP BY d.id, a.answer_working_days', :inbox_region)),
(243, 'trust: histogram by region (project manager)', 'single', 'd.region_id, a.answer_working_days, count(*)', 'appeal a JOIN district d ON d.id = a.district_id WHERE 1 = 1 AND a.answered_at IS NOT NULL AND a.answer_working_days IS NOT NULL GROUP BY d.region_id, a.answer_working_days'),
(244, 'trust: histogram by month of the programme', 'single', $q$extract(year from a.answered_at at time zone 'Asia/Almaty'), extract(month from a.answered_at at time zone 'Asia/Almaty'), a.answer_working_days, count(*)$q$, $q$appeal a JOIN district d ON d.id = a.district_id WHERE 1 = 1 AND a.answered_at >= timestamptz '2025-09-01 00:00+05' AND a.answered_at < timestamptz '2026-12-01 00:00+05' AND a.answered_at IS NOT NULL AND a.answer_working_days IS NOT NULL GROUP BY 1, 2, 3$q$);
