-- The list queries of the portal, written as EclipseLink 4 prints them for PostgreSQL (inner joins as a
-- comma list with the join conditions in WHERE, COUNT(<id column>) for count(entity), enum parameters as
-- their names, LIMIT ? OFFSET ? for setMaxResults/setFirstResult), with the parameters as literals.
--   ids   1-17: the portal as it is (OFFSET paging); 18: a proposed capped count.
--   ids 101-114: the proposed keyset ("seek") form of the same lists, see README.md.
-- The parameters are picked from the data: the busiest district, region, project, actor.

\set ON_ERROR_STOP on

select (select district_id from task where status = 'OPEN' and responsible = 'DISTRICT_MAYOR'
        group by district_id order by count(*) desc, district_id limit 1) as mayor_district,
       (select region_id from task where status = 'OPEN' and responsible = 'REGION_GOVERNOR'
        group by region_id order by count(*) desc, region_id limit 1) as governor_region,
       'u00021' as pm,
       (select district_id from project group by district_id order by count(*) desc, district_id limit 1)
           as project_district,
       (select d.region_id from project p join district d on d.id = p.district_id
        group by d.region_id order by count(*) desc, d.region_id limit 1) as project_region,
       'CLOSED' as region_status,
       (select district_id from project where status in ('IN_IMPLEMENTATION', 'IN_EVALUATION', 'CLOSED')
        group by district_id order by count(*) desc, district_id limit 1) as public_district,
       (select subject_id from audit_record where subject_type = 'project'
        group by subject_id order by count(*) desc, subject_id limit 1) as timeline_project,
       (select actor from audit_record group by actor order by count(*) desc, actor limit 1) as audit_actor
\gset

-- "Where" pieces shared by the OFFSET and keyset forms.
\set task_cols 't0.ID, t0.VERSION, t1.ID, t1.TITLE, t0.KIND, t0.step_code, t0.RESPONSIBLE, t0.opened_on, t0.due_on, t0.required_approvals, t0.first_approver, t2.name_kk, t2.name_ru, t2.name_en'
\set project_cols 't0.ID, t0.VERSION, t0.TITLE, t0.STATUS, t1.CODE, t2.name_kk, t2.name_ru, t2.name_en, t3.TITLE, t0.total_cost, t0.grant_requested, t0.grant_approved, t0.modified_at'
\set public_cols 't0.ID, t0.TITLE, t0.STATUS, t1.name_kk, t1.name_ru, t1.name_en, t2.name_kk, t2.name_ru, t2.name_en, t0.total_cost, t0.grant_approved'
\set timeline_cols 'seq, occurred_at, actor, actor_role, action, after_state, comment_text'
\set audit_cols 'seq, occurred_at, actor, actor_role, action, subject_type, subject_id, before_state, after_state, comment_text, hash'

