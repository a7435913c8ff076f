-- The working-day calendar: the days that differ from "Saturday and Sunday off, every other day worked".
-- Written in the SQL that H2 and PostgreSQL share.
--
-- A row is a DAY_OFF (a public holiday, a day off in lieu of one, a day off moved by a government decree)
-- or a WORKING_DAY (a Saturday or Sunday worked by such a decree). The rows below are what the law fixes for
-- 2025 to 2027; the yearly transfer decrees of the government are not guessed here but entered by an
-- administrator on /admin/calendar.xhtml.
--
-- Public holidays (Law "On holidays in the Republic of Kazakhstan"): New Year 1-2 January, International
-- Women’s Day 8 March, Nauryz 21-23 March, Unity Day 1 May, Defender of the Fatherland Day 7 May, Victory
-- Day 9 May, Capital Day 6 July, Constitution Day 30 August, Republic Day 25 October, Independence Day
-- 16 December. When one falls on a Saturday or Sunday, the next working day after it is a day off
-- (Law "On holidays", art. 5; Labour Code), each such holiday giving one day in lieu, in date order.
-- Orthodox Christmas (7 January) and the first day of Kurban Ait (2025-06-06, 2026-05-27, 2027-05-16) are
-- days off by the Labour Code (art. 84) but not public holidays: they are never moved (Kurban Ait 2027 falls
-- on a Sunday and gives no day in lieu).
--
-- Ids 100-399 (one block of 100 per year); ids below 1000 are reserved for rows that migrations insert.

create table calendar_day (
    id          bigint       not null primary key,
    version     bigint       not null,
    created_at  timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    day_date    date         not null,
    kind        varchar(20)  not null,
    name_kk     varchar(120) not null,
    name_ru     varchar(120) not null,
    name_en     varchar(120) not null,
    constraint calendar_day_date_uk unique (day_date),
    constraint calendar_day_kind_ck check (kind in ('DAY_OFF', 'WORKING_DAY'))
);

