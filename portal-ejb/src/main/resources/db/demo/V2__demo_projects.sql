-- Demonstration data for development: two grant calls and five projects of the demo districts, one at each
-- place of the workflow a person meets first, with their budgets, funding, milestones, indicators, tasks,
-- implementation records and in-app notifications. Loaded by Flyway (table flyway_demo_history) only with
-- portal.demo-data on, after the common migrations and demo V1 (regions and districts).
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL share.
--
-- Ids 500-999 (ids below 1000 are reserved for rows that migrations insert; portal_seq starts at 1000):
--   grant_call 500-501, project 510-550, budget_line 600-649, milestone 700-749, indicator 760-799,
--   indicator_actual 800-819, expenditure 820-839, progress_report 840-859, task 860-899, notification 900-949.
-- Every date is relative to the day the data is loaded (current_date, current_timestamp), so the data stays
-- sensible whenever it is loaded; every version is 0. Amounts are whole tenge.
-- Cached columns agree with the rows: project.total_cost = sum of round(quantity * unit_cost) of its budget
-- lines = sum of its project_funding; grant_requested = its PROGRAMME_GRANT funding; grant_approved =
-- grant_requested once the grant decision passed, else 0; the local share (DISTRICT_BUDGET, COMMUNITY,
-- PRIVATE) is at least the call's minimum co-financing.
--
-- No audit_record rows: the hash chain (SHA-256 over each row and the previous hash) cannot be computed
-- here, so the projects' history pages start empty. No attachment rows either: an attachment needs its file
-- in the attachment store, so the minutes of the consultations are not attached (a mayor resubmitting the
-- returned proposal 530 uploads them first).
--
-- Projects:
--   510 Zaisan (11), call 501 (closed), IN_IMPLEMENTATION at step 4: the children's indoor swimming pool;
--       open task 861 (the mayor's implementation step)
--   520 Tavriya (13), call 500, IN_REVIEW at step 1: playground and sports ground; open task 871 (governor)
--   530 Zaisan (11), call 500, RETURNED at step 0, round 2: street lighting; open task 882 (mayor)
--   540 Ekibastuz (32), call 500, REJECTED at step 2 (appraisal); no open task
--   550 Zaisan (11), call 500, DRAFT: an ice rink, title and problem only; no task

-- Grant calls -------------------------------------------------------------------------------------------

insert into grant_call (id, version, created_at, modified_at, title, description, envelope, max_grant,
                        min_cofinancing_pct, opens_on, closes_on, status)
values (500, 0, current_timestamp - interval '75' day, current_timestamp - interval '60' day,
        concat('Местные инициативы ', cast(extract(year from current_date) as integer), '–',
               cast(extract(year from current_date) as integer) + 1),
        'Гранты программы на проекты местного развития, которые жители выбрали сами на собраниях и сходах. '
            || 'Проект готовит аким района или сельского округа, аким области его одобряет. Грант — не более '
            || '60 млн тенге на проект; не менее 20 % стоимости проекта вносят местный бюджет, жители и местный '
            || 'бизнес. Приоритет — проекты для детей, людей с инвалидностью и семей в трудной жизненной ситуации.',
        300000000, 60000000, 20, current_date - interval '60' day, current_date + interval '120' day, 'PUBLISHED'),
       (501, 0, current_timestamp - interval '440' day, current_timestamp - interval '185' day,
        concat('Местные инициативы ', cast(extract(year from current_date - interval '425' day) as integer), '–',
               cast(extract(year from current_date - interval '425' day) as integer) + 1),
        'Конкурс прошлого года: гранты на проекты местного развития, выбранные жителями. Грант — не более '
            || '60 млн тенге на проект, софинансирование из местных источников — не менее 20 %. Приём заявок '
            || 'завершён.',
        250000000, 60000000, 20, current_date - interval '425' day, current_date - interval '185' day, 'CLOSED');

insert into grant_call_region (call_id, region_id)
values (500, 1), (500, 2),
       (501, 1), (501, 2);

insert into grant_call_criterion (call_id, position, name, max_points)
values (500, 0, 'Потребность сообщества', 30),
       (500, 1, 'Реализуемость', 25),
       (500, 2, 'Софинансирование и устойчивость', 25),
       (500, 3, 'Вовлечение уязвимых групп', 20),
       (501, 0, 'Потребность сообщества', 30),
       (501, 1, 'Реализуемость', 25),
       (501, 2, 'Софинансирование и устойчивость', 25),
       (501, 3, 'Вовлечение уязвимых групп', 20);

-- 510: the Zaisan children's indoor swimming pool, in implementation -------------------------------------
-- Submitted about 200 days ago under last year's call, endorsed, appraised (90 of 100 points) and granted.
-- Budget 81 000 000 = grant 58 000 000 + district budget 17 500 000 + community 2 000 000 + sponsors
-- 3 500 000; local share 23 000 000 = 28 %.

insert into project (id, version, created_at, modified_at, district_id, call_id, workflow_id, step_position, round,
                     status, title, problem, solution, benef_total, benef_children, benef_disabled,
                     benef_vulnerable, benef_what, consulted_on, consulted_people, consulted_decision, total_cost,
                     grant_requested, grant_approved, submitted_at, lessons_learned, people_reached)
values (510, 0, current_timestamp - interval '290' day, current_timestamp - interval '34' day, 11, 501, 10, 4, 1,
        'IN_IMPLEMENTATION',
        'Крытый детский плавательный бассейн в г. Зайсан',
        'Зима в Зайсанском районе долгая, холодная и снежная: морозы до минус 40 °C здесь обычное дело. '
            || 'Зимой детям почти негде заниматься спортом и отдыхать. В районе нет ни одного крытого бассейна: '
            || 'купаться и учиться плавать дети могут только летом, около трёх месяцев в году, в открытых '
            || 'водоёмах. «Детям очень нужен этот бассейн. Они хотят плавать, а могут только летом», — говорили '
            || 'жители на собрании. Семьи с невысоким доходом и семьи детей с инвалидностью не могут возить детей '
            || 'в бассейны областного центра.',
        'Построить в г. Зайсан крытый плавательный бассейн с чашей 25 × 8,5 м, системой водоподготовки и '
            || 'подогрева воды и раздевалками, доступными для детей с инвалидностью. Бассейн работает круглый '
            || 'год: занятия для школьников по расписанию, секция плавания, свободное посещение. Дети с '
            || 'инвалидностью и дети из уязвимых семей посещают бассейн бесплатно. После завершения проекта '
            || 'бассейн передаётся на баланс районного отдела физической культуры и спорта; расходы на '
            || 'содержание предусмотрены в районном бюджете.',
        2400, 1800, 45, 160,
        'Круглогодичные занятия плаванием для детей и подростков района; бесплатное посещение для детей из '
            || 'уязвимых семей и детей с инвалидностью.',
        current_date - interval '300' day, 312,
        'Собрание жителей г. Зайсан (312 участников) выбрало из пяти предложений строительство крытого '
            || 'детского бассейна. Жители решили собрать 2 млн тенге на отделку раздевалок, местные '
            || 'предприниматели обязались внести 3,5 млн тенге; в состав рабочей группы по контролю за '
            || 'строительством избраны пять жителей, в том числе двое родителей детей с инвалидностью.',
        81000000, 58000000, 58000000, current_timestamp - interval '200' day, null, null);

insert into budget_line (id, version, created_at, modified_at, project_id, position, category, description, quantity,
                         unit_cost)
values (601, 0, current_timestamp - interval '290' day, current_timestamp - interval '200' day, 510, 0, 'WORKS',
        'Строительно-монтажные работы: здание бассейна и чаша 25 × 8,5 м', 1, 52400000),
       (602, 0, current_timestamp - interval '290' day, current_timestamp - interval '200' day, 510, 1, 'EQUIPMENT',
        'Оборудование бассейна: насосы, теплообменник, стартовые тумбы, разделительные дорожки, подъёмник для '
            || 'людей с инвалидностью', 1, 9850000),
       (603, 0, current_timestamp - interval '290' day, current_timestamp - interval '200' day, 510, 2, 'EQUIPMENT',
        'Система водоподготовки: фильтры, ультрафиолетовое обеззараживание, дозирование реагентов', 1, 7650000),
       (604, 0, current_timestamp - interval '290' day, current_timestamp - interval '200' day, 510, 3, 'WORKS',
        'Раздевалки и душевые, доступные для детей с инвалидностью (блок)', 2, 3175000),
       (605, 0, current_timestamp - interval '290' day, current_timestamp - interval '200' day, 510, 4, 'SERVICES',
        'Проектно-сметная документация, экспертиза и технический надзор за строительством', 1, 4750000);

insert into project_funding (project_id, position, source, amount)
values (510, 0, 'PROGRAMME_GRANT', 58000000),
       (510, 1, 'DISTRICT_BUDGET', 17500000),
       (510, 2, 'COMMUNITY', 2000000),
       (510, 3, 'PRIVATE', 3500000);

insert into project_score (project_id, position, criterion, points, max_points)
values (510, 0, 'Потребность сообщества', 28, 30),
       (510, 1, 'Реализуемость', 21, 25),
       (510, 2, 'Софинансирование и устойчивость', 22, 25),
       (510, 3, 'Вовлечение уязвимых групп', 19, 20);

insert into milestone (id, version, created_at, modified_at, project_id, position, title, due_on, reached_on, status)
values (701, 0, current_timestamp - interval '290' day, current_timestamp - interval '152' day, 510, 0,
        'Проектно-сметная документация разработана и прошла государственную экспертизу',
        current_date - interval '150' day, current_date - interval '152' day, 'REACHED'),
       (702, 0, current_timestamp - interval '290' day, current_timestamp - interval '34' day, 510, 1,
        'Возведено здание бассейна, забетонирована и испытана чаша',
        current_date - interval '30' day, current_date - interval '34' day, 'REACHED'),
       (703, 0, current_timestamp - interval '290' day, current_timestamp - interval '200' day, 510, 2,
        'Смонтированы оборудование бассейна и система водоподготовки',
        current_date + interval '20' day, null, 'PLANNED'),
       (704, 0, current_timestamp - interval '290' day, current_timestamp - interval '200' day, 510, 3,
        'Отделаны раздевалки, проведена пусконаладка, бассейн открыт для детей',
        current_date + interval '100' day, null, 'PLANNED');

insert into indicator (id, version, created_at, modified_at, project_id, position, name, unit, baseline, target,
                       final_value)
values (761, 0, current_timestamp - interval '290' day, current_timestamp - interval '200' day, 510, 0,
        'Дети, занимающиеся плаванием в бассейне, в месяц', 'детей', 0, 600, null),
       (762, 0, current_timestamp - interval '290' day, current_timestamp - interval '200' day, 510, 1,
        'Месяцев в году, когда детям доступно плавание', 'месяцев', 3, 12, null);

-- The quarter before last and the last quarter, whenever the data is loaded: three months back is always
-- the previous quarter. The building is still under construction, so the values have not moved yet.
insert into indicator_actual (id, version, created_at, modified_at, indicator_id, project_id, period_year,
                              period_quarter, actual_value)
values (801, 0,
        least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '5' day) - interval '85' day,
        least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '5' day) - interval '85' day,
        761, 510,
        cast(extract(year from current_date - interval '6' month) as integer),
        cast(extract(quarter from current_date - interval '6' month) as integer), 0),
       (802, 0,
        least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '5' day),
        least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '5' day),
        761, 510,
        cast(extract(year from current_date - interval '3' month) as integer),
        cast(extract(quarter from current_date - interval '3' month) as integer), 0),
       (803, 0,
        least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '5' day),
        least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '5' day),
        762, 510,
        cast(extract(year from current_date - interval '3' month) as integer),
        cast(extract(quarter from current_date - interval '3' month) as integer), 3);