create temporary table w as
select format($q$task t0, district t2, project t1 WHERE ((((t0.STATUS = 'OPEN') AND (t0.RESPONSIBLE = 'DISTRICT_MAYOR')) AND (t0.district_id = %s)) AND ((t1.ID = t0.project_id) AND (t2.ID = t1.district_id)))$q$, :mayor_district) as mayor_tasks,
       format($q$SELECT COUNT(t0.ID) FROM task t0 WHERE (((t0.STATUS = 'OPEN') AND (t0.RESPONSIBLE = 'DISTRICT_MAYOR')) AND (t0.district_id = %s))$q$, :mayor_district) as mayor_tasks_count,
       format($q$task t0, district t2, project t1 WHERE ((((t0.STATUS = 'OPEN') AND (t0.RESPONSIBLE = 'REGION_GOVERNOR')) AND (t0.region_id = %s)) AND ((t1.ID = t0.project_id) AND (t2.ID = t1.district_id)))$q$, :governor_region) as governor_tasks,
       format($q$SELECT COUNT(t0.ID) FROM task t0 WHERE (((t0.STATUS = 'OPEN') AND (t0.RESPONSIBLE = 'REGION_GOVERNOR')) AND (t0.region_id = %s))$q$, :governor_region) as governor_tasks_count,
       format($q$task t0, district t2, project t1 WHERE ((((t0.STATUS = 'OPEN') AND (t0.RESPONSIBLE = 'PROJECT_MANAGER')) AND ((t0.first_approver IS NULL) OR (t0.first_approver <> %L))) AND ((t1.ID = t0.project_id) AND (t2.ID = t1.district_id)))$q$, :'pm') as pm_tasks,
       format($q$SELECT COUNT(t0.ID) FROM task t0 WHERE (((t0.STATUS = 'OPEN') AND (t0.RESPONSIBLE = 'PROJECT_MANAGER')) AND ((t0.first_approver IS NULL) OR (t0.first_approver <> %L)))$q$, :'pm') as pm_tasks_count,
       format($q$project t0, workflow_step t1, workflow_definition t4, grant_call t3, district t2 WHERE (((t1.position = t0.step_position) AND (t2.ID = %s)) AND ((((t2.ID = t0.district_id) AND (t3.ID = t0.call_id)) AND (t4.ID = t0.workflow_id)) AND (t1.definition_id = t4.ID)))$q$, :project_district) as district_projects,
       format($q$SELECT COUNT(t0.ID) FROM project t0, district t1 WHERE (((1 = 1) AND (t1.ID = %s)) AND (t1.ID = t0.district_id))$q$, :project_district) as district_projects_count,
       format($q$project t0, workflow_step t1, workflow_definition t4, grant_call t3, district t2 WHERE ((((t1.position = t0.step_position) AND (t2.region_id = %s)) AND (t0.STATUS = %L)) AND ((((t2.ID = t0.district_id) AND (t3.ID = t0.call_id)) AND (t4.ID = t0.workflow_id)) AND (t1.definition_id = t4.ID)))$q$, :project_region, :'region_status') as region_projects,
       format($q$SELECT COUNT(t0.ID) FROM project t0, district t1 WHERE ((((1 = 1) AND (t1.region_id = %s)) AND (t0.STATUS = %L)) AND (t1.ID = t0.district_id))$q$, :project_region, :'region_status') as region_projects_count,
       $q$project t0, workflow_step t1, workflow_definition t4, grant_call t3, district t2 WHERE ((t1.position = t0.step_position) AND ((((t2.ID = t0.district_id) AND (t3.ID = t0.call_id)) AND (t4.ID = t0.workflow_id)) AND (t1.definition_id = t4.ID)))$q$ as all_projects,
       $q$SELECT COUNT(t0.ID) FROM project t0, district t1 WHERE ((1 = 1) AND (t1.ID = t0.district_id))$q$ as all_projects_count,
       $q$project t0, region t2, district t1 WHERE ((t0.STATUS IN ('IN_IMPLEMENTATION', 'IN_EVALUATION', 'CLOSED')) AND ((t1.ID = t0.district_id) AND (t2.ID = t1.region_id)))$q$ as public_projects,
       $q$SELECT COUNT(t0.ID) FROM project t0, district t1 WHERE ((t0.STATUS IN ('IN_IMPLEMENTATION', 'IN_EVALUATION', 'CLOSED')) AND (t1.ID = t0.district_id))$q$ as public_projects_count,
       format($q$project t0, region t2, district t1 WHERE (((t0.STATUS IN ('IN_IMPLEMENTATION', 'IN_EVALUATION', 'CLOSED')) AND (t1.ID = %s)) AND ((t1.ID = t0.district_id) AND (t2.ID = t1.region_id)))$q$, :public_district) as public_district,
       format($q$SELECT COUNT(t0.ID) FROM project t0, district t1 WHERE (((t0.STATUS IN ('IN_IMPLEMENTATION', 'IN_EVALUATION', 'CLOSED')) AND (t1.ID = %s)) AND (t1.ID = t0.district_id))$q$, :public_district) as public_district_count,
       format($q$audit_record WHERE ((subject_type = 'project') AND (subject_id = %s))$q$, :timeline_project) as timeline,
       format($q$SELECT COUNT(seq) FROM audit_record WHERE ((subject_type = 'project') AND (subject_id = %s))$q$, :timeline_project) as timeline_count,
       $q$audit_record WHERE (1 = 1)$q$ as audit_all,
       $q$SELECT COUNT(seq) FROM audit_record$q$ as audit_all_count,
       format($q$audit_record WHERE ((1 = 1) AND (actor = %L))$q$, :'audit_actor') as audit_actor,
       format($q$SELECT COUNT(seq) FROM audit_record WHERE ((1 = 1) AND (actor = %L))$q$, :'audit_actor') as audit_actor_count,
       $q$audit_record WHERE ((1 = 1) AND action LIKE 'project.%')$q$ as audit_action,
       $q$SELECT COUNT(seq) FROM audit_record WHERE ((1 = 1) AND action LIKE 'project.%')$q$ as audit_action_count,
       $q$audit_record WHERE ((1 = 1) AND action LIKE 'call.%')$q$ as audit_rare_action,
       $q$SELECT COUNT(seq) FROM audit_record WHERE ((1 = 1) AND action LIKE 'call.%')$q$ as audit_rare_action_count,
       $q$audit_record WHERE (((1 = 1) AND (occurred_at >= '2025-06-01 00:00+05')) AND (occurred_at < '2025-07-01 00:00+05'))$q$ as audit_time,
       $q$SELECT COUNT(seq) FROM audit_record WHERE (((1 = 1) AND (occurred_at >= '2025-06-01 00:00+05')) AND (occurred_at < '2025-07-01 00:00+05'))$q$ as audit_time_count;

