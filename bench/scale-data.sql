-- Synthetic data at the design volume of docs/quality.md, for bench/scale.sh.
-- Runs on a database that has the portal's migrations applied (common V1, postgresql V1_1, common V2...).
-- Deterministic: setseed() fixes random(), so two runs build the same rows.
--
--   20 regions, 200 districts (4 to 19 per region), 10 000 officials, 2 grant calls,
--   100 000 projects (skewed over the districts: the busiest district has about 2.5x the average),
--   about 30 000 open tasks and 200 000 done tasks, 1 000 000 audit records (seq 1..1 000 000, as the chain
--   has them), plus budget lines and expenditures of the funded projects for the grant-call money figures.
--
-- Everything is inserted by a few big INSERT ... SELECT over generate_series. audit_record is append-only
-- (postgresql/V1_1): it is only inserted into.

\set ON_ERROR_STOP on
select setseed(0.4242);

-- The history spans 2024-01-01 .. 2026-12-01; "today" of the data is 2026-12-01.
create temporary table anchor as
select timestamptz '2024-01-01 09:00+05' as t0, timestamptz '2026-12-01 18:00+05' as t1, date '2026-12-01' as today;

-- Regions ---------------------------------------------------------------------------------------------------
insert into region (id, version, created_at, modified_at, code, name_kk, name_ru, name_en, active)
select r, 0, a.t0, a.t0, 'R' || lpad(r::text, 2, '0'), 'Облыс ' || r, 'Область ' || r, 'Region ' || r, true
from generate_series(1, 20) r, anchor a;

-- Districts: region k has sizes[k] districts (sum 200), ids 1..200 in region order.
insert into district (id, version, created_at, modified_at, code, name_kk, name_ru, name_en, kind, region_id,
                      active)
select row_number() over (order by s.region_id, g), 0, a.t0, a.t0,
       'D' || lpad((row_number() over (order by s.region_id, g))::text, 3, '0'),
       'Аудан ' || s.region_id || '-' || g, 'Район ' || s.region_id || '-' || g,
       'District ' || s.region_id || '-' || g,
       (array['DISTRICT', 'CITY', 'TOWN', 'RURAL_DISTRICT'])[1 + (g % 4)], s.region_id, true
from unnest(array[4, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 15, 16, 19])
         with ordinality as s(size, region_id)
         cross join lateral generate_series(1, s.size) g
         cross join anchor a;

-- Officials: 1-20 governors (one per region), 21-70 project managers, 71-80 administrators, the rest mayors'
-- offices spread over the districts. Username u00001 .. u10000.
insert into official (id, version, created_at, modified_at, subject, username, display_name, email, roles,
                      district_id, region_id, language, last_login_at)
select k, 0, a.t0, a.t0, md5('subject' || k), 'u' || lpad(k::text, 5, '0'), 'Official ' || k,
       'u' || k || '@example.kz',
       case when k <= 20 then 'governor' when k <= 70 then 'project-manager' when k <= 80 then 'admin'
            else 'mayor' end,
       case when k > 80 then 1 + (k % 200) end,
       case when k <= 20 then k when k > 80 then (select region_id from district where id = 1 + (k % 200)) end,
       (array['RU', 'KK', 'EN'])[1 + (k % 3)], a.t1 - (k % 90) * interval '1 day'
from generate_series(1, 10000) k, anchor a;

-- Grant calls: 1 closed (2024-2025), 2 published (2025-2027), open to every region. ---------------------------
insert into grant_call (id, version, created_at, modified_at, title, description, envelope, max_grant,
                        min_cofinancing_pct, opens_on, closes_on, status)
values (1, 3, timestamptz '2024-01-01 09:00+05', timestamptz '2025-06-30 18:00+05', 'Local initiatives 2024',
        'First call', 900000000000, 30000000, 10, date '2024-01-15', date '2025-06-30', 'CLOSED'),
       (2, 2, timestamptz '2025-06-01 09:00+05', timestamptz '2025-07-01 09:00+05', 'Local initiatives 2025-2027',
        'Second call', 1500000000000, 40000000, 10, date '2025-07-01', date '2027-06-30', 'PUBLISHED');
