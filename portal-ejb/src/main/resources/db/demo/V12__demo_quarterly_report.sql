-- Demonstration data: the last quarter as the programme's quarterly report shows it. A second project in
-- implementation (Ekibastuz, Pavlodar region) granted in the last quarter, with its spending, indicators, their
-- values for the last quarter and a progress report naming its risks, waiting for a project manager; an
-- indicator both pool and club projects measure ("residents who benefit"), so the report sums a shared
-- definition; and a completed training session in the last quarter with its attendance, certificates and
-- evaluations. Loaded only with portal.demo-data on, after demo V1-V8. Written in the SQL that H2
-- (PostgreSQL mode) and PostgreSQL share.
--
-- Ids 576-599: project 576, budget_line 577-578, indicator 579-581, milestone 582, task 583-584,
-- indicator_actual 585-587, expenditure 588-589, progress_report 590, task 591, training_session 592,
-- enrolment 593-595, certificate 596-597, evaluation 598-599.
-- The rules of demo V2 hold: dates relative to the loading day (the last quarter is the one before the
-- quarter of current_date, so every date below is in the past), versions 0, cached amounts agree with the
-- rows: total_cost 24 000 000 = the budget lines = the funding; grant 18 000 000; local share 25 %.

-- 576: Ekibastuz children's sports club, granted in the last quarter ---------------------------------------

insert into project (id, version, created_at, modified_at, district_id, call_id, workflow_id, step_position, round,
                     status, title, problem, solution, benef_total, benef_children, benef_disabled,
                     benef_vulnerable, benef_what, consulted_on, consulted_people, consulted_decision, total_cost,
                     grant_requested, grant_approved, submitted_at, lessons_learned, people_reached)
values (576, 0, current_timestamp - interval '230' day,
        date_trunc('quarter', current_timestamp) - interval '3' month + interval '10' day, 32, 501, 10, 4, 1,
        'IN_IMPLEMENTATION',
        'Ремонт и оснащение детского спортивного клуба «Жігер» в г. Экибастуз',
        'Детский спортивный клуб «Жігер» в микрорайоне Энергетиков — единственное место в районе, где дети '
            || 'бесплатно занимаются борьбой и общей физической подготовкой. Здание клуба 1978 года: протекает '
            || 'кровля, зимой в зале +12 °C, ковры и тренажёры изношены. Секции принимают 40 детей, желающих '
            || 'втрое больше.',
        'Отремонтировать кровлю, окна, отопление и санузлы клуба, заменить борцовский ковёр и татами, '
            || 'закупить тренажёры для общей физической подготовки. Клуб остаётся бесплатным для детей; '
            || 'содержание здания берёт на себя городской отдел физической культуры и спорта.',
        1500, 1100, 25, 140,
        'Бесплатные занятия спортом круглый год для детей и подростков микрорайона Энергетиков.',
        current_date - interval '240' day, 118,
        'Собрание жителей микрорайона Энергетиков (118 участников) поддержало ремонт клуба; предприниматели '
            || 'микрорайона обязались внести 1,2 млн тенге на оборудование.',
        24000000, 18000000, 18000000, current_timestamp - interval '195' day, null, null);

insert into budget_line (id, version, created_at, modified_at, project_id, position, category, description, quantity,
                         unit_cost)
values (577, 0, current_timestamp - interval '230' day, current_timestamp - interval '195' day, 576, 0, 'WORKS',
        'Ремонт здания клуба: кровля, окна, отопление, санузлы', 1, 14500000),
       (578, 0, current_timestamp - interval '230' day, current_timestamp - interval '195' day, 576, 1, 'EQUIPMENT',
        'Спортивное оборудование: борцовский ковёр, татами, тренажёры', 1, 9500000);

insert into project_funding (project_id, position, source, amount)
values (576, 0, 'PROGRAMME_GRANT', 18000000),
       (576, 1, 'DISTRICT_BUDGET', 4800000),
       (576, 2, 'PRIVATE', 1200000);

