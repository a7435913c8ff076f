-- Demonstration data for development: the training programme for mayors. Three published courses and a
-- draft, two completed sessions with their attendance, scores, outcomes, certificates and evaluations, and
-- three upcoming sessions (one open with free seats, one open and full with a waiting list, one planned).
-- Loaded by Flyway (table flyway_demo_history) only with portal.demo-data on, after demo V1 and V2.
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL share.
--
-- Ids 300-399 (ids below 1000 are reserved for rows that migrations insert; portal_seq starts at 1000):
--   course 300-303, training_session 310-314, enrolment 320-329, certificate 340-343, evaluation 350-353.
-- Dates are relative to the day the data is loaded. Trainees are the demo mayors by username, with the names
-- Keycloak gives them; their official rows appear at their first login, the enrolments do not need them.
-- Outcomes agree with the rules: a course is completed with at least min_attendance_pct of the session's days
-- present and a post-test at or above pass_mark; certificates exist for completed enrolments only.
--
--   310 PME-201, completed 50-48 days ago, Ust-Kamenogorsk: akim.zaisan completed (certificate 340,
--       code ZSN4-PME2-K7QA), akim.tavriya did not (2 of 3 days, post-test 62 < 70), akim.ekibastuz completed
--   311 PUB-101, completed 20-19 days ago, online: akim.zaisan and akim.tavriya completed
--   312 PME-201, open, in 40-42 days, Ust-Kamenogorsk, 15 seats, nobody yet (akim.tavriya's course to take)
--   313 LBP-301, open, in 20-21 days, online, 2 seats: akim.zaisan confirmed, akim.ekibastuz requested,
--       akim.tavriya first on the waiting list
--   314 PUB-101, planned, in 70-71 days, Ust-Kamenogorsk

-- Courses -----------------------------------------------------------------------------------------------

insert into course (id, version, created_at, modified_at, code, title, description, objectives, topics,
                    target_roles, hours, min_attendance_pct, pass_mark, status)
values (300, 0, current_timestamp - interval '200' day, current_timestamp - interval '190' day, 'PUB-101',
        'Работа с населением',
        'Как акиму слышать жителей и отвечать им: сходы и общественные слушания, обращения граждан и сроки ответа, '
        || 'открытые данные о проектах и обратная связь.',
        'Провести сход жителей и оформить протокол; ответить на обращение в установленный законом срок; '
        || 'рассказать жителям о результатах проекта.',
        'Сходы и собрания местного сообщества; обращения физических и юридических лиц; приоритизация нужд; '
        || 'информирование о результатах; работа с уязвимыми группами.',
        'mayor', 16, 80, 60, 'PUBLISHED'),
       (301, 0, current_timestamp - interval '200' day, current_timestamp - interval '180' day, 'PME-201',
        'Планирование, мониторинг и оценка социальных проектов',
        'Жизненный цикл местного проекта развития: от потребности жителей до оценки результатов. '
        || 'Обязателен для акимов перед решением о гранте.',
        'Составить логическую рамку проекта; выбрать индикаторы с базовым и целевым значением; '
        || 'вести мониторинг и готовить квартальные отчёты; провести итоговую оценку.',
        'Анализ проблем и целей; бюджет и софинансирование; индикаторы и их измерение; риски; '
        || 'мониторинг и отчётность; итоговая оценка и уроки.',
        'governor,mayor', 24, 80, 70, 'PUBLISHED'),
       (302, 0, current_timestamp - interval '150' day, current_timestamp - interval '140' day, 'LBP-301',
        'Местные бюджеты и бюджетирование с участием граждан',
        'Бюджет четвёртого уровня, доходы и расходы сельского округа и города районного значения, '
        || 'бюджет народного участия.',
        'Читать местный бюджет; подготовить бюджетную заявку; организовать голосование жителей за проекты '
        || 'бюджета народного участия.',
        'Бюджетный кодекс и местное самоуправление; доходы бюджета четвёртого уровня; бюджет народного '
        || 'участия; софинансирование проектов; подотчётность жителям.',
        'mayor', 16, 80, 65, 'PUBLISHED'),
       (303, 0, current_timestamp - interval '10' day, current_timestamp - interval '3' day, 'GRB-110',
        'Гендерно-ориентированное бюджетирование',
        'Черновик курса: как учитывать потребности женщин и мужчин, девочек и мальчиков в местных проектах.',
        null, null, 'governor,mayor', 8, 100, 60, 'DRAFT');

insert into course_material (course_id, position, title, url, attachment_id)
values (300, 0, 'Закон РК «О порядке рассмотрения обращений физических и юридических лиц»',
        'https://adilet.zan.kz/rus/docs/Z070000221_', null),
       (300, 1, 'Программа развития ООН в Казахстане', 'https://www.undp.org/ru/kazakhstan', null),
       (301, 0, 'Программа развития ООН в Казахстане', 'https://www.undp.org/ru/kazakhstan', null),
       (302, 0, 'Бюджетный кодекс Республики Казахстан', 'https://adilet.zan.kz/rus/docs/K080000095_', null);

-- Sessions ----------------------------------------------------------------------------------------------

insert into training_session (id, version, created_at, modified_at, course_id, first_day, last_day, starts_at,
                              ends_at, venue, online_link, capacity, status, cancel_reason)
values (310, 3, current_timestamp - interval '90' day, current_timestamp - interval '47' day, 301,
        current_date - interval '50' day, current_date - interval '48' day, time '10:00:00', time '17:00:00',
        'Усть-Каменогорск, ул. Горького 40, учебный центр акимата области', null, 20, 'COMPLETED', null),
       (311, 3, current_timestamp - interval '60' day, current_timestamp - interval '18' day, 300,
        current_date - interval '20' day, current_date - interval '19' day, time '10:00:00', time '13:00:00',
        null, 'https://meet.birge.example.kz/pub-101', 30, 'COMPLETED', null),
       (312, 1, current_timestamp - interval '14' day, current_timestamp - interval '12' day, 301,
        current_date + interval '40' day, current_date + interval '42' day, time '10:00:00', time '17:00:00',
        'Усть-Каменогорск, ул. Горького 40, учебный центр акимата области', null, 15, 'OPEN', null),
       (313, 1, current_timestamp - interval '30' day, current_timestamp - interval '28' day, 302,
        current_date + interval '20' day, current_date + interval '21' day, time '15:00:00', time '18:00:00',
        null, 'https://meet.birge.example.kz/lbp-301', 2, 'OPEN', null),
       (314, 0, current_timestamp - interval '5' day, current_timestamp - interval '5' day, 300,
        current_date + interval '70' day, current_date + interval '71' day, time '10:00:00', time '17:00:00',
        'Усть-Каменогорск, ул. Горького 40, учебный центр акимата области', null, 25, 'PLANNED', null);

insert into training_session_day (session_id, on_day)
values (310, current_date - interval '50' day), (310, current_date - interval '49' day),
       (310, current_date - interval '48' day),
       (311, current_date - interval '20' day), (311, current_date - interval '19' day),
       (312, current_date + interval '40' day), (312, current_date + interval '41' day),
       (312, current_date + interval '42' day),
       (313, current_date + interval '20' day), (313, current_date + interval '21' day),
       (314, current_date + interval '70' day), (314, current_date + interval '71' day);

insert into training_session_trainer (session_id, username)
values (310, 'trainer.saule'), (311, 'trainer.saule'), (312, 'trainer.saule'), (313, 'trainer.saule'),
       (314, 'trainer.saule');

-- Enrolments, attendance and scores ---------------------------------------------------------------------

insert into enrolment (id, version, created_at, modified_at, session_id, trainee_username, trainee_name,
                       district_id, region_id, status, queued_at, nominated_by, pre_score, post_score)
values (320, 4, current_timestamp - interval '70' day, current_timestamp - interval '47' day, 310, 'akim.zaisan',
        'Алмас Ондаканов', 11, 1, 'COMPLETED', current_timestamp - interval '70' day, null, 45, 85),
       (321, 4, current_timestamp - interval '69' day, current_timestamp - interval '47' day, 310, 'akim.tavriya',
        'Адылбек Рамазанов', 13, 1, 'NOT_COMPLETED', current_timestamp - interval '69' day, 'governor.east', 40, 62),
       (322, 4, current_timestamp - interval '66' day, current_timestamp - interval '47' day, 310,
        'akim.ekibastuz', 'Ерлан Жаксылыков', 32, 2, 'COMPLETED', current_timestamp - interval '66' day, null,
        55, 78),
       (323, 4, current_timestamp - interval '40' day, current_timestamp - interval '18' day, 311, 'akim.zaisan',
        'Алмас Ондаканов', 11, 1, 'COMPLETED', current_timestamp - interval '40' day, null, 50, 80),
       (324, 4, current_timestamp - interval '39' day, current_timestamp - interval '18' day, 311, 'akim.tavriya',
        'Адылбек Рамазанов', 13, 1, 'COMPLETED', current_timestamp - interval '39' day, null, 35, 72),
       (326, 1, current_timestamp - interval '25' day, current_timestamp - interval '24' day, 313, 'akim.zaisan',
        'Алмас Ондаканов', 11, 1, 'CONFIRMED', current_timestamp - interval '25' day, null, null, null),
       (327, 0, current_timestamp - interval '6' day, current_timestamp - interval '6' day, 313, 'akim.ekibastuz',
        'Ерлан Жаксылыков', 32, 2, 'REQUESTED', current_timestamp - interval '6' day, null, null, null),
       (328, 0, current_timestamp - interval '2' day, current_timestamp - interval '2' day, 313, 'akim.tavriya',
        'Адылбек Рамазанов', 13, 1, 'WAITLISTED', current_timestamp - interval '2' day, 'governor.east', null,
        null);

insert into enrolment_attendance (enrolment_id, on_day)
values (320, current_date - interval '50' day), (320, current_date - interval '49' day),
       (320, current_date - interval '48' day),
       (321, current_date - interval '50' day), (321, current_date - interval '49' day),
       (322, current_date - interval '50' day), (322, current_date - interval '49' day),
       (322, current_date - interval '48' day),
       (323, current_date - interval '20' day), (323, current_date - interval '19' day),
       (324, current_date - interval '20' day), (324, current_date - interval '19' day);

-- Certificates of the completed enrolments --------------------------------------------------------------

insert into certificate (id, version, created_at, modified_at, enrolment_id, code, trainee_username, trainee_name,
                         course_code, course_title, hours, first_day, last_day, issued_on, revoked_at, revoke_reason)
values (340, 0, current_timestamp - interval '47' day, current_timestamp - interval '47' day, 320, 'ZSN4-PME2-K7QA',
        'akim.zaisan', 'Алмас Ондаканов', 'PME-201', 'Планирование, мониторинг и оценка социальных проектов', 24,
        current_date - interval '50' day, current_date - interval '48' day, current_date - interval '47' day, null,
        null),
       (341, 0, current_timestamp - interval '47' day, current_timestamp - interval '47' day, 322, 'EKB7-PME2-R4TW',
        'akim.ekibastuz', 'Ерлан Жаксылыков', 'PME-201', 'Планирование, мониторинг и оценка социальных проектов',
        24, current_date - interval '50' day, current_date - interval '48' day, current_date - interval '47' day,
        null, null),
       (342, 0, current_timestamp - interval '18' day, current_timestamp - interval '18' day, 323, 'ZSN4-PUB1-M3HX',
        'akim.zaisan', 'Алмас Ондаканов', 'PUB-101', 'Работа с населением', 16, current_date - interval '20' day,
        current_date - interval '19' day, current_date - interval '18' day, null, null),
       (343, 0, current_timestamp - interval '18' day, current_timestamp - interval '18' day, 324, 'TVR5-PUB1-Q8NC',
        'akim.tavriya', 'Адылбек Рамазанов', 'PUB-101', 'Работа с населением', 16, current_date - interval '20' day,
        current_date - interval '19' day, current_date - interval '18' day, null, null);

-- Evaluations of the completed sessions -----------------------------------------------------------------

insert into evaluation (id, version, created_at, modified_at, enrolment_id, session_id, course_id, usefulness,
                        trainer_rating, organisation, comment)
values (350, 0, current_timestamp - interval '46' day, current_timestamp - interval '46' day, 320, 310, 301, 5, 5,
        4, 'Логическая рамка и индикаторы сразу пригодились для проекта бассейна.'),
       (351, 0, current_timestamp - interval '45' day, current_timestamp - interval '45' day, 322, 310, 301, 4, 5,
        4, null),
       (352, 0, current_timestamp - interval '17' day, current_timestamp - interval '17' day, 323, 311, 300, 5, 4,
        5, null),
       (353, 0, current_timestamp - interval '16' day, current_timestamp - interval '16' day, 324, 311, 300, 4, 4,
        3, 'Хотелось бы больше практики по ответам на жалобы; связь иногда прерывалась.');