insert into grant_call_region (call_id, region_id)
select c, r from generate_series(1, 2) c, generate_series(1, 20) r;
insert into grant_call_criterion (call_id, position, name, max_points)
select c, p, 'Criterion ' || p, 10 from generate_series(1, 2) c, generate_series(0, 4) p;

-- Projects ---------------------------------------------------------------------------------------------------
-- Status shares: draft 24 %, in review 10 %, returned 4 %, rejected 10 %, in implementation 11 %,
-- in evaluation 4 %, closed 37 %. Projects with an open task were changed recently (when the task opened).
insert into project (id, version, created_at, modified_at, district_id, call_id, workflow_id, step_position,
                     round, status, title, problem, solution, benef_total, benef_children, benef_disabled,
                     benef_vulnerable, benef_what, consulted_on, consulted_people, consulted_decision, total_cost,
                     grant_requested, grant_approved, submitted_at, lessons_learned, people_reached)
select g, 3 + (g % 7), x.modified - interval '30 days' * (1 + x.r_step), x.modified,
       least(200, 1 + floor(200 * power(x.r_district, 1.2))::int),
       case when x.status in ('CLOSED', 'IN_EVALUATION') or (x.status = 'REJECTED' and x.r_step < 0.5) then 1
            else 2 end,
       10,
       case x.status when 'DRAFT' then 0 when 'RETURNED' then 0 when 'IN_REVIEW' then 1 + floor(x.r_step * 3)::int
                     when 'REJECTED' then 1 + floor(x.r_step * 3)::int when 'IN_IMPLEMENTATION' then 4 else 5 end,
       case when x.r_step < 0.1 then 2 else 1 end,
       x.status,
       'Project ' || g || ': ' || (array['water supply', 'street lighting', 'school sports hall', 'playground',
           'road repair', 'medical post', 'library', 'heating'])[1 + (g % 8)] || ' in village ' || (g % 977),
       'The village has no ' || (array['clean water', 'light at night', 'sports hall', 'safe place to play'])[1 + (g % 4)]
           || '; residents raised it at the meeting. ' || repeat('Details of the problem. ', 8),
       'Build and equip it with the community''s own work and the grant. ' || repeat('Details of the solution. ', 8),
       100 + (g % 900), 20 + (g % 300), g % 20, g % 50, 'Residents of the village', date '2023-12-01' + (g % 700),
       30 + (g % 200), 'Approved by the village meeting', x.cost, x.cost * 8 / 10,
       case when x.status in ('IN_IMPLEMENTATION', 'IN_EVALUATION', 'CLOSED') then x.cost * 8 / 10 else 0 end,
       case when x.status <> 'DRAFT' then x.modified - interval '20 days' end,
       case when x.status = 'CLOSED' then 'Lessons learned by the project.' end,
       case when x.status = 'CLOSED' then 100 + (g % 900) end
from (select g, r_district, r_step, (5000000 + floor(r_cost * 45000000))::bigint as cost, s.status,
             case when s.status in ('IN_REVIEW', 'RETURNED', 'IN_EVALUATION')
                      then a.t1 - r_time * interval '60 days'
                  when s.status = 'IN_IMPLEMENTATION' then a.t1 - r_time * interval '80 days'
                  else a.t0 + r_time * (a.t1 - a.t0) end as modified
      from (select g, random() as r_status, random() as r_district, random() as r_step, random() as r_time,
                   random() as r_cost
            from generate_series(1, 100000) g) r
               cross join anchor a
               cross join lateral (select case when r.r_status < 0.24 then 'DRAFT'
                                               when r.r_status < 0.34 then 'IN_REVIEW'
                                               when r.r_status < 0.38 then 'RETURNED'
                                               when r.r_status < 0.48 then 'REJECTED'
                                               when r.r_status < 0.59 then 'IN_IMPLEMENTATION'
                                               when r.r_status < 0.63 then 'IN_EVALUATION'
                                               else 'CLOSED' end as status) s) x;

-- Tasks ------------------------------------------------------------------------------------------------------
-- 200 000 done tasks (ids 1..200 000, the older ones), on the projects that left the draft.
create temporary table moved as
select id, district_id, step_position, status, modified_at, row_number() over (order by id) as rn
from project where status <> 'DRAFT';

