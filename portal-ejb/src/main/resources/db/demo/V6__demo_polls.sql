-- Demonstration data for development: community polls of the demo districts. Loaded by Flyway (table
-- flyway_demo_history) only with portal.demo-data on, after the common migrations and demo V1-V4.
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL share; every date is relative to the day the
-- data is loaded, every version is 0.
--
-- Ids 100-199: poll 100, 110, 120, 130; poll_option 101-105, 111-113, 121-123, 131-133; poll_vote 140-197.
--   100 Zaisan (11), CLOSED about ten months ago: "What would most improve our children's lives?"; 40 votes,
--       the indoor swimming pool won (15) and became project 510 (project.poll_id = 100, poll_option_id = 101);
--       resident.zaisan voted for it.
--   110 Zaisan (11), OPEN: where the new bus stop should go; 10 votes, not yet from resident.zaisan.
--   120 Tavriya (13), OPEN: what the village needs first; 8 votes.
--   130 Zaisan (11), DRAFT: which clubs the House of Culture should start; only the mayor sees it.
-- The voters other than resident.zaisan are demo usernames (resident.demo.NNN) without accounts.

-- 100: the closed Zaisan poll that led to the children's swimming pool (project 510) ----------------------
insert into poll (id, version, created_at, modified_at, district_id, question, description, opens_on, closes_on,
                  status, created_by, closed_at)
values (100, 0, current_timestamp - interval '338' day, current_timestamp - interval '335' day, 11,
        'Что больше всего улучшит жизнь наших детей?',
        'Районный акимат готовит заявку на грант программы Birge. Выберите один объект для детей, который, по-вашему, '
            || 'нужен району больше всего. Победивший вариант акимат вынесет на собрание жителей и включит в заявку.',
        current_date - interval '335' day, current_date - interval '315' day, 'CLOSED', 'akim.zaisan', current_timestamp - interval '315' day);
insert into poll_option (id, version, created_at, modified_at, poll_id, position, label)
values (101, 0, current_timestamp - interval '338' day, current_timestamp - interval '338' day, 100, 0, 'Крытый детский плавательный бассейн'),
       (102, 0, current_timestamp - interval '338' day, current_timestamp - interval '338' day, 100, 1, 'Детская игровая площадка в микрорайоне'),
       (103, 0, current_timestamp - interval '338' day, current_timestamp - interval '338' day, 100, 2, 'Спортивный зал при школе № 1'),
       (104, 0, current_timestamp - interval '338' day, current_timestamp - interval '338' day, 100, 3, 'Крытый каток'),
       (105, 0, current_timestamp - interval '338' day, current_timestamp - interval '338' day, 100, 4, 'Детский клуб творчества');
