-- The tables bench/scale.sh prints at the end, as Markdown (median ms of the runs; ratio = last page / first).
\set ON_ERROR_STOP on
\pset tuples_only on
\pset format unaligned

create temporary view variant_order (variant, ord) as
values ('as migrated', 1), ('proposed indexes', 2), ('proposed queries', 3), ('proposed queries + indexes', 4);

-- The summary: every list the four ways.
select E'\n### Summary: first and last page, the four ways (ms)\n\n'
       || '| # | query | rows | as migrated: first | last | ratio | + indexes: first | last | ratio '
       || '| keyset: first | last | keyset + indexes: first | last | ratio | count as migrated | count proposed |'
       || E'\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
       || string_agg(format('| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |',
                            a.id, a.label, a.rows_matched,
                            a.first_ms, coalesce(a.last_ms::text, ''), coalesce(a.last_per_first || '×', ''),
                            b.first_ms, coalesce(b.last_ms::text, ''), coalesce(b.last_per_first || '×', ''),
                            coalesce(k.first_ms::text, ''), coalesce(k.last_ms::text, ''),
                            coalesce(ki.first_ms::text, ''), coalesce(ki.last_ms::text, ''),
                            coalesce(ki.last_per_first || '×', ''),
                            coalesce(a.count_ms::text, ''), coalesce(coalesce(ki.count_ms, b.count_ms)::text, '')),
                     E'\n' order by a.id)
from bench.report a
         join bench.report b on b.id = a.id and b.variant = 'proposed indexes'
         left join bench.report k on k.id = a.id + 100 and k.variant = 'proposed queries'
         left join bench.report ki on ki.id = a.id + 100 and ki.variant = 'proposed queries + indexes'
where a.variant = 'as migrated';

-- The detail: per variant, the middle page and the plans.
select E'\n### ' || r.variant || E'\n\n'
       || '| # | query | rows | first ms | middle ms | last ms | last/first | count ms | plan (first page) '
       || '| plan (last page) | plan (count) |'
       || E'\n|---|---|---:|---:|---:|---:|---:|---:|---|---|---|\n'
       || string_agg(format('| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |', id, label, rows_matched,
                            first_ms, coalesce(middle_ms::text, ''), coalesce(last_ms::text, ''),
                            coalesce(last_per_first || '×', ''), coalesce(count_ms::text, ''), first_plan,
                            coalesce(last_plan, ''), coalesce(count_plan, '')), E'\n' order by id)
from bench.report r join variant_order o on o.variant = r.variant
group by r.variant, o.ord
order by o.ord;
