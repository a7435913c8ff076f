-- The measuring part of bench/scale.sh, kept in a schema "bench" of the scratch database.
--
-- A list query is kept in pieces (select list, FROM ... WHERE ..., ORDER BY, page size, its count query), so
-- that one definition gives the first, a middle and the last page, either with LIMIT/OFFSET as EclipseLink
-- pages (the portal today) or by keyset ("seek": WHERE <after the key of the last row shown> ... LIMIT).
-- Each statement runs once to warm up, then RUNS times under EXPLAIN (ANALYZE, BUFFERS, TIMING OFF,
-- FORMAT JSON); the median "Execution Time" is kept with the plan of the last run. TIMING OFF keeps the
-- per-node clock calls out of the measure; the row counts and buffers are still exact.

\set ON_ERROR_STOP on
create schema bench;

create table bench.query (
    id          integer primary key,
    label       text    not null,
    paging      text    not null default 'offset' check (paging in ('offset', 'keyset', 'single')),
    page_size   integer not null default 10,
    select_list text    not null,
    from_where  text    not null,    -- "table t0, ... WHERE ..." (always with a WHERE)
    order_by    text,
    count_sql   text,                -- the service's count query, timed alongside
    seek_pred   text,                -- keyset: the condition "after the key", format() with %1$s, %2$s...
    key_expr    text                 -- keyset: text[] of the key's literals, taken from the row before
);

create table bench.result (
    variant   text    not null,
    query_id  integer not null,
    page      text    not null,      -- first, middle, last, count
    row_offset bigint,
    matched   bigint,
    ms        numeric not null,      -- median execution time
    plan_ms   numeric not null,      -- median planning time
    hit       bigint,
    read      bigint,
    plan      text,
    statement text,
    primary key (variant, query_id, page)
);

-- One EXPLAIN ANALYZE of a statement: its JSON.
create function bench.explain(statement text) returns jsonb language plpgsql as $$
declare
    j json;
begin
    execute 'explain (analyze, buffers, timing off, format json) ' || statement into j;
    return (j::jsonb) -> 0;
end $$;

-- What the plan reads and how: the indexes it uses ("(bw)" backward, "(io)" index-only, "(bm)" bitmap), the
-- sequential scans of tables over 10 000 rows ("SEQ table"), and the sorts with their method and input rows.
create function bench.plan_summary(plan jsonb) returns text language sql stable as $$
    with nodes as (select n from jsonb_path_query(plan -> 'Plan', 'strict $.**') as n
                   where jsonb_typeof(n) = 'object' and n ? 'Node Type'),
         parts as (
             select 1 as ord, (n ->> 'Index Name')
                    || case n ->> 'Node Type' when 'Index Only Scan' then '(io)' when 'Bitmap Index Scan' then '(bm)'
                                              else '' end
                    || case when n ->> 'Scan Direction' = 'Backward' then '(bw)' else '' end as part
             from nodes where n ? 'Index Name'
             union all
             select 2, 'SEQ ' || (n ->> 'Relation Name')
             from nodes
             where n ->> 'Node Type' = 'Seq Scan'
               and (select reltuples from pg_class where relname = n ->> 'Relation Name'
                                                      and relnamespace = 'public'::regnamespace) > 10000
             union all
             select 3, case n ->> 'Node Type' when 'Incremental Sort' then 'incr-sort' else 'sort' end
                    || '[' || coalesce(n ->> 'Sort Method', n -> 'Full-sort Groups' -> 'Sort Methods Used' ->> 0, '?')
                    || ' ' || coalesce((select sum(coalesce((c ->> 'Actual Rows')::numeric
                                                            * (c ->> 'Actual Loops')::numeric, 0))::bigint
                                        from jsonb_array_elements(n -> 'Plans') c), 0) || ' rows]'
             from nodes where n ->> 'Node Type' in ('Sort', 'Incremental Sort'))
    select coalesce(string_agg(part, ', ' order by ord, part), '-')
    from (select distinct ord, part from parts) p
$$;

-- Runs a statement warm-up + runs times; records the median.
create function bench.measure(p_variant text, p_query integer, p_page text, p_offset bigint, p_matched bigint,
                              statement text, runs integer) returns numeric language plpgsql as $$
declare
    j jsonb;
    times numeric[] := '{}';
    plans numeric[] := '{}';
    i integer;