-- The portal as it is -----------------------------------------------------------------------------------------
insert into bench.query (id, label, paging, page_size, select_list, from_where, order_by, count_sql)
select 1, 'my tasks: mayor (district ' || :mayor_district || ')', 'offset', 10, :'task_cols', mayor_tasks, 't0.due_on, t0.ID', mayor_tasks_count from w
union all
select 2, 'my tasks: governor (region ' || :governor_region || ')', 'offset', 10, :'task_cols', governor_tasks, 't0.due_on, t0.ID', governor_tasks_count from w
union all
select 3, 'my tasks: project manager', 'offset', 10, :'task_cols', pm_tasks, 't0.due_on, t0.ID', pm_tasks_count from w
union all
select 4, 'projects: district ' || :project_district, 'offset', 10, :'project_cols', district_projects, 't0.modified_at DESC, t0.ID', district_projects_count from w
union all
select 5, 'projects: region ' || :project_region || ', status ' || :'region_status', 'offset', 10, :'project_cols', region_projects, 't0.modified_at DESC, t0.ID', region_projects_count from w
union all
select 6, 'projects: all (project manager)', 'offset', 10, :'project_cols', all_projects, 't0.modified_at DESC, t0.ID', all_projects_count from w
union all
select 7, 'public projects: all', 'offset', 10, :'public_cols', public_projects, 't0.modified_at DESC, t0.ID DESC', public_projects_count from w
union all
select 8, 'public projects: district ' || :public_district, 'offset', 10, :'public_cols', public_district, 't0.modified_at DESC, t0.ID DESC', public_district_count from w
union all
select 9, 'timeline: project ' || :timeline_project, 'offset', 10, :'timeline_cols', timeline, 'seq DESC', timeline_count from w
union all
select 10, 'audit: unfiltered', 'offset', 25, :'audit_cols', audit_all, 'seq DESC', audit_all_count from w
union all
select 11, 'audit: actor ' || :'audit_actor', 'offset', 25, :'audit_cols', audit_actor, 'seq DESC', audit_actor_count from w
union all
select 12, 'audit: action ''project.%''', 'offset', 25, :'audit_cols', audit_action, 'seq DESC', audit_action_count from w
union all
select 13, 'audit: action ''call.%'' (rare)', 'offset', 25, :'audit_cols', audit_rare_action, 'seq DESC', audit_rare_action_count from w
union all
select 14, 'audit: June 2025', 'offset', 25, :'audit_cols', audit_time, 'seq DESC', audit_time_count from w
union all
select 15, 'grant calls (page of calls)', 'offset', 10,
       't0.ID, t0.VERSION, t0.TITLE, t0.STATUS, t0.ENVELOPE, t0.max_grant, t0.min_cofinancing_pct, t0.opens_on, t0.closes_on',
       'grant_call t0', 't0.closes_on, t0.ID', 'SELECT COUNT(t0.ID) FROM grant_call t0' from w