insert into expenditure (id, version, created_at, modified_at, budget_line_id, project_id, amount, spent_on, document)
values (821, 0, current_timestamp - interval '150' day, current_timestamp - interval '150' day, 605, 510, 2900000,
        current_date - interval '152' day,
        'Акт выполненных работ № 7, ТОО «Зайсан Жоба» (проектно-сметная документация)'),
       (822, 0, current_timestamp - interval '138' day, current_timestamp - interval '138' day, 601, 510, 15720000,
        current_date - interval '140' day,
        'Платёжное поручение № 231, аванс 30 % подрядчику ТОО «Шығыс Құрылыс Монтаж»'),
       (823, 0, current_timestamp - interval '33' day, current_timestamp - interval '33' day, 601, 510, 21300000,
        current_date - interval '36' day,
        'Акт выполненных работ № 3, ТОО «Шығыс Құрылыс Монтаж» (здание и чаша бассейна)');

-- The report on the last quarter, submitted in the first days of this quarter and accepted four days later.
insert into progress_report (id, version, created_at, modified_at, project_id, period_year, period_quarter, narrative,
                             issues_risks, status, review_comment)
values (841, 0,
        least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '5' day),
        least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '9' day),
        510,
        cast(extract(year from current_date - interval '3' month) as integer),
        cast(extract(quarter from current_date - interval '3' month) as integer),
        'В отчётном квартале подрядчик ТОО «Шығыс Құрылыс Монтаж» продолжил возведение здания бассейна: '
            || 'смонтированы металлоконструкции каркаса и кровля, забетонирована чаша, начаты испытания чаши '
            || 'на герметичность. Рабочая группа жителей дважды проверила ход работ вместе с техническим '
            || 'надзором, замечания устранены. Оплачен аванс подрядчику; жители собрали 1,2 млн тенге из '
            || 'обещанных 2 млн на отделку раздевалок.',
        'Поставка оборудования водоподготовки задерживается у поставщика примерно на три недели; '
            || 'чтобы открыть бассейн в срок, монтаж раздевалок начнём параллельно с монтажом оборудования.',
        'ACCEPTED',
        'Отчёт принят. Просим в следующем отчёте приложить фото испытаний чаши и график поставки оборудования.');