begin
    perform bench.explain(statement);
    for i in 1 .. runs loop
        j := bench.explain(statement);
        times := times || (j ->> 'Execution Time')::numeric;
        plans := plans || (j ->> 'Planning Time')::numeric;
    end loop;
    insert into bench.result (variant, query_id, page, row_offset, matched, ms, plan_ms, hit, read, plan, statement)
    values (p_variant, p_query, p_page, p_offset, p_matched,
            (select percentile_disc(0.5) within group (order by t) from unnest(times) t),
            (select percentile_disc(0.5) within group (order by t) from unnest(plans) t),
            (j -> 'Plan' ->> 'Shared Hit Blocks')::bigint, (j -> 'Plan' ->> 'Shared Read Blocks')::bigint,
            bench.plan_summary(j), statement);
    return (select ms from bench.result where variant = p_variant and query_id = p_query and page = p_page);
end $$;

-- The statement of one page of a query, starting at row p_offset.
create function bench.page_sql(q bench.query, p_offset bigint) returns text language plpgsql as $$
declare
    seek text[];
begin
    if q.paging = 'single' then
        return 'SELECT ' || q.select_list || ' FROM ' || q.from_where || coalesce(' ORDER BY ' || q.order_by, '');
    elsif q.paging = 'offset' then
        return format('SELECT %s FROM %s ORDER BY %s LIMIT %s OFFSET %s', q.select_list, q.from_where, q.order_by,
                      q.page_size, p_offset);
    elsif p_offset = 0 then
        return format('SELECT %s FROM %s ORDER BY %s LIMIT %s', q.select_list, q.from_where, q.order_by,
                      q.page_size);
    end if;
    -- Keyset: the key of the last row of the page before, as the previous page would have handed it on.
    execute format('SELECT %s FROM %s ORDER BY %s OFFSET %s LIMIT 1', q.key_expr, q.from_where, q.order_by,
                   p_offset - 1) into seek;
    return format('SELECT %s FROM %s AND %s ORDER BY %s LIMIT %s', q.select_list, q.from_where,
                  format(q.seek_pred, variadic seek), q.order_by, q.page_size);
end $$;

-- Measures one query: its count, then its first, middle and last page.
create function bench.run_query(p_variant text, p_query integer, runs integer default 5) returns void
    language plpgsql as $$
declare
    q bench.query;
    n bigint;
    last_offset bigint;
    middle_offset bigint;
    first_ms numeric;
    last_ms numeric;
begin
    select * into q from bench.query where id = p_query;
    if q.paging = 'single' then
        execute 'SELECT count(*) FROM (' || bench.page_sql(q, 0) || ') s' into n;
        first_ms := bench.measure(p_variant, q.id, 'first', 0, n, bench.page_sql(q, 0), runs);
        raise notice '% %: % rows, % ms', p_variant, q.label, n, first_ms;
        return;
    end if;
    execute q.count_sql into n;
    perform bench.measure(p_variant, q.id, 'count', null, n, q.count_sql, runs);
    last_offset := greatest(0, ((n - 1) / q.page_size) * q.page_size);
    middle_offset := ((n / 2) / q.page_size) * q.page_size;
    first_ms := bench.measure(p_variant, q.id, 'first', 0, n, bench.page_sql(q, 0), runs);
    perform bench.measure(p_variant, q.id, 'middle', middle_offset, n, bench.page_sql(q, middle_offset), runs);
    last_ms := bench.measure(p_variant, q.id, 'last', last_offset, n, bench.page_sql(q, last_offset), runs);
    raise notice '% %: % rows, first % ms, last % ms', p_variant, q.label, n, first_ms, last_ms;
end $$;

-- The table printed at the end: one line per query and variant.
create view bench.report as
select r.variant, q.id, q.label, q.paging, f.matched as rows_matched, f.ms as first_ms, m.ms as middle_ms,
       l.ms as last_ms, round(l.ms / nullif(f.ms, 0), 1) as last_per_first, c.ms as count_ms,
       f.plan as first_plan, l.plan as last_plan, c.plan as count_plan
from (select distinct variant, query_id from bench.result) r
         join bench.query q on q.id = r.query_id
         join bench.result f on f.variant = r.variant and f.query_id = r.query_id and f.page = 'first'
         left join bench.result m on m.variant = r.variant and m.query_id = r.query_id and m.page = 'middle'
         left join bench.result l on l.variant = r.variant and l.query_id = r.query_id and l.page = 'last'
         left join bench.result c on c.variant = r.variant and c.query_id = r.query_id and c.page = 'count';
