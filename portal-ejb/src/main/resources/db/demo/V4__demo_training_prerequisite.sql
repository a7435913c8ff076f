-- Demonstration data: training where it is needed. Revision 2 of the default "Local initiative grant"
-- workflow requires, at the grant decision, that the district's mayor completed the course PME-201
-- "Planning, monitoring and evaluating social projects"; revision 1 is superseded and keeps the projects
-- that started on it (510-550 of demo V2). One new project of Tavriya started on revision 2 and waits at
-- the grant decision: the project managers see that it cannot be approved until the mayor of Tavriya
-- completes PME-201 (akim.tavriya has not, demo V3), and akim.tavriya sees the course to take.
-- Loaded only with portal.demo-data on, after demo V1-V3. Written in the SQL that H2 (PostgreSQL mode)
-- and PostgreSQL share.
--
-- Ids 450-499: workflow_definition 450, project 460, budget_line 461-464, milestone 470-472,
-- indicator 475-476, task 480-482, notification 490-491. The rules of demo V2 hold: dates relative to
-- the loading day, every new version 0, cached amounts agree with the rows (total_cost = sum of
-- round(quantity * unit_cost) of the budget lines = sum of the funding; grant_requested = the
-- PROGRAMME_GRANT funding; grant_approved 0 before the decision; local share at least the call's 20 %).

-- The workflow: revision 2 with the course at the grant decision; revision 1 superseded -------------------

update workflow_definition set status = 'SUPERSEDED', version = version + 1,
                               modified_at = current_timestamp - interval '40' day
where id = 10;

insert into workflow_definition (id, version, created_at, modified_at, code, name_kk, name_ru, name_en, revision,
                                 status, published_at)
values (450, 0, current_timestamp - interval '40' day, current_timestamp - interval '40' day,
        'local-initiative-grant', 'Жергілікті бастама гранты', 'Грант на местную инициативу',
        'Local initiative grant', 2, 'PUBLISHED', current_timestamp - interval '40' day);

insert into workflow_step (definition_id, position, code, kind, responsible, actions, sla_days, required_approvals,
                           required_course)
values (450, 0, 'submission', 'SUBMISSION', 'DISTRICT_MAYOR', 'SUBMIT', 10, 1, null),
       (450, 1, 'endorsement', 'REVIEW', 'REGION_GOVERNOR', 'APPROVE,RETURN,REJECT,COMMENT', 5, 1, null),
       (450, 2, 'appraisal', 'APPRAISAL', 'PROJECT_MANAGER', 'APPROVE,RETURN,REJECT,COMMENT', 10, 1, null),
       (450, 3, 'grant-decision', 'DECISION', 'PROJECT_MANAGER', 'APPROVE,RETURN,REJECT,COMMENT', 10, 2, 'PME-201'),
       (450, 4, 'implementation', 'IMPLEMENTATION', 'DISTRICT_MAYOR', 'SUBMIT,COMMENT', 65, 1, null),
       (450, 5, 'evaluation', 'EVALUATION', 'PROJECT_MANAGER', 'APPROVE,RETURN,COMMENT', 10, 1, null);

-- 460: Tavriya drinking water, endorsed and appraised, waiting at the grant decision ---------------------
-- Budget 23 200 000 = grant 17 600 000 + district budget 4 200 000 + community 600 000 + sponsor 800 000;
-- local share 5 600 000 = 24 %. Appraised at 84 of 100 points.

insert into project (id, version, created_at, modified_at, district_id, call_id, workflow_id, step_position, round,
                     status, title, problem, solution, benef_total, benef_children, benef_disabled,
                     benef_vulnerable, benef_what, consulted_on, consulted_people, consulted_decision, total_cost,
                     grant_requested, grant_approved, submitted_at, lessons_learned, people_reached)
values (460, 0, current_timestamp - interval '35' day, current_timestamp - interval '6' day, 13, 500, 450, 3, 1,
        'IN_REVIEW',
        'Станция очистки питьевой воды в с. Таврическое',
        'Вода в сельском водопроводе Таврического не отвечает санитарным нормам: по анализам районной '
            || 'санэпидемслужбы содержание железа и мутность в три-четыре раза выше допустимого. Летом вода '
            || 'часто идёт с перебоями из-за прорывов изношенных труб. Семьи покупают бутилированную воду или '
            || 'возят её из соседнего села; в прошлом году в сельской школе дважды отменяли занятия из-за '
            || 'отсутствия воды.',
        'Установить у водозаборной скважины модульную станцию очистки воды производительностью 10 м³ в час и '
            || 'заменить самые изношенные участки сети (850 м). Станцию обслуживает сельское коммунальное '
            || 'предприятие, расходы на реагенты и электроэнергию предусмотрены в бюджете сельского округа; '
            || 'качество воды ежеквартально проверяет лаборатория района, результаты вывешиваются в акимате.',
        1900, 560, 24, 90,
        'Чистая питьевая вода из водопровода без перебоев для всех жителей села, школы, детского сада и '
            || 'фельдшерско-акушерского пункта.',
        current_date - interval '48' day, 203,
        'Сход жителей с. Таврическое (203 участника) назвал чистую воду главной проблемой села и поддержал '
            || 'проект. Жители соберут 600 тыс. тенге и выполнят земляные работы при замене труб; '
            || 'крестьянское хозяйство «Береке» вносит 800 тыс. тенге.',
        23200000, 17600000, 0, current_timestamp - interval '30' day, null, null);

insert into budget_line (id, version, created_at, modified_at, project_id, position, category, description, quantity,
                         unit_cost)
values (461, 0, current_timestamp - interval '35' day, current_timestamp - interval '31' day, 460, 0, 'EQUIPMENT',
        'Модульная станция очистки воды производительностью 10 м³/ч', 1, 14200000),
       (462, 0, current_timestamp - interval '35' day, current_timestamp - interval '31' day, 460, 1, 'WORKS',
        'Монтаж станции и подключение к водопроводной сети', 1, 3600000),
       (463, 0, current_timestamp - interval '35' day, current_timestamp - interval '31' day, 460, 2, 'WORKS',
        'Замена изношенных участков водопроводной сети, м', 850, 5200),
       (464, 0, current_timestamp - interval '35' day, current_timestamp - interval '31' day, 460, 3, 'SERVICES',
        'Проект, экспертиза и лабораторные анализы воды', 1, 980000);

insert into project_funding (project_id, position, source, amount)
values (460, 0, 'PROGRAMME_GRANT', 17600000),
       (460, 1, 'DISTRICT_BUDGET', 4200000),
       (460, 2, 'COMMUNITY', 600000),
       (460, 3, 'PRIVATE', 800000);

insert into project_score (project_id, position, criterion, points, max_points)
values (460, 0, 'Потребность сообщества', 27, 30),
       (460, 1, 'Реализуемость', 21, 25),
       (460, 2, 'Софинансирование и устойчивость', 19, 25),
       (460, 3, 'Вовлечение уязвимых групп', 17, 20);

insert into milestone (id, version, created_at, modified_at, project_id, position, title, due_on, reached_on, status)
values (470, 0, current_timestamp - interval '35' day, current_timestamp - interval '31' day, 460, 0,
        'Проект и экспертиза готовы, станция закуплена', current_date + interval '60' day, null, 'PLANNED'),
       (471, 0, current_timestamp - interval '35' day, current_timestamp - interval '31' day, 460, 1,
        'Заменены изношенные участки сети', current_date + interval '110' day, null, 'PLANNED'),
       (472, 0, current_timestamp - interval '35' day, current_timestamp - interval '31' day, 460, 2,
        'Станция смонтирована, вода соответствует нормам', current_date + interval '150' day, null, 'PLANNED');

insert into indicator (id, version, created_at, modified_at, project_id, position, name, unit, baseline, target,
                       final_value)
values (475, 0, current_timestamp - interval '35' day, current_timestamp - interval '31' day, 460, 0,
        'Жители, получающие воду, соответствующую санитарным нормам', 'чел.', 0, 1900, null),
       (476, 0, current_timestamp - interval '35' day, current_timestamp - interval '31' day, 460, 1,
        'Дни без воды за год из-за аварий на сети', 'дней', 38, 5, null);

insert into task (id, version, created_at, modified_at, project_id, kind, step_position, step_code, responsible,
                  district_id, region_id, report_id, opened_on, due_on, required_approvals, status, first_approver,
                  completed_by, completed_at, outcome, escalated_on)
values (480, 0, current_timestamp - interval '30' day, current_timestamp - interval '26' day, 460, 'STEP', 1,
        'endorsement', 'REGION_GOVERNOR', 13, 1, null, current_date - interval '30' day,
        current_date - interval '23' day, 1, 'DONE', null, 'governor.east', current_timestamp - interval '26' day,
        'APPROVE', null),
       (481, 0, current_timestamp - interval '26' day, current_timestamp - interval '6' day, 460, 'STEP', 2,
        'appraisal', 'PROJECT_MANAGER', 13, 1, null, current_date - interval '26' day,
        current_date - interval '12' day, 1, 'DONE', null, 'pm.daniyar', current_timestamp - interval '6' day,
        'APPROVE', null),
       (482, 0, current_timestamp - interval '6' day, current_timestamp - interval '6' day, 460, 'STEP', 3,
        'grant-decision', 'PROJECT_MANAGER', 13, 1, null, current_date - interval '6' day,
        current_date + interval '8' day, 2, 'OPEN', null, null, null, null, null);

-- The project managers were told of the grant decision to take.
insert into notification (id, version, created_at, modified_at, recipient, kind, message_key, arguments, link, read_at)
values (490, 0, current_timestamp - interval '6' day, current_timestamp - interval '6' day, 'pm.aliya',
        'task.assigned', 'notify.task.assigned',
        concat((select title from project where id = 460), chr(31), '@project.step.grant-decision', chr(31),
               to_char(current_date + interval '8' day, 'DD.MM.YYYY')),
        '/work/project.xhtml?id=460', null),
       (491, 0, current_timestamp - interval '6' day, current_timestamp - interval '6' day, 'pm.daniyar',
        'task.assigned', 'notify.task.assigned',
        concat((select title from project where id = 460), chr(31), '@project.step.grant-decision', chr(31),
               to_char(current_date + interval '8' day, 'DD.MM.YYYY')),
        '/work/project.xhtml?id=460', null);