insert into task (id, version, created_at, modified_at, project_id, kind, step_position, step_code, responsible,
                  district_id, region_id, report_id, opened_on, due_on, required_approvals, status, first_approver,
                  completed_by, completed_at, outcome, escalated_on)
values (861, 0, current_timestamp - interval '40' day, current_timestamp - interval '40' day, 510, 'STEP', 4,
        'implementation', 'DISTRICT_MAYOR', 11, 1, null, current_date - interval '40' day,
        current_date + interval '25' day, 1, 'OPEN', null, null, null, null, null),
       (862, 0,
        least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '5' day),
        least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '9' day),
        510, 'REPORT_REVIEW', 4, 'report-review', 'PROJECT_MANAGER', 11, 1, 841,
        cast(least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '5' day) as date),
        cast(least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '5' day) as date)
            + interval '14' day,
        1, 'DONE', null, 'pm.aliya',
        least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '9' day), 'APPROVE', null);

-- 520: Tavriya playground and sports ground, waiting for the governor's endorsement ----------------------
-- Budget 17 100 000 = grant 12 900 000 + district budget 2 800 000 + community 600 000 + sponsor 800 000;
-- local share 4 200 000 = 24 %.

insert into project (id, version, created_at, modified_at, district_id, call_id, workflow_id, step_position, round,
                     status, title, problem, solution, benef_total, benef_children, benef_disabled,
                     benef_vulnerable, benef_what, consulted_on, consulted_people, consulted_decision, total_cost,
                     grant_requested, grant_approved, submitted_at, lessons_learned, people_reached)
