-- Appeals and poll votes at the design volume of the feedback features, for bench/scale.sh: 1 000 000
-- appeals over the 200 districts of scale-data.sql and 150 000 votes in 600 polls. Deterministic (setseed).
--
--   Skew: district d gets a share like (d/200)^0.625 - ((d-1)/200)^0.625: district 1 (a city) about 36 000
--   appeals, the quietest about 3 000. Received 2024-01-01 .. 2026-11-30, more of them recently.
--   "Today" is 2026-12-01: appeals received in the last 30 days are open (RECEIVED, a sixth EXTENDED), and
--   1 % of the older ones were never answered (open and overdue, overdue_at set); the rest are answered
--   (ANSWERED, 40 % CLOSED) after 1-30 working days (on time up to 15), 70 % rated (65 % satisfied), half public,
--   0.5 % of the public ones hidden. 300 000 residents write, some of them many times.
--   Texts are about 150 (body) and 200 (answer) Cyrillic characters.

\set ON_ERROR_STOP on
select setseed(0.2612);

insert into appeal (id, version, created_at, modified_at, reference, district_id, first_district_id,
                    author_username, kind, category, subject, body, written_in, answer_in, is_public, status,
                    submitted_at, received_on, redirect_by, due_on, extended_on, extension_reason, overdue_at,
                    answered_at, answered_by, answer_text, answer_working_days, answered_on_time, closed_at, rating,
                    rated_at, hidden_at, hidden_by, hidden_reason)
select g, 0, submitted, submitted, 'B' || district || '-' || g, district, district,
       'resident.' || (1 + floor(300000 * power(r_author, 1.3))::int),
       (array['SUGGESTION', 'REQUEST', 'COMPLAINT', 'GRATITUDE'])[1 + floor(r_kind * 4)::int],
       (array['ROADS', 'WATER', 'HEATING', 'EDUCATION', 'HEALTH', 'SPORT_CULTURE', 'SOCIAL', 'HOUSING',
              'ENVIRONMENT', 'TRANSPORT', 'SAFETY', 'OTHER'])[1 + floor(r_cat * 12)::int],
       'Обращение жителя № ' || g,
       'Просим рассмотреть вопрос благоустройства нашей улицы: ямы на дороге, нет освещения, мусор не вывозят '
           || 'вовремя. Обращение № ' || g || '.',
       'RU', 'RU', r_public < 0.5, status, submitted, received, received + 4, due,
       case when status = 'EXTENDED' then received + 7 end,
       case when status = 'EXTENDED' then 'Требуется обследование на месте.' end,
       case when status in ('RECEIVED', 'EXTENDED') and due < date '2026-12-01'
            then (due + 1)::timestamp at time zone 'Asia/Almaty' end,
       answered_at, case when answered_at is not null then 'u' || lpad((81 + district)::text, 5, '0') end,
       case when answered_at is not null then
           'Ваше обращение рассмотрено. Работы выполнены силами коммунальной службы района, результат проверен '
               || 'комиссией акимата. Благодарим за активную гражданскую позицию. Ответ № ' || g || '.' end,
       case when answered_at is not null then wd end,
       case when answered_at is not null then wd <= 15 end,
       case when status = 'CLOSED' then answered_at + interval '5 day' end,
       case when answered_at is not null and r_rated < 0.7 then
           case when r_sat < 0.65 then 'SATISFIED' else 'NOT_SATISFIED' end end,
       case when answered_at is not null and r_rated < 0.7 then answered_at + interval '3 day' end,
       case when r_public < 0.0025 then submitted + interval '1 day' end,
       case when r_public < 0.0025 then 'u00081' end,
       case when r_public < 0.0025 then 'Оскорбления' end
from (select g, district, submitted, received, wd, r_author, r_kind, r_cat, r_public, r_rated, r_sat,
             case when received >= date '2026-11-01' then case when r_open < 0.16 then 'EXTENDED' else 'RECEIVED' end
                  when r_open < 0.01 then 'RECEIVED'
                  when r_closed < 0.4 then 'CLOSED' else 'ANSWERED' end as status,
             received + case when received >= date '2026-11-01' and r_open < 0.16 then 60 else 21 end as due,
             case when received >= date '2026-11-01' or r_open < 0.01 then null
                  else (received + (wd * 7 / 5))::timestamp at time zone 'Asia/Almaty' + interval '15 hour' end
                 as answered_at
      from (select g, district, received, received::timestamp at time zone 'Asia/Almaty' + interval '9 hour' as submitted,
                   wd, r_author, r_kind, r_cat, r_public, r_rated, r_sat, r_open, r_closed
            from (select g,
                         1 + least(199, floor(200 * power(random(), 1.6))::int) as district,
                         date '2024-01-01' + least(1064, floor(1065 * power(random(), 0.7))::int) as received,
                         1 + floor(30 * power(random(), 1.8))::int as wd,
                         random() as r_author, random() as r_kind, random() as r_cat, random() as r_public,
                         random() as r_rated, random() as r_sat, random() as r_open, random() as r_closed
                  from generate_series(1, 1000000) g) x) y) z;

-- Polls: three per district (ids 1..600), one option each, 150 000 votes (voters drawn like the authors).
insert into poll (id, version, created_at, modified_at, district_id, question, opens_on, closes_on, status,
                  created_by)
select p, 0, timestamptz '2025-01-01 09:00+05', timestamptz '2025-01-01 09:00+05', 1 + (p - 1) / 3,
       'Что важнее всего для нашего района?', date '2025-01-01' + (p % 3) * 200, date '2025-02-01' + (p % 3) * 200,
       'CLOSED', 'u00081'
from generate_series(1, 600) p;
insert into poll_option (id, version, created_at, modified_at, poll_id, position, label)
select p, 0, timestamptz '2025-01-01 09:00+05', timestamptz '2025-01-01 09:00+05', p, 0, 'Вариант'
from generate_series(1, 600) p;
insert into poll_vote (id, version, created_at, modified_at, poll_id, option_id, voter_username, voted_at)
select row_number() over (), 0, t, t, poll, poll, voter, t
from (select distinct on (poll, voter) poll, voter, t
      from (select 1 + floor(600 * random())::int as poll,
                   'resident.' || (1 + floor(300000 * power(random(), 1.3))::int) as voter,
                   timestamptz '2025-01-05 12:00+05' + floor(random() * 700) * interval '1 day' as t
            from generate_series(1, 150000)) v) d;

vacuum (analyze) appeal;
vacuum (analyze) poll_vote;