insert into poll_vote (id, version, created_at, modified_at, poll_id, option_id, voter_username, voted_at)
values (140, 0, current_timestamp - interval '330' day, current_timestamp - interval '330' day, 100, 101, 'resident.zaisan', current_timestamp - interval '330' day),
       (141, 0, current_timestamp - interval '329' day, current_timestamp - interval '329' day, 100, 101, 'resident.demo.001', current_timestamp - interval '329' day),
       (142, 0, current_timestamp - interval '328' day, current_timestamp - interval '328' day, 100, 101, 'resident.demo.002', current_timestamp - interval '328' day),
       (143, 0, current_timestamp - interval '327' day, current_timestamp - interval '327' day, 100, 101, 'resident.demo.003', current_timestamp - interval '327' day),
       (144, 0, current_timestamp - interval '326' day, current_timestamp - interval '326' day, 100, 101, 'resident.demo.004', current_timestamp - interval '326' day),
       (145, 0, current_timestamp - interval '325' day, current_timestamp - interval '325' day, 100, 101, 'resident.demo.005', current_timestamp - interval '325' day),
       (146, 0, current_timestamp - interval '324' day, current_timestamp - interval '324' day, 100, 101, 'resident.demo.006', current_timestamp - interval '324' day),
       (147, 0, current_timestamp - interval '323' day, current_timestamp - interval '323' day, 100, 101, 'resident.demo.007', current_timestamp - interval '323' day),
       (148, 0, current_timestamp - interval '322' day, current_timestamp - interval '322' day, 100, 101, 'resident.demo.008', current_timestamp - interval '322' day),
       (149, 0, current_timestamp - interval '321' day, current_timestamp - interval '321' day, 100, 101, 'resident.demo.009', current_timestamp - interval '321' day),
       (150, 0, current_timestamp - interval '320' day, current_timestamp - interval '320' day, 100, 101, 'resident.demo.010', current_timestamp - interval '320' day),
       (151, 0, current_timestamp - interval '319' day, current_timestamp - interval '319' day, 100, 101, 'resident.demo.011', current_timestamp - interval '319' day),
       (152, 0, current_timestamp - interval '330' day, current_timestamp - interval '330' day, 100, 101, 'resident.demo.012', current_timestamp - interval '330' day),
       (153, 0, current_timestamp - interval '329' day, current_timestamp - interval '329' day, 100, 101, 'resident.demo.013', current_timestamp - interval '329' day),
       (154, 0, current_timestamp - interval '328' day, current_timestamp - interval '328' day, 100, 101, 'resident.demo.014', current_timestamp - interval '328' day),
       (155, 0, current_timestamp - interval '327' day, current_timestamp - interval '327' day, 100, 102, 'resident.demo.015', current_timestamp - interval '327' day),
       (156, 0, current_timestamp - interval '326' day, current_timestamp - interval '326' day, 100, 102, 'resident.demo.016', current_timestamp - interval '326' day),
       (157, 0, current_timestamp - interval '325' day, current_timestamp - interval '325' day, 100, 102, 'resident.demo.017', current_timestamp - interval '325' day),
       (158, 0, current_timestamp - interval '324' day, current_timestamp - interval '324' day, 100, 102, 'resident.demo.018', current_timestamp - interval '324' day),
       (159, 0, current_timestamp - interval '323' day, current_timestamp - interval '323' day, 100, 102, 'resident.demo.019', current_timestamp - interval '323' day),
       (160, 0, current_timestamp - interval '322' day, current_timestamp - interval '322' day, 100, 102, 'resident.demo.020', current_timestamp - interval '322' day),
       (161, 0, current_timestamp - interval '321' day, current_timestamp - interval '321' day, 100, 102, 'resident.demo.021', current_timestamp - interval '321' day),
       (162, 0, current_timestamp - interval '320' day, current_timestamp - interval '320' day, 100, 102, 'resident.demo.022', current_timestamp - interval '320' day),
       (163, 0, current_timestamp - interval '319' day, current_timestamp - interval '319' day, 100, 102, 'resident.demo.023', current_timestamp - interval '319' day),
       (164, 0, current_timestamp - interval '330' day, current_timestamp - interval '330' day, 100, 102, 'resident.demo.024', current_timestamp - interval '330' day),
       (165, 0, current_timestamp - interval '329' day, current_timestamp - interval '329' day, 100, 103, 'resident.demo.025', current_timestamp - interval '329' day),
       (166, 0, current_timestamp - interval '328' day, current_timestamp - interval '328' day, 100, 103, 'resident.demo.026', current_timestamp - interval '328' day),
       (167, 0, current_timestamp - interval '327' day, current_timestamp - interval '327' day, 100, 103, 'resident.demo.027', current_timestamp - interval '327' day),
       (168, 0, current_timestamp - interval '326' day, current_timestamp - interval '326' day, 100, 103, 'resident.demo.028', current_timestamp - interval '326' day),
       (169, 0, current_timestamp - interval '325' day, current_timestamp - interval '325' day, 100, 103, 'resident.demo.029', current_timestamp - interval '325' day),
       (170, 0, current_timestamp - interval '324' day, current_timestamp - interval '324' day, 100, 103, 'resident.demo.030', current_timestamp - interval '324' day),
       (171, 0, current_timestamp - interval '323' day, current_timestamp - interval '323' day, 100, 103, 'resident.demo.031', current_timestamp - interval '323' day),
       (172, 0, current_timestamp - interval '322' day, current_timestamp - interval '322' day, 100, 104, 'resident.demo.032', current_timestamp - interval '322' day),
       (173, 0, current_timestamp - interval '321' day, current_timestamp - interval '321' day, 100, 104, 'resident.demo.033', current_timestamp - interval '321' day),
       (174, 0, current_timestamp - interval '320' day, current_timestamp - interval '320' day, 100, 104, 'resident.demo.034', current_timestamp - interval '320' day),
       (175, 0, current_timestamp - interval '319' day, current_timestamp - interval '319' day, 100, 104, 'resident.demo.035', current_timestamp - interval '319' day),
       (176, 0, current_timestamp - interval '330' day, current_timestamp - interval '330' day, 100, 104, 'resident.demo.036', current_timestamp - interval '330' day),
       (177, 0, current_timestamp - interval '329' day, current_timestamp - interval '329' day, 100, 105, 'resident.demo.037', current_timestamp - interval '329' day),
       (178, 0, current_timestamp - interval '328' day, current_timestamp - interval '328' day, 100, 105, 'resident.demo.038', current_timestamp - interval '328' day),
       (179, 0, current_timestamp - interval '327' day, current_timestamp - interval '327' day, 100, 105, 'resident.demo.039', current_timestamp - interval '327' day);