insert into task (id, version, created_at, modified_at, project_id, kind, step_position, step_code, responsible,
                  district_id, region_id, report_id, opened_on, due_on, required_approvals, status,
                  first_approver, completed_by, completed_at, outcome, escalated_on)
select g, 1, m.modified_at - interval '1 day' * (10 + g % 300), m.modified_at - interval '1 day' * (g % 10),
       m.id, 'STEP', s.position, s.code, s.responsible, m.district_id, d.region_id, null,
       (m.modified_at - interval '1 day' * (10 + g % 300))::date,
       (m.modified_at - interval '1 day' * (10 + g % 300))::date + s.sla_days * 7 / 5, s.required_approvals, 'DONE',
       null, 'u' || lpad((81 + g % 9920)::text, 5, '0'), m.modified_at - interval '1 day' * (g % 10),
       case when s.position in (0, 4) then 'SUBMIT' else 'APPROVE' end, null
from generate_series(1, 200000) g
         join moved m on m.rn = 1 + (g::bigint * 7919) % (select count(*) from moved)
         join district d on d.id = m.district_id
         join workflow_step s on s.definition_id = 10 and s.position = least(g % 6, greatest(m.step_position, 1) - 1);

-- The open step task of every project waiting at a step (in review, returned, in implementation, in evaluation);
-- half of the grant decisions (two approvals needed) already have a first approver.
insert into task (id, version, created_at, modified_at, project_id, kind, step_position, step_code, responsible,
                  district_id, region_id, report_id, opened_on, due_on, required_approvals, status,
                  first_approver, completed_by, completed_at, outcome, escalated_on)
select 200000 + row_number() over (order by p.id), 0, p.modified_at, p.modified_at, p.id, 'STEP', s.position, s.code,
       s.responsible, p.district_id, d.region_id, null, p.modified_at::date,
       p.modified_at::date + s.sla_days * 7 / 5, s.required_approvals, 'OPEN',
       case when s.required_approvals = 2 and p.id % 2 = 0 then 'u' || lpad((21 + p.id % 50)::text, 5, '0') end,
       null, null, null, null
from project p
         join district d on d.id = p.district_id
         join workflow_step s on s.definition_id = 10 and s.position = p.step_position
where p.status in ('IN_REVIEW', 'RETURNED', 'IN_IMPLEMENTATION', 'IN_EVALUATION');

-- A tenth of the projects in implementation have a progress report waiting for a project manager's review.
insert into task (id, version, created_at, modified_at, project_id, kind, step_position, step_code, responsible,
                  district_id, region_id, report_id, opened_on, due_on, required_approvals, status,
                  first_approver, completed_by, completed_at, outcome, escalated_on)
select 300000 + row_number() over (order by p.id), 0, p.modified_at, p.modified_at, p.id, 'REPORT_REVIEW', 4,
       'report-review', 'PROJECT_MANAGER', p.district_id, d.region_id, null, p.modified_at::date,
       p.modified_at::date + 14, 1, 'OPEN', null, null, null, null, null
from project p join district d on d.id = p.district_id
where p.status = 'IN_IMPLEMENTATION' and p.id % 10 = 3;

-- Budget lines and expenditures of the funded projects (the grant-call page sums them) -------------------------
insert into budget_line (id, version, created_at, modified_at, project_id, position, category, description,
                         quantity, unit_cost)
select (p.id - 1) * 3 + k, 0, p.created_at, p.created_at, p.id, k - 1,
       (array['MATERIALS', 'WORKS', 'EQUIPMENT'])[k], 'Budget line ' || k, 1, p.total_cost / 3
from project p, generate_series(1, 3) k
where p.status in ('IN_IMPLEMENTATION', 'IN_EVALUATION', 'CLOSED');

insert into expenditure (id, version, created_at, modified_at, budget_line_id, project_id, amount, spent_on,
                         document)
select (b.id - 1) * 2 + k, 0, b.created_at, b.created_at, b.id, b.project_id, b.unit_cost / 3,
       b.created_at::date + 30 * k, 'Invoice ' || b.id || '/' || k