-- 2025
insert into calendar_day (id, version, created_at, modified_at, day_date, kind, name_kk, name_ru, name_en) values
(100, 1, current_timestamp, current_timestamp, date '2025-01-01', 'DAY_OFF', 'Жаңа жыл', 'Новый год', 'New Year'),   -- Wednesday
(101, 1, current_timestamp, current_timestamp, date '2025-01-02', 'DAY_OFF', 'Жаңа жыл', 'Новый год', 'New Year'),   -- Thursday
(102, 1, current_timestamp, current_timestamp, date '2025-01-07', 'DAY_OFF', 'Православиелік Рождество', 'Православное Рождество', 'Orthodox Christmas'),   -- Tuesday
(103, 1, current_timestamp, current_timestamp, date '2025-03-08', 'DAY_OFF', 'Халықаралық әйелдер күні', 'Международный женский день', 'International Women''s Day'),   -- Saturday
(104, 1, current_timestamp, current_timestamp, date '2025-03-10', 'DAY_OFF', 'Ауыстырылған демалыс күні: Халықаралық әйелдер күні, 8 наурыз', 'Перенесённый выходной: Международный женский день, 8 марта', 'Day off in lieu of International Women''s Day, 8 March'),   -- Monday, in lieu of Saturday 2025-03-08
(105, 1, current_timestamp, current_timestamp, date '2025-03-21', 'DAY_OFF', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz'),   -- Friday
(106, 1, current_timestamp, current_timestamp, date '2025-03-22', 'DAY_OFF', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz'),   -- Saturday
(107, 1, current_timestamp, current_timestamp, date '2025-03-23', 'DAY_OFF', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz'),   -- Sunday
(108, 1, current_timestamp, current_timestamp, date '2025-03-24', 'DAY_OFF', 'Ауыстырылған демалыс күні: Наурыз мейрамы, 22 наурыз', 'Перенесённый выходной: Наурыз мейрамы, 22 марта', 'Day off in lieu of Nauryz, 22 March'),   -- Monday, in lieu of Saturday 2025-03-22
(109, 1, current_timestamp, current_timestamp, date '2025-03-25', 'DAY_OFF', 'Ауыстырылған демалыс күні: Наурыз мейрамы, 23 наурыз', 'Перенесённый выходной: Наурыз мейрамы, 23 марта', 'Day off in lieu of Nauryz, 23 March'),   -- Tuesday, in lieu of Sunday 2025-03-23
(110, 1, current_timestamp, current_timestamp, date '2025-05-01', 'DAY_OFF', 'Қазақстан халқының бірлігі мерекесі', 'Праздник единства народа Казахстана', 'Unity Day of the People of Kazakhstan'),   -- Thursday
(111, 1, current_timestamp, current_timestamp, date '2025-05-07', 'DAY_OFF', 'Отан қорғаушы күні', 'День защитника Отечества', 'Defender of the Fatherland Day'),   -- Wednesday
(112, 1, current_timestamp, current_timestamp, date '2025-05-09', 'DAY_OFF', 'Жеңіс күні', 'День Победы', 'Victory Day'),   -- Friday
(113, 1, current_timestamp, current_timestamp, date '2025-06-06', 'DAY_OFF', 'Құрбан айттың бірінші күні', 'Первый день Курбан айта', 'Kurban Ait, first day'),   -- Friday
(114, 1, current_timestamp, current_timestamp, date '2025-07-06', 'DAY_OFF', 'Астана күні', 'День Столицы', 'Capital Day'),   -- Sunday
(115, 1, current_timestamp, current_timestamp, date '2025-07-07', 'DAY_OFF', 'Ауыстырылған демалыс күні: Астана күні, 6 шілде', 'Перенесённый выходной: День Столицы, 6 июля', 'Day off in lieu of Capital Day, 6 July'),   -- Monday, in lieu of Sunday 2025-07-06
(116, 1, current_timestamp, current_timestamp, date '2025-08-30', 'DAY_OFF', 'Қазақстан Республикасының Конституциясы күні', 'День Конституции Республики Казахстан', 'Constitution Day'),   -- Saturday
(117, 1, current_timestamp, current_timestamp, date '2025-09-01', 'DAY_OFF', 'Ауыстырылған демалыс күні: Қазақстан Республикасының Конституциясы күні, 30 тамыз', 'Перенесённый выходной: День Конституции Республики Казахстан, 30 августа', 'Day off in lieu of Constitution Day, 30 August'),   -- Monday, in lieu of Saturday 2025-08-30
(118, 1, current_timestamp, current_timestamp, date '2025-10-25', 'DAY_OFF', 'Республика күні', 'День Республики', 'Republic Day'),   -- Saturday
(119, 1, current_timestamp, current_timestamp, date '2025-10-27', 'DAY_OFF', 'Ауыстырылған демалыс күні: Республика күні, 25 қазан', 'Перенесённый выходной: День Республики, 25 октября', 'Day off in lieu of Republic Day, 25 October'),   -- Monday, in lieu of Saturday 2025-10-25
(120, 1, current_timestamp, current_timestamp, date '2025-12-16', 'DAY_OFF', 'Тәуелсіздік күні', 'День Независимости', 'Independence Day');   -- Tuesday
-- 2026
insert into calendar_day (id, version, created_at, modified_at, day_date, kind, name_kk, name_ru, name_en) values
(200, 1, current_timestamp, current_timestamp, date '2026-01-01', 'DAY_OFF', 'Жаңа жыл', 'Новый год', 'New Year'),   -- Thursday
(201, 1, current_timestamp, current_timestamp, date '2026-01-02', 'DAY_OFF', 'Жаңа жыл', 'Новый год', 'New Year'),   -- Friday
(202, 1, current_timestamp, current_timestamp, date '2026-01-07', 'DAY_OFF', 'Православиелік Рождество', 'Православное Рождество', 'Orthodox Christmas'),   -- Wednesday
(203, 1, current_timestamp, current_timestamp, date '2026-03-08', 'DAY_OFF', 'Халықаралық әйелдер күні', 'Международный женский день', 'International Women''s Day'),   -- Sunday
(204, 1, current_timestamp, current_timestamp, date '2026-03-09', 'DAY_OFF', 'Ауыстырылған демалыс күні: Халықаралық әйелдер күні, 8 наурыз', 'Перенесённый выходной: Международный женский день, 8 марта', 'Day off in lieu of International Women''s Day, 8 March'),   -- Monday, in lieu of Sunday 2026-03-08
(205, 1, current_timestamp, current_timestamp, date '2026-03-21', 'DAY_OFF', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz'),   -- Saturday
(206, 1, current_timestamp, current_timestamp, date '2026-03-22', 'DAY_OFF', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz'),   -- Sunday
(207, 1, current_timestamp, current_timestamp, date '2026-03-23', 'DAY_OFF', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz'),   -- Monday
(208, 1, current_timestamp, current_timestamp, date '2026-03-24', 'DAY_OFF', 'Ауыстырылған демалыс күні: Наурыз мейрамы, 21 наурыз', 'Перенесённый выходной: Наурыз мейрамы, 21 марта', 'Day off in lieu of Nauryz, 21 March'),   -- Tuesday, in lieu of Saturday 2026-03-21
(209, 1, current_timestamp, current_timestamp, date '2026-03-25', 'DAY_OFF', 'Ауыстырылған демалыс күні: Наурыз мейрамы, 22 наурыз', 'Перенесённый выходной: Наурыз мейрамы, 22 марта', 'Day off in lieu of Nauryz, 22 March'),   -- Wednesday, in lieu of Sunday 2026-03-22
(210, 1, current_timestamp, current_timestamp, date '2026-05-01', 'DAY_OFF', 'Қазақстан халқының бірлігі мерекесі', 'Праздник единства народа Казахстана', 'Unity Day of the People of Kazakhstan'),   -- Friday
(211, 1, current_timestamp, current_timestamp, date '2026-05-07', 'DAY_OFF', 'Отан қорғаушы күні', 'День защитника Отечества', 'Defender of the Fatherland Day'),   -- Thursday
(212, 1, current_timestamp, current_timestamp, date '2026-05-09', 'DAY_OFF', 'Жеңіс күні', 'День Победы', 'Victory Day'),   -- Saturday
(213, 1, current_timestamp, current_timestamp, date '2026-05-11', 'DAY_OFF', 'Ауыстырылған демалыс күні: Жеңіс күні, 9 мамыр', 'Перенесённый выходной: День Победы, 9 мая', 'Day off in lieu of Victory Day, 9 May'),   -- Monday, in lieu of Saturday 2026-05-09
(214, 1, current_timestamp, current_timestamp, date '2026-05-27', 'DAY_OFF', 'Құрбан айттың бірінші күні', 'Первый день Курбан айта', 'Kurban Ait, first day'),   -- Wednesday
(215, 1, current_timestamp, current_timestamp, date '2026-07-06', 'DAY_OFF', 'Астана күні', 'День Столицы', 'Capital Day'),   -- Monday
(216, 1, current_timestamp, current_timestamp, date '2026-08-30', 'DAY_OFF', 'Қазақстан Республикасының Конституциясы күні', 'День Конституции Республики Казахстан', 'Constitution Day'),   -- Sunday
(217, 1, current_timestamp, current_timestamp, date '2026-08-31', 'DAY_OFF', 'Ауыстырылған демалыс күні: Қазақстан Республикасының Конституциясы күні, 30 тамыз', 'Перенесённый выходной: День Конституции Республики Казахстан, 30 августа', 'Day off in lieu of Constitution Day, 30 August'),   -- Monday, in lieu of Sunday 2026-08-30
(218, 1, current_timestamp, current_timestamp, date '2026-10-25', 'DAY_OFF', 'Республика күні', 'День Республики', 'Republic Day'),   -- Sunday
(219, 1, current_timestamp, current_timestamp, date '2026-10-26', 'DAY_OFF', 'Ауыстырылған демалыс күні: Республика күні, 25 қазан', 'Перенесённый выходной: День Республики, 25 октября', 'Day off in lieu of Republic Day, 25 October'),   -- Monday, in lieu of Sunday 2026-10-25
(220, 1, current_timestamp, current_timestamp, date '2026-12-16', 'DAY_OFF', 'Тәуелсіздік күні', 'День Независимости', 'Independence Day');   -- Wednesday
-- 2027
insert into calendar_day (id, version, created_at, modified_at, day_date, kind, name_kk, name_ru, name_en) values
(300, 1, current_timestamp, current_timestamp, date '2027-01-01', 'DAY_OFF', 'Жаңа жыл', 'Новый год', 'New Year'),   -- Friday
(301, 1, current_timestamp, current_timestamp, date '2027-01-02', 'DAY_OFF', 'Жаңа жыл', 'Новый год', 'New Year'),   -- Saturday
(302, 1, current_timestamp, current_timestamp, date '2027-01-04', 'DAY_OFF', 'Ауыстырылған демалыс күні: Жаңа жыл, 2 қаңтар', 'Перенесённый выходной: Новый год, 2 января', 'Day off in lieu of New Year, 2 January'),   -- Monday, in lieu of Saturday 2027-01-02
(303, 1, current_timestamp, current_timestamp, date '2027-01-07', 'DAY_OFF', 'Православиелік Рождество', 'Православное Рождество', 'Orthodox Christmas'),   -- Thursday
(304, 1, current_timestamp, current_timestamp, date '2027-03-08', 'DAY_OFF', 'Халықаралық әйелдер күні', 'Международный женский день', 'International Women''s Day'),   -- Monday
(305, 1, current_timestamp, current_timestamp, date '2027-03-21', 'DAY_OFF', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz'),   -- Sunday
(306, 1, current_timestamp, current_timestamp, date '2027-03-22', 'DAY_OFF', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz'),   -- Monday
(307, 1, current_timestamp, current_timestamp, date '2027-03-23', 'DAY_OFF', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz'),   -- Tuesday
(308, 1, current_timestamp, current_timestamp, date '2027-03-24', 'DAY_OFF', 'Ауыстырылған демалыс күні: Наурыз мейрамы, 21 наурыз', 'Перенесённый выходной: Наурыз мейрамы, 21 марта', 'Day off in lieu of Nauryz, 21 March'),   -- Wednesday, in lieu of Sunday 2027-03-21
(309, 1, current_timestamp, current_timestamp, date '2027-05-01', 'DAY_OFF', 'Қазақстан халқының бірлігі мерекесі', 'Праздник единства народа Казахстана', 'Unity Day of the People of Kazakhstan'),   -- Saturday
(310, 1, current_timestamp, current_timestamp, date '2027-05-03', 'DAY_OFF', 'Ауыстырылған демалыс күні: Қазақстан халқының бірлігі мерекесі, 1 мамыр', 'Перенесённый выходной: Праздник единства народа Казахстана, 1 мая', 'Day off in lieu of Unity Day of the People of Kazakhstan, 1 May'),   -- Monday, in lieu of Saturday 2027-05-01
(311, 1, current_timestamp, current_timestamp, date '2027-05-07', 'DAY_OFF', 'Отан қорғаушы күні', 'День защитника Отечества', 'Defender of the Fatherland Day'),   -- Friday
(312, 1, current_timestamp, current_timestamp, date '2027-05-09', 'DAY_OFF', 'Жеңіс күні', 'День Победы', 'Victory Day'),   -- Sunday
(313, 1, current_timestamp, current_timestamp, date '2027-05-10', 'DAY_OFF', 'Ауыстырылған демалыс күні: Жеңіс күні, 9 мамыр', 'Перенесённый выходной: День Победы, 9 мая', 'Day off in lieu of Victory Day, 9 May'),   -- Monday, in lieu of Sunday 2027-05-09
(314, 1, current_timestamp, current_timestamp, date '2027-05-16', 'DAY_OFF', 'Құрбан айттың бірінші күні', 'Первый день Курбан айта', 'Kurban Ait, first day'),   -- Sunday, not moved
(315, 1, current_timestamp, current_timestamp, date '2027-07-06', 'DAY_OFF', 'Астана күні', 'День Столицы', 'Capital Day'),   -- Tuesday
(316, 1, current_timestamp, current_timestamp, date '2027-08-30', 'DAY_OFF', 'Қазақстан Республикасының Конституциясы күні', 'День Конституции Республики Казахстан', 'Constitution Day'),   -- Monday
(317, 1, current_timestamp, current_timestamp, date '2027-10-25', 'DAY_OFF', 'Республика күні', 'День Республики', 'Republic Day'),   -- Monday
(318, 1, current_timestamp, current_timestamp, date '2027-12-16', 'DAY_OFF', 'Тәуелсіздік күні', 'День Независимости', 'Independence Day');   -- Thursday