insert into project_score (project_id, position, criterion, points, max_points)
values (576, 0, 'Потребность сообщества', 27, 30),
       (576, 1, 'Реализуемость', 22, 25),
       (576, 2, 'Софинансирование и устойчивость', 19, 25),
       (576, 3, 'Вовлечение уязвимых групп', 17, 20);

insert into milestone (id, version, created_at, modified_at, project_id, position, title, due_on, reached_on, status)
values (582, 0, current_timestamp - interval '230' day, current_timestamp - interval '195' day, 576, 0,
        'Отремонтировано здание, установлено оборудование, клуб принимает 150 детей',
        current_date + interval '120' day, null, 'PLANNED');

-- The club's indicators, and the one the pool (510) and the club share.
insert into indicator (id, version, created_at, modified_at, project_id, position, name, unit, baseline, target,
                       final_value)
values (579, 0, current_timestamp - interval '230' day, current_timestamp - interval '195' day, 576, 0,
        'Дети и подростки, занимающиеся в клубе', 'детей', 40, 150, null),
       (580, 0, current_timestamp - interval '230' day, current_timestamp - interval '195' day, 576, 1,
        'Жители, получившие пользу от проекта', 'человек', 0, 1500, null),
       (581, 0, current_timestamp - interval '290' day, current_timestamp - interval '200' day, 510, 2,
        'Жители, получившие пользу от проекта', 'человек', 0, 2400, null);

-- The grant decision in the last quarter (the second project manager's approval), and the mayor's open
-- implementation step.
insert into task (id, version, created_at, modified_at, project_id, kind, step_position, step_code, responsible,
                  district_id, region_id, report_id, opened_on, due_on, required_approvals, status, first_approver,
                  completed_by, completed_at, outcome, escalated_on)
values (583, 0, date_trunc('quarter', current_timestamp) - interval '3' month,
        date_trunc('quarter', current_timestamp) - interval '3' month + interval '10' day, 576, 'STEP', 3,
        'grant-decision', 'PROJECT_MANAGER', 32, 2, null,
        cast(date_trunc('quarter', current_timestamp) - interval '3' month as date),
        cast(date_trunc('quarter', current_timestamp) - interval '3' month + interval '14' day as date), 2, 'DONE',
        'pm.aliya', 'pm.daniyar', date_trunc('quarter', current_timestamp) - interval '3' month + interval '10' day,
        'APPROVE', null),
       (584, 0, date_trunc('quarter', current_timestamp) - interval '3' month + interval '10' day,
        date_trunc('quarter', current_timestamp) - interval '3' month + interval '10' day, 576, 'STEP', 4,
        'implementation', 'DISTRICT_MAYOR', 32, 2, null,
        cast(date_trunc('quarter', current_timestamp) - interval '3' month + interval '10' day as date),
        cast(date_trunc('quarter', current_timestamp) - interval '3' month + interval '105' day as date), 1, 'OPEN',
        null, null, null, null, null);

-- Values for the last quarter: the club (repairs under way, the first new group), the pool (still building).
insert into indicator_actual (id, version, created_at, modified_at, indicator_id, project_id, period_year,
                              period_quarter, actual_value)
values (585, 0, date_trunc('quarter', current_timestamp) - interval '3' day,
        date_trunc('quarter', current_timestamp) - interval '3' day, 579, 576,
        cast(extract(year from current_date - interval '3' month) as integer),
        cast(extract(quarter from current_date - interval '3' month) as integer), 55),
       (586, 0, date_trunc('quarter', current_timestamp) - interval '3' day,
        date_trunc('quarter', current_timestamp) - interval '3' day, 580, 576,
        cast(extract(year from current_date - interval '3' month) as integer),
        cast(extract(quarter from current_date - interval '3' month) as integer), 320),
       (587, 0, date_trunc('quarter', current_timestamp) - interval '3' day,
        date_trunc('quarter', current_timestamp) - interval '3' day, 581, 510,
        cast(extract(year from current_date - interval '3' month) as integer),
        cast(extract(quarter from current_date - interval '3' month) as integer), 0);

insert into expenditure (id, version, created_at, modified_at, budget_line_id, project_id, amount, spent_on, document)
values (588, 0, date_trunc('quarter', current_timestamp) - interval '3' month + interval '25' day,
        date_trunc('quarter', current_timestamp) - interval '3' month + interval '25' day, 577, 576, 4350000,
        date_trunc('quarter', current_date) - interval '3' month + interval '24' day,
        'Платёжное поручение № 118, аванс 30 % подрядчику ТОО «Екібастұз Құрылыс»'),
       (589, 0, date_trunc('quarter', current_timestamp) - interval '3' month + interval '70' day,
        date_trunc('quarter', current_timestamp) - interval '3' month + interval '70' day, 578, 576, 3800000,
        date_trunc('quarter', current_date) - interval '3' month + interval '68' day,
        'Договор поставки № 41, накладная № 206: борцовский ковёр и татами');

-- The club's report on the last quarter, sent in the first days of this quarter and waiting for review.
insert into progress_report (id, version, created_at, modified_at, project_id, period_year, period_quarter, narrative,
                             issues_risks, status, review_comment)
values (590, 0,
        least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '3' day),
        least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '3' day),
        576,
        cast(extract(year from current_date - interval '3' month) as integer),
        cast(extract(quarter from current_date - interval '3' month) as integer),
        'Подрядчик ТОО «Екібастұз Құрылыс» заменил кровлю и окна зала, начал замену отопления. Поставлены '
            || 'борцовский ковёр и татами; в клубе открыта вторая группа для начинающих (15 детей).',
        'Стоимость радиаторов выросла на 18 % после заключения договора: экономию по окнам направим на '
            || 'отопление, иначе ремонт санузлов перенесём на следующий квартал. Отопительный сезон начался '
            || 'до окончания работ — занятия временно перенесены в спортзал школы № 7.',
        'SUBMITTED', null);