union all
select 16, 'grant calls: requested/approved sums', 'single', 0,
       'SUM(t0.grant_requested), SUM(t0.grant_approved), COUNT(t0.ID), t0.call_id',
       $q$project t0 WHERE (t0.call_id IN (1, 2) AND NOT (t0.STATUS IN ('DRAFT', 'REJECTED'))) GROUP BY t0.call_id$q$,
       null, null from w
union all
select 17, 'grant calls: disbursed sums', 'single', 0,
       't1.call_id, SUM(((t0.AMOUNT * t1.grant_approved) / t1.total_cost))',
       $q$expenditure t0, project t1 WHERE (((t1.ID = t0.project_id) AND t1.call_id IN (1, 2)) AND (t1.total_cost > 0)) GROUP BY t1.call_id$q$,
       null, null from w
union all
-- Not the portal's today: the proposed capped count of a broad audit filter ("10 000+"), for comparison with
-- the count of query 12.
select 18, 'audit: count of ''project.%'' capped at 10 001 (proposal)', 'single', 0, 'COUNT(*)',
       $q$(SELECT 1 FROM audit_record WHERE ((1 = 1) AND action LIKE 'project.%') LIMIT 10001) s$q$, null, null from w;

-- The proposed form ("proposed queries"): the same filters and order, paged by keyset: the page after the
-- key of the last row shown, in a condition JPQL can write (no row values), e.g. for the tasks
--   and t.dueOn >= :d and (t.dueOn > :d or t.id > :id)   order by t.dueOn, t.id
-- Two further changes: the unfiltered audit count reads the chain head (seq is gapless, 1..last_seq), and the
-- audit trail filtered by time is ordered by (occurred_at DESC, seq DESC), which is seq order as record()
-- writes it (time taken under the chain-head lock), so the V4 index (occurred_at, seq) serves it.
insert into bench.query (id, label, paging, page_size, select_list, from_where, order_by, count_sql, seek_pred,
                         key_expr)
select 100 + id, label, 'keyset', page_size, select_list, from_where,
       case when id = 14 then 'occurred_at DESC, seq DESC' else order_by end,
       case when id = 10 then 'SELECT last_seq FROM audit_chain_head WHERE id = 1' else count_sql end,
       case when id in (1, 2, 3) then 't0.due_on >= %1$s AND (t0.due_on > %1$s OR t0.ID > %2$s)'
            when id in (4, 5, 6) then 't0.modified_at <= %1$s AND (t0.modified_at < %1$s OR t0.ID > %2$s)'
            when id in (7, 8) then 't0.modified_at <= %1$s AND (t0.modified_at < %1$s OR t0.ID < %2$s)'
            when id = 14 then 'occurred_at <= %1$s AND (occurred_at < %1$s OR seq < %2$s)'
            else 'seq < %1$s' end,
       case when id in (1, 2, 3) then 'array[quote_literal(t0.due_on), t0.ID::text]'
            when id between 4 and 8 then 'array[quote_literal(t0.modified_at), t0.ID::text]'
            when id = 14 then 'array[quote_literal(occurred_at), seq::text]'
            else 'array[seq::text]' end
from bench.query where id between 1 and 14;