values (520, 0, current_timestamp - interval '50' day, current_timestamp - interval '3' day, 13, 500, 10, 1, 1,
        'IN_REVIEW',
        'Детская игровая и спортивная площадка в с. Таврическое',
        'В селе Таврическое живут около 420 детей, но нет ни одной оборудованной детской или спортивной '
            || 'площадки. Дети играют на проезжей части и на заброшенной территории бывшей мехмастерской; за '
            || 'последний год было два случая травм. Подросткам негде заниматься физкультурой после уроков, '
            || 'школьный стадион без покрытия и тренажёров.',
        'Оборудовать на пустующем участке в центре села, рядом со школой, огороженную площадку: игровой '
            || 'комплекс для детей 3–12 лет, уличные тренажёры и турники для подростков и взрослых, безопасное '
            || 'резиновое покрытие, освещение и скамейки. Площадка будет открыта для всех бесплатно; уход за '
            || 'ней берёт на себя аппарат акима сельского округа, жители проводят субботники весной и осенью.',
        1350, 420, 12, 65,
        'Безопасное место для игр и занятий спортом для детей и подростков села, тренажёры, доступные и для '
            || 'взрослых; площадка бесплатна для всех жителей.',
        current_date - interval '45' day, 148,
        'Сход жителей с. Таврическое (148 участников) поддержал строительство площадки и выбрал участок у '
            || 'школы. Жители соберут 600 тыс. тенге и выполнят подготовку участка своими силами; крестьянское '
            || 'хозяйство «Береке» вносит 800 тыс. тенге.',
        17100000, 12900000, 0, current_timestamp - interval '3' day, null, null);