from budget_line b, generate_series(1, 2) k
where b.position < 2 or b.project_id % 2 = 0;

-- Audit records: seq 1..1 000 000, time rising with seq over the history -------------------------------------
-- Actions: about 54 % project.*, 10 % report.*, 8 % milestone, 12 % expenditure, 7 % indicator, 3 % escalations
-- by 'system', 3 % official.*, a few call/district/region rows. Actors are skewed (u00001 ~1 %).
-- 1 % of the project rows go to ten long-running projects (~1 000 rows each), the rest spread evenly.
insert into audit_record (seq, occurred_at, actor, actor_role, action, subject_type, subject_id, before_state,
                          after_state, comment_text, previous_hash, hash)
select g, a.t0 + (a.t1 - a.t0) * (g::double precision / 1000000), x.actor,
       case when x.actor = 'system' then 'system'
            when x.k <= 20 then 'governor' when x.k <= 70 then 'project-manager' when x.k <= 80 then 'admin'
            else 'mayor' end,
       x.action, x.subject_type,
       case x.subject_type
           when 'project' then case when x.r_hot < 0.0095 then 1 + (floor(x.r_hot * 1000)::int % 10) * 9973
                                    else 1 + floor(x.r_subject * 100000)::int end
           when 'official' then x.k
           when 'grant_call' then 1 + (g % 2)
           else 1 + (g % 200) end,
       case when x.action like 'project.%' then 'status=IN_REVIEW, step=appraisal, round=1' end,
       case when x.action like 'project.%' then 'status=IN_REVIEW, step=grant-decision, round=1'
            else 'value=' || (g % 1000) end,
       case when x.r_subject < 0.2 then 'Comment ' || g || ': the documents were checked against the call.' end,
       case when g = 1 then repeat('0', 64) else md5((g - 1)::text) || md5((-(g - 1))::text) end,
       md5(g::text) || md5((-g)::text)
from (select g, r.r_subject, r.r_hot,
             case when r.r_action < 0.03 then 'system' else 'u' || lpad(k.k::text, 5, '0') end as actor, k.k,
             act.action,
             case when act.action like 'official.%' then 'official'
                  when act.action like 'call.%' then 'grant_call'
                  when act.action like 'district.%' then 'district'
                  when act.action like 'region.%' then 'region'
                  else 'project' end as subject_type
      from (select g, random() as r_action, random() as r_pick, random() as r_actor, random() as r_subject,
                   random() as r_hot
            from generate_series(1, 1000000) g) r
               cross join lateral (select 1 + floor(10000 * power(r.r_actor, 2))::int as k) k
               cross join lateral (
          select case
                     when r.r_action < 0.03 then 'task.escalated'
                     when r.r_action < 0.06 then (array['official.updatedFromLogin', 'official.languageChosen',
                                                        'official.provisioned'])[1 + floor(r.r_pick * 3)::int]
                     when r.r_action < 0.0605 then (array['call.created', 'call.revised', 'call.published',
                                                          'call.closed'])[1 + floor(r.r_pick * 4)::int]
                     when r.r_action < 0.061 then (array['district.updated', 'region.renamed'])[1 + floor(r.r_pick * 2)::int]
                     when r.r_action < 0.60 then (array['project.created', 'project.saved', 'project.submitted',
                                                        'project.approved', 'project.returned', 'project.rejected',
                                                        'project.commented', 'project.approvedFirst',
                                                        'project.evaluated'])[1 + floor(r.r_pick * 9)::int]
                     when r.r_action < 0.70 then (array['report.submitted', 'report.accepted', 'report.returned',
                                                        'report.commented'])[1 + floor(r.r_pick * 4)::int]
                     when r.r_action < 0.78 then 'milestone.reached'
                     when r.r_action < 0.90 then 'expenditure.recorded'
                     when r.r_action < 0.97 then 'indicator.measured'
                     else 'attachment.added' end as action) act) x
         cross join anchor a;

update audit_chain_head set last_seq = 1000000, last_hash = md5('1000000') || md5('-1000000') where id = 1;

-- A steady state that autovacuum reaches on its own (insert-driven vacuum since PostgreSQL 13): statistics
-- and a set visibility map, so index-only scans are possible.
vacuum (analyze);
