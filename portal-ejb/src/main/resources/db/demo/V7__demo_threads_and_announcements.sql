-- Demonstration data: officials talk to each other. A thread of akim.zaisan with governor.east about the
-- Zaisan swimming pool (project 510), a thread of akim.tavriya with the project managers about the water
-- treatment project waiting for the PME-201 course (project 460 of demo V4), an announcement of
-- governor.east to the mayors of East Kazakhstan and one of pm.aliya to all mayors. Demo mayors have no
-- official row until they first sign in, so there are no receipts and no read markers here: they appear
-- when the mayors read. Loaded only with portal.demo-data on, after demo V1-V6. Common SQL of H2 and
-- PostgreSQL.
--
-- Ids 200-299: official_thread 200 and 210, thread_message 201-204 and 211-212, announcement 220 and 230.

insert into official_thread (id, version, created_at, modified_at, channel, subject, district_id, region_id,
                             official_username, official_role, project_id, status, started_by, status_changed_by,
                             status_changed_at, message_count, last_message_at)
values (200, 3, current_timestamp - interval '6' day, current_timestamp - interval '1' day, 'GOVERNOR',
        'Бассейн: задержка поставки оборудования для подогрева воды', 11, 1, null, null, 510, 'OPEN',
        'akim.zaisan', null, null, 4, current_timestamp - interval '1' day),
       (210, 1, current_timestamp - interval '3' day, current_timestamp - interval '2' day, 'PROJECT_MANAGERS',
        'Водоочистка Таврии: курс PME-201 до решения о гранте', 13, 1, 'akim.tavriya', 'MAYOR', 460, 'OPEN',
        'akim.tavriya', null, null, 2, current_timestamp - interval '2' day);

insert into thread_message (id, version, created_at, modified_at, thread_id, author_username, author_role, body,
                            posted_at)
values (201, 0, current_timestamp - interval '6' day, current_timestamp - interval '6' day, 200, 'akim.zaisan',
        'MAYOR', 'Поставщик сообщил, что теплообменник для бассейна придёт на три недели позже срока.'
        || ' Прошу совета: переносить ли веху «Монтаж инженерных систем» или искать другого поставщика?',
        current_timestamp - interval '6' day),
       (202, 0, current_timestamp - interval '5' day, current_timestamp - interval '5' day, 200, 'governor.east',
        'GOVERNOR', 'Пришлите письмо поставщика. Если задержка подтверждена, перенесите веху и укажите причину'
        || ' в ближайшем отчёте о ходе работ; менять поставщика на этом этапе не стоит.',
        current_timestamp - interval '5' day),
       (203, 0, current_timestamp - interval '2' day, current_timestamp - interval '2' day, 200, 'akim.zaisan',
        'MAYOR', 'Письмо получено, новая дата поставки 20-го числа. Веху перенесём, в отчёте укажем.',
        current_timestamp - interval '2' day),
       (204, 0, current_timestamp - interval '1' day, current_timestamp - interval '1' day, 200, 'governor.east',
        'GOVERNOR', 'Хорошо. Отметьте обсуждение решённым, когда оборудование будет на месте.',
        current_timestamp - interval '1' day),
       (211, 0, current_timestamp - interval '3' day, current_timestamp - interval '3' day, 210, 'akim.tavriya',
        'MAYOR', 'Проект водоочистки ждёт решения о гранте, пока я не пройду курс PME-201. Ближайшая сессия'
        || ' заполнена. Можно ли записаться в лист ожидания и сохранить место проекта в очереди?',
        current_timestamp - interval '3' day),
       (212, 0, current_timestamp - interval '2' day, current_timestamp - interval '2' day, 210, 'pm.daniyar',
        'PROJECT_MANAGER', 'Да, запишитесь в лист ожидания: проект остаётся на шаге решения о гранте и'
        || ' ничего не теряет. Мы уведомим вас, если откроется дополнительная онлайн-сессия.',
        current_timestamp - interval '2' day);

insert into announcement (id, version, created_at, modified_at, sender_username, sender_role, region_id, subject,
                          body, sent_at)
values (220, 0, current_timestamp - interval '4' day, current_timestamp - interval '4' day, 'governor.east',
        'GOVERNOR', 1, 'Отопительный сезон: отчёт о работе котельных за первую неделю',
        'Уважаемые акимы! До конца недели пришлите отчёты о работе котельных и температуре в социальных объектах за первую'
        || ' неделю морозов. Особое внимание — школам и объектам, построенным по программе в этом году.',
        current_timestamp - interval '4' day),
       (230, 0, current_timestamp - interval '2' day, current_timestamp - interval '2' day, 'pm.aliya',
        'PROJECT_MANAGER', null, 'Конкурс грантов 2027: информационная сессия',
        'Приглашаем акимов на онлайн-сессию о новом конкурсе грантов на местные инициативы: условия,'
        || ' софинансирование, типичные ошибки заявок. Ссылка будет в календаре обучения.',
        current_timestamp - interval '2' day);