insert into budget_line (id, version, created_at, modified_at, project_id, position, category, description, quantity,
                         unit_cost)
values (621, 0, current_timestamp - interval '50' day, current_timestamp - interval '4' day, 520, 0, 'EQUIPMENT',
        'Игровой комплекс для детей 3–12 лет: горки, качели, песочница, лазы', 1, 6400000),
       (622, 0, current_timestamp - interval '50' day, current_timestamp - interval '4' day, 520, 1, 'EQUIPMENT',
        'Уличные тренажёры и турники', 8, 385000),
       (623, 0, current_timestamp - interval '50' day, current_timestamp - interval '4' day, 520, 2, 'WORKS',
        'Устройство резинового покрытия площадки, м²', 420, 9500),
       (624, 0, current_timestamp - interval '50' day, current_timestamp - interval '4' day, 520, 3, 'WORKS',
        'Ограждение и освещение площадки', 1, 2730000),
       (625, 0, current_timestamp - interval '50' day, current_timestamp - interval '4' day, 520, 4, 'MATERIALS',
        'Скамейки и урны', 12, 75000);

insert into project_funding (project_id, position, source, amount)
values (520, 0, 'PROGRAMME_GRANT', 12900000),
       (520, 1, 'DISTRICT_BUDGET', 2800000),
       (520, 2, 'COMMUNITY', 600000),
       (520, 3, 'PRIVATE', 800000);

insert into milestone (id, version, created_at, modified_at, project_id, position, title, due_on, reached_on, status)
values (721, 0, current_timestamp - interval '50' day, current_timestamp - interval '4' day, 520, 0,
        'Закуплено оборудование площадки', current_date + interval '45' day, null, 'PLANNED'),
       (722, 0, current_timestamp - interval '50' day, current_timestamp - interval '4' day, 520, 1,
        'Уложено покрытие, установлены ограждение и освещение', current_date + interval '80' day, null, 'PLANNED'),
       (723, 0, current_timestamp - interval '50' day, current_timestamp - interval '4' day, 520, 2,
        'Оборудование смонтировано, площадка открыта', current_date + interval '100' day, null, 'PLANNED');

insert into indicator (id, version, created_at, modified_at, project_id, position, name, unit, baseline, target,
                       final_value)
values (771, 0, current_timestamp - interval '50' day, current_timestamp - interval '4' day, 520, 0,
        'Дети и подростки, регулярно занимающиеся на площадке', 'детей', 0, 250, null),
       (772, 0, current_timestamp - interval '50' day, current_timestamp - interval '4' day, 520, 1,
        'Оборудованные площадки для игр и спорта в селе', 'площадок', 0, 1, null);

insert into task (id, version, created_at, modified_at, project_id, kind, step_position, step_code, responsible,
                  district_id, region_id, report_id, opened_on, due_on, required_approvals, status, first_approver,
                  completed_by, completed_at, outcome, escalated_on)
values (871, 0, current_timestamp - interval '3' day, current_timestamp - interval '3' day, 520, 'STEP', 1,
        'endorsement', 'REGION_GOVERNOR', 13, 1, null, current_date - interval '3' day,
        current_date + interval '2' day, 1, 'OPEN', null, null, null, null, null);

-- 530: Zaisan street lighting, returned by the governor to detail the budget ------------------------------
-- Budget 20 600 000 = grant 15 000 000 + district budget 4 800 000 + community 800 000; local share
-- 5 600 000 = 27 %.

insert into project (id, version, created_at, modified_at, district_id, call_id, workflow_id, step_position, round,
                     status, title, problem, solution, benef_total, benef_children, benef_disabled,
                     benef_vulnerable, benef_what, consulted_on, consulted_people, consulted_decision, total_cost,
                     grant_requested, grant_approved, submitted_at, lessons_learned, people_reached)