update project set poll_id = 100, poll_option_id = 101 where id = 510;

-- 110: the open Zaisan poll on the new bus stop; resident.zaisan has not voted yet --------------------------
insert into poll (id, version, created_at, modified_at, district_id, question, description, opens_on, closes_on,
                  status, created_by, closed_at)
values (110, 0, current_timestamp - interval '8' day, current_timestamp - interval '5' day, 11,
        'Где поставить новую автобусную остановку?',
        'С весны по району пойдёт новый автобусный маршрут. Остановка будет одна: подскажите, где она нужнее всего.',
        current_date - interval '5' day, current_date + interval '16' day, 'OPEN', 'akim.zaisan', null);
insert into poll_option (id, version, created_at, modified_at, poll_id, position, label)
values (111, 0, current_timestamp - interval '8' day, current_timestamp - interval '8' day, 110, 0, 'У районной больницы'),
       (112, 0, current_timestamp - interval '8' day, current_timestamp - interval '8' day, 110, 1, 'У школы № 2'),
       (113, 0, current_timestamp - interval '8' day, current_timestamp - interval '8' day, 110, 2, 'У центрального рынка');
insert into poll_vote (id, version, created_at, modified_at, poll_id, option_id, voter_username, voted_at)
values (180, 0, current_timestamp - interval '4' day, current_timestamp - interval '4' day, 110, 111, 'resident.demo.041', current_timestamp - interval '4' day),
       (181, 0, current_timestamp - interval '3' day, current_timestamp - interval '3' day, 110, 111, 'resident.demo.042', current_timestamp - interval '3' day),
       (182, 0, current_timestamp - interval '2' day, current_timestamp - interval '2' day, 110, 111, 'resident.demo.043', current_timestamp - interval '2' day),
       (183, 0, current_timestamp - interval '1' day, current_timestamp - interval '1' day, 110, 111, 'resident.demo.044', current_timestamp - interval '1' day),
       (184, 0, current_timestamp - interval '4' day, current_timestamp - interval '4' day, 110, 112, 'resident.demo.045', current_timestamp - interval '4' day),
       (185, 0, current_timestamp - interval '3' day, current_timestamp - interval '3' day, 110, 112, 'resident.demo.046', current_timestamp - interval '3' day),
       (186, 0, current_timestamp - interval '2' day, current_timestamp - interval '2' day, 110, 112, 'resident.demo.047', current_timestamp - interval '2' day),
       (187, 0, current_timestamp - interval '1' day, current_timestamp - interval '1' day, 110, 112, 'resident.demo.048', current_timestamp - interval '1' day),
       (188, 0, current_timestamp - interval '4' day, current_timestamp - interval '4' day, 110, 112, 'resident.demo.049', current_timestamp - interval '4' day),
       (189, 0, current_timestamp - interval '3' day, current_timestamp - interval '3' day, 110, 113, 'resident.demo.050', current_timestamp - interval '3' day);