insert into task (id, version, created_at, modified_at, project_id, kind, step_position, step_code, responsible,
                  district_id, region_id, report_id, opened_on, due_on, required_approvals, status, first_approver,
                  completed_by, completed_at, outcome, escalated_on)
values (591, 0,
        least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '3' day),
        least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '3' day),
        576, 'REPORT_REVIEW', 4, 'report-review', 'PROJECT_MANAGER', 32, 2, 590,
        cast(least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '3' day) as date),
        cast(least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '3' day) as date)
            + interval '14' day,
        1, 'OPEN', null, null, null, null, null);

-- A session of "Работа с населением" (PUB-101) in Pavlodar in the last quarter ------------------------------
-- Two days; the mayors of Ekibastuz and Aksu attended both and completed it, the mayor of Irtysh district
-- attended one day (below the 80 % the course asks) and did not.

insert into training_session (id, version, created_at, modified_at, course_id, first_day, last_day, starts_at,
                              ends_at, venue, online_link, capacity, status, cancel_reason)
values (592, 3, date_trunc('quarter', current_timestamp) - interval '3' month,
        date_trunc('quarter', current_timestamp) - interval '3' month + interval '42' day, 300,
        date_trunc('quarter', current_date) - interval '3' month + interval '40' day,
        date_trunc('quarter', current_date) - interval '3' month + interval '41' day, time '10:00:00',
        time '17:00:00', 'Павлодар, ул. Академика Сатпаева 49, учебный центр акимата области', null, 20,
        'COMPLETED', null);

insert into training_session_day (session_id, on_day)
values (592, date_trunc('quarter', current_date) - interval '3' month + interval '40' day),
       (592, date_trunc('quarter', current_date) - interval '3' month + interval '41' day);

insert into training_session_trainer (session_id, username)
values (592, 'trainer.saule');

insert into enrolment (id, version, created_at, modified_at, session_id, trainee_username, trainee_name,
                       district_id, region_id, status, queued_at, nominated_by, pre_score, post_score)