values (530, 0, current_timestamp - interval '35' day, current_timestamp - interval '2' day, 11, 500, 10, 0, 2,
        'RETURNED',
        'Уличное освещение микрорайона Жастар в г. Зайсан',
        'В микрорайоне Жастар шесть улиц общей длиной около 6,5 км, освещены из них меньше километра. Зимой '
            || 'темнеет в пятом часу, и дети идут в школу и из школы, с кружков и секций по тёмным улицам; '
            || 'пожилые жители вечером не выходят из дома. Жители многократно обращались в акимат.',
        'Установить на шести улицах микрорайона энергосберегающее светодиодное освещение с автоматическим '
            || 'включением по датчику освещённости: опоры, самонесущий изолированный провод, 180 светильников. '
            || 'Содержание и оплату электроэнергии берёт на себя коммунальное предприятие района.',
        3100, 900, 38, 210,
        'Освещённые улицы по дороге в школу и к остановкам, безопасность детей и пожилых людей в тёмное время '
            || 'суток.',
        current_date - interval '40' day, 186,
        'Собрание жителей микрорайона Жастар (186 участников) поддержало проект освещения и определило '
            || 'очерёдность улиц: в первую очередь улицы, ведущие к школе № 2 и детскому саду. Жители соберут '
            || '800 тыс. тенге.',
        20600000, 15000000, 0, current_timestamp - interval '9' day, null, null);

insert into budget_line (id, version, created_at, modified_at, project_id, position, category, description, quantity,
                         unit_cost)
values (631, 0, current_timestamp - interval '35' day, current_timestamp - interval '10' day, 530, 0, 'EQUIPMENT',
        'Светодиодные светильники уличного освещения 100 Вт', 180, 48000),
       (632, 0, current_timestamp - interval '35' day, current_timestamp - interval '10' day, 530, 1, 'MATERIALS',
        'Опоры освещения и кабель СИП', 1, 6900000),
       (633, 0, current_timestamp - interval '35' day, current_timestamp - interval '10' day, 530, 2, 'WORKS',
        'Монтажные работы', 1, 4300000),
       (634, 0, current_timestamp - interval '35' day, current_timestamp - interval '10' day, 530, 3, 'SERVICES',
        'Проект наружного освещения', 1, 760000);

insert into project_funding (project_id, position, source, amount)
values (530, 0, 'PROGRAMME_GRANT', 15000000),
       (530, 1, 'DISTRICT_BUDGET', 4800000),
       (530, 2, 'COMMUNITY', 800000);

insert into milestone (id, version, created_at, modified_at, project_id, position, title, due_on, reached_on, status)
values (731, 0, current_timestamp - interval '35' day, current_timestamp - interval '10' day, 530, 0,
        'Проект наружного освещения разработан и согласован', current_date + interval '40' day, null, 'PLANNED'),
       (732, 0, current_timestamp - interval '35' day, current_timestamp - interval '10' day, 530, 1,
        'Установлены опоры, проложен кабель', current_date + interval '90' day, null, 'PLANNED'),
       (733, 0, current_timestamp - interval '35' day, current_timestamp - interval '10' day, 530, 2,
        'Смонтированы светильники, освещение включено', current_date + interval '110' day, null, 'PLANNED');

insert into indicator (id, version, created_at, modified_at, project_id, position, name, unit, baseline, target,
                       final_value)
values (781, 0, current_timestamp - interval '35' day, current_timestamp - interval '10' day, 530, 0,
        'Освещённые улицы микрорайона', 'км', 0.8, 6.5, null),
       (782, 0, current_timestamp - interval '35' day, current_timestamp - interval '10' day, 530, 1,
        'Работающие светильники уличного освещения', 'шт.', 14, 194, null);

insert into task (id, version, created_at, modified_at, project_id, kind, step_position, step_code, responsible,
                  district_id, region_id, report_id, opened_on, due_on, required_approvals, status, first_approver,
                  completed_by, completed_at, outcome, escalated_on)
values (881, 0, current_timestamp - interval '9' day, current_timestamp - interval '2' day, 530, 'STEP', 1,
        'endorsement', 'REGION_GOVERNOR', 11, 1, null, current_date - interval '9' day,
        current_date - interval '2' day, 1, 'DONE', null, 'governor.east', current_timestamp - interval '2' day,
        'RETURN', null),
       (882, 0, current_timestamp - interval '2' day, current_timestamp - interval '2' day, 530, 'STEP', 0,
        'submission', 'DISTRICT_MAYOR', 11, 1, null, current_date - interval '2' day,
        current_date + interval '8' day, 1, 'OPEN', null, null, null, null, null);

-- 540: Ekibastuz fountain, rejected at appraisal ---------------------------------------------------------
-- Budget 17 200 000 = grant 13 500 000 + city budget 3 700 000; local share 3 700 000 = 21 %. Rejected
-- before any scores were given (scores are kept only when an appraisal is approved).