-- 120: the open Tavriya poll -----------------------------------------------------------------------------
insert into poll (id, version, created_at, modified_at, district_id, question, description, opens_on, closes_on,
                  status, created_by, closed_at)
values (120, 0, current_timestamp - interval '6' day, current_timestamp - interval '3' day, 13,
        'Что селу нужно в первую очередь?',
        null,
        current_date - interval '3' day, current_date + interval '20' day, 'OPEN', 'akim.tavriya', null);
insert into poll_option (id, version, created_at, modified_at, poll_id, position, label)
values (121, 0, current_timestamp - interval '6' day, current_timestamp - interval '6' day, 120, 0, 'Уличное освещение'),
       (122, 0, current_timestamp - interval '6' day, current_timestamp - interval '6' day, 120, 1, 'Ремонт дороги к школе'),
       (123, 0, current_timestamp - interval '6' day, current_timestamp - interval '6' day, 120, 2, 'Детская площадка');
insert into poll_vote (id, version, created_at, modified_at, poll_id, option_id, voter_username, voted_at)
values (190, 0, current_timestamp - interval '2' day, current_timestamp - interval '2' day, 120, 121, 'resident.demo.101', current_timestamp - interval '2' day),
       (191, 0, current_timestamp - interval '1' day, current_timestamp - interval '1' day, 120, 121, 'resident.demo.102', current_timestamp - interval '1' day),
       (192, 0, current_timestamp - interval '2' day, current_timestamp - interval '2' day, 120, 121, 'resident.demo.103', current_timestamp - interval '2' day),
       (193, 0, current_timestamp - interval '1' day, current_timestamp - interval '1' day, 120, 122, 'resident.demo.104', current_timestamp - interval '1' day),
       (194, 0, current_timestamp - interval '2' day, current_timestamp - interval '2' day, 120, 122, 'resident.demo.105', current_timestamp - interval '2' day),
       (195, 0, current_timestamp - interval '1' day, current_timestamp - interval '1' day, 120, 122, 'resident.demo.106', current_timestamp - interval '1' day),
       (196, 0, current_timestamp - interval '2' day, current_timestamp - interval '2' day, 120, 122, 'resident.demo.107', current_timestamp - interval '2' day),
       (197, 0, current_timestamp - interval '1' day, current_timestamp - interval '1' day, 120, 123, 'resident.demo.108', current_timestamp - interval '1' day);

-- 130: a Zaisan draft only the mayor sees --------------------------------------------------------------
insert into poll (id, version, created_at, modified_at, district_id, question, description, opens_on, closes_on,
                  status, created_by, closed_at)
values (130, 0, current_timestamp - interval '1' day, current_timestamp, 11,
        'Какие кружки открыть в районном Доме культуры?',
        'Осенью в Доме культуры освобождаются два зала.',
        current_date + interval '1' day, current_date + interval '30' day, 'DRAFT', 'akim.zaisan', null);
insert into poll_option (id, version, created_at, modified_at, poll_id, position, label)
values (131, 0, current_timestamp - interval '1' day, current_timestamp - interval '1' day, 130, 0, 'Домбра'),
       (132, 0, current_timestamp - interval '1' day, current_timestamp - interval '1' day, 130, 1, 'Робототехника'),
       (133, 0, current_timestamp - interval '1' day, current_timestamp - interval '1' day, 130, 2, 'Шахматы');