values (593, 4, date_trunc('quarter', current_timestamp) - interval '3' month + interval '5' day,
        date_trunc('quarter', current_timestamp) - interval '3' month + interval '42' day, 592, 'akim.ekibastuz',
        'Ерлан Жаксылыков', 32, 2, 'COMPLETED',
        date_trunc('quarter', current_timestamp) - interval '3' month + interval '5' day, null, 50, 88),
       (594, 4, date_trunc('quarter', current_timestamp) - interval '3' month + interval '6' day,
        date_trunc('quarter', current_timestamp) - interval '3' month + interval '42' day, 592, 'akim.aksu',
        'Нұрлан Сағындықов', 33, 2, 'COMPLETED',
        date_trunc('quarter', current_timestamp) - interval '3' month + interval '6' day, 'governor.pavlodar', 42,
        79),
       (595, 4, date_trunc('quarter', current_timestamp) - interval '3' month + interval '8' day,
        date_trunc('quarter', current_timestamp) - interval '3' month + interval '42' day, 592, 'akim.irtysh',
        'Марат Оспанов', 35, 2, 'NOT_COMPLETED',
        date_trunc('quarter', current_timestamp) - interval '3' month + interval '8' day, 'governor.pavlodar', 38,
        null);

insert into enrolment_attendance (enrolment_id, on_day)
values (593, date_trunc('quarter', current_date) - interval '3' month + interval '40' day),
       (593, date_trunc('quarter', current_date) - interval '3' month + interval '41' day),
       (594, date_trunc('quarter', current_date) - interval '3' month + interval '40' day),
       (594, date_trunc('quarter', current_date) - interval '3' month + interval '41' day),
       (595, date_trunc('quarter', current_date) - interval '3' month + interval '40' day);

insert into certificate (id, version, created_at, modified_at, enrolment_id, code, trainee_username, trainee_name,
                         course_code, course_title, hours, first_day, last_day, issued_on, revoked_at, revoke_reason)
values (596, 0, date_trunc('quarter', current_timestamp) - interval '3' month + interval '42' day,
        date_trunc('quarter', current_timestamp) - interval '3' month + interval '42' day, 593, 'EKB7-PUB1-M3QD',
        'akim.ekibastuz', 'Ерлан Жаксылыков', 'PUB-101', 'Работа с населением', 16,
        date_trunc('quarter', current_date) - interval '3' month + interval '40' day,
        date_trunc('quarter', current_date) - interval '3' month + interval '41' day,
        date_trunc('quarter', current_date) - interval '3' month + interval '42' day, null, null),
       (597, 0, date_trunc('quarter', current_timestamp) - interval '3' month + interval '42' day,
        date_trunc('quarter', current_timestamp) - interval '3' month + interval '42' day, 594, 'AKS3-PUB1-T8WL',
        'akim.aksu', 'Нұрлан Сағындықов', 'PUB-101', 'Работа с населением', 16,
        date_trunc('quarter', current_date) - interval '3' month + interval '40' day,
        date_trunc('quarter', current_date) - interval '3' month + interval '41' day,
        date_trunc('quarter', current_date) - interval '3' month + interval '42' day, null, null);

insert into evaluation (id, version, created_at, modified_at, enrolment_id, session_id, course_id, usefulness,
                        trainer_rating, organisation, comment)
values (598, 0, date_trunc('quarter', current_timestamp) - interval '3' month + interval '43' day,
        date_trunc('quarter', current_timestamp) - interval '3' month + interval '43' day, 593, 592, 300, 5, 5, 4,
        'Разбор реальных обращений жителей Экибастуза — самое полезное в курсе.'),
       (599, 0, date_trunc('quarter', current_timestamp) - interval '3' month + interval '44' day,
        date_trunc('quarter', current_timestamp) - interval '3' month + interval '44' day, 594, 592, 300, 4, 5, 3,
        null);