insert into project (id, version, created_at, modified_at, district_id, call_id, workflow_id, step_position, round,
                     status, title, problem, solution, benef_total, benef_children, benef_disabled,
                     benef_vulnerable, benef_what, consulted_on, consulted_people, consulted_decision, total_cost,
                     grant_requested, grant_approved, submitted_at, lessons_learned, people_reached)
values (540, 0, current_timestamp - interval '58' day, current_timestamp - interval '25' day, 32, 500, 10, 2, 1,
        'REJECTED',
        'Реконструкция фонтана на центральной площади г. Экибастуз',
        'Фонтан на центральной площади не работает шесть лет: чаша разрушена, насосы вышли из строя. Площадь '
            || 'потеряла вид, в летние вечера жителям негде отдохнуть у воды.',
        'Отремонтировать чашу фонтана, заменить насосное оборудование и форсунки, установить светодиодную '
            || 'подсветку. Содержание фонтана берёт на себя городской отдел ЖКХ.',
        8000, 2500, 0, 0,
        'Место отдыха для жителей и гостей города в летний сезон.',
        current_date - interval '50' day, 64,
        'Встреча с жителями в акимате города (64 участника) поддержала ремонт фонтана.',
        17200000, 13500000, 0, current_timestamp - interval '40' day, null, null);

insert into budget_line (id, version, created_at, modified_at, project_id, position, category, description, quantity,
                         unit_cost)
values (641, 0, current_timestamp - interval '58' day, current_timestamp - interval '41' day, 540, 0, 'WORKS',
        'Демонтаж и ремонт чаши фонтана', 1, 9200000),
       (642, 0, current_timestamp - interval '58' day, current_timestamp - interval '41' day, 540, 1, 'EQUIPMENT',
        'Насосное оборудование и форсунки', 1, 5600000),
       (643, 0, current_timestamp - interval '58' day, current_timestamp - interval '41' day, 540, 2, 'EQUIPMENT',
        'Светодиодная подсветка фонтана', 1, 2400000);

insert into project_funding (project_id, position, source, amount)
values (540, 0, 'PROGRAMME_GRANT', 13500000),
       (540, 1, 'DISTRICT_BUDGET', 3700000);

insert into milestone (id, version, created_at, modified_at, project_id, position, title, due_on, reached_on, status)
values (741, 0, current_timestamp - interval '58' day, current_timestamp - interval '41' day, 540, 0,
        'Демонтаж старого оборудования и ремонт чаши', current_date + interval '60' day, null, 'PLANNED'),
       (742, 0, current_timestamp - interval '58' day, current_timestamp - interval '41' day, 540, 1,
        'Фонтан запущен', current_date + interval '150' day, null, 'PLANNED');

insert into indicator (id, version, created_at, modified_at, project_id, position, name, unit, baseline, target,
                       final_value)
values (791, 0, current_timestamp - interval '58' day, current_timestamp - interval '41' day, 540, 0,
        'Дни работы фонтана за летний сезон', 'дней', 0, 120, null);

insert into task (id, version, created_at, modified_at, project_id, kind, step_position, step_code, responsible,
                  district_id, region_id, report_id, opened_on, due_on, required_approvals, status, first_approver,
                  completed_by, completed_at, outcome, escalated_on)
values (891, 0, current_timestamp - interval '40' day, current_timestamp - interval '37' day, 540, 'STEP', 1,
        'endorsement', 'REGION_GOVERNOR', 32, 2, null, current_date - interval '40' day,
        current_date - interval '33' day, 1, 'DONE', null, 'governor.pavlodar', current_timestamp - interval '37' day,
        'APPROVE', null),
       (892, 0, current_timestamp - interval '37' day, current_timestamp - interval '25' day, 540, 'STEP', 2,
        'appraisal', 'PROJECT_MANAGER', 32, 2, null, current_date - interval '37' day,
        current_date - interval '23' day, 1, 'DONE', null, 'pm.daniyar', current_timestamp - interval '25' day,
        'REJECT', null);

-- 550: a Zaisan draft, the mayor's work in progress (no budget yet, no task) ------------------------------

insert into project (id, version, created_at, modified_at, district_id, call_id, workflow_id, step_position, round,
                     status, title, problem, solution, benef_total, benef_children, benef_disabled,
                     benef_vulnerable, benef_what, consulted_on, consulted_people, consulted_decision, total_cost,
                     grant_requested, grant_approved, submitted_at, lessons_learned, people_reached)
values (550, 0, current_timestamp - interval '6' day, current_timestamp - interval '1' day, 11, 500, 10, 0, 1,
        'DRAFT',
        'Хоккейная коробка и детский каток в г. Зайсан',
        'В городе нет ни катка, ни хоккейной коробки: зимой дети катаются на коньках на льду водоёмов, где '
            || 'почти каждый год случаются провалы под лёд. Школьная команда по хоккею тренируется на '
            || 'расчищенной площадке без бортов и освещения.',
        null, null, null, null, null, null, null, null, null, 0, 0, 0, null, null, null);

-- Notifications (in-app) ----------------------------------------------------------------------------------
-- Arguments are joined by the unit separator U+001F, as Notification does; the due dates are the tasks' own.

insert into notification (id, version, created_at, modified_at, recipient, kind, message_key, arguments, link, read_at)
values (901, 0, current_timestamp - interval '3' day, current_timestamp - interval '3' day, 'governor.east',
        'task.assigned', 'notify.task.assigned',
        concat((select title from project where id = 520), chr(31), '@project.step.endorsement', chr(31),
               to_char(current_date + interval '2' day, 'DD.MM.YYYY')),
        '/work/project.xhtml?id=520', null),
       (902, 0, current_timestamp - interval '2' day, current_timestamp - interval '2' day, 'akim.zaisan',
        'proposal.returned', 'notify.project.returned',
        concat((select title from project where id = 530), chr(31),
               'Прошу детализировать бюджет: строку «Опоры освещения и кабель СИП» разделить на опоры (количество '
                   || 'и цена за штуку) и кабель (метры и цена за метр), к монтажным работам приложить смету. '
                   || 'Проект в целом поддерживаю.'),
        '/work/project.xhtml?id=530', null),
       (903, 0, current_timestamp - interval '2' day, current_timestamp - interval '2' day, 'akim.zaisan',
        'task.assigned', 'notify.task.assigned',
        concat((select title from project where id = 530), chr(31), '@project.step.submission', chr(31),
               to_char(current_date + interval '8' day, 'DD.MM.YYYY')),
        '/work/project.xhtml?id=530', null),
       (904, 0, current_timestamp - interval '40' day, current_timestamp - interval '38' day, 'akim.zaisan',
        'task.assigned', 'notify.task.assigned',
        concat((select title from project where id = 510), chr(31), '@project.step.implementation', chr(31),
               to_char(current_date + interval '25' day, 'DD.MM.YYYY')),
        '/work/project.xhtml?id=510', current_timestamp - interval '38' day),
       (905, 0,
        least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '9' day),
        least(current_timestamp, date_trunc('quarter', current_timestamp) + interval '9' day),
        'akim.zaisan', 'report.accepted', 'notify.report.accepted',
        concat((select title from project where id = 510), chr(31),
               cast(extract(year from current_date - interval '3' month) as integer), ' Q',
               cast(extract(quarter from current_date - interval '3' month) as integer)),
        '/work/project.xhtml?id=510', null),
       (906, 0, current_timestamp - interval '40' day, current_timestamp - interval '39' day, 'governor.pavlodar',
        'task.assigned', 'notify.task.assigned',
        concat((select title from project where id = 540), chr(31), '@project.step.endorsement', chr(31),
               to_char(current_date - interval '33' day, 'DD.MM.YYYY')),
        '/work/project.xhtml?id=540', current_timestamp - interval '39' day),
       (907, 0, current_timestamp - interval '25' day, current_timestamp - interval '24' day, 'akim.ekibastuz',
        'grant.decided', 'notify.project.rejected',
        concat((select title from project where id = 540), chr(31),
               'Проект не отвечает приоритетам конкурса: ремонт фонтана не решает социальной проблемы, не '
                   || 'улучшает доступ детей и уязвимых групп к услугам и может быть профинансирован из городского '
                   || 'бюджета. Во встрече с жителями участвовали 64 человека из 8 000 благополучателей. Предлагаем '
                   || 'подать на этот конкурс проект, выбранный на собрании жителей микрорайона.'),
        '/work/project.xhtml?id=540', current_timestamp - interval '24' day);
