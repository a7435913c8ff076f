-- The tables bench/scale.sh prints at the end, as Markdown.
\set ON_ERROR_STOP on
\pset tuples_only on
\pset format unaligned

select E'\n### ' || variant || E'\n\n'
       || '| # | query | rows | first ms | middle ms | last ms | last/first | count ms | plan (first page) | plan (last page) | plan (count) |'
       || E'\n|---|---|---:|---:|---:|---:|---:|---:|---|---|---|\n'
       || string_agg(format('| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |', id, label, rows_matched,
                            first_ms, coalesce(middle_ms::text, ''), coalesce(last_ms::text, ''),
                            coalesce(last_per_first || '×', ''), coalesce(count_ms::text, ''), first_plan,
                            coalesce(last_plan, ''), coalesce(count_plan, '')), E'\n' order by id)
from bench.report
group by variant
order by min(id), variant = 'as migrated' desc, variant;

select E'\n### Last page, the four ways (ms, median)\n\n'
       || '| # | query | rows | as migrated: first | as migrated: last | + indexes: last | keyset: last | keyset + indexes: last | count as migrated | count + indexes |'
       || E'\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n'
       || string_agg(format('| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |', a.id, a.label, a.rows_matched,
                            a.first_ms, a.last_ms, b.last_ms, coalesce(k.last_ms::text, ''),
                            coalesce(ki.last_ms::text, ''), coalesce(a.count_ms::text, ''),
                            coalesce(b.count_ms::text, '')), E'\n' order by a.id)
from bench.report a
         join bench.report b on b.id = a.id and b.variant = 'proposed indexes'
         left join bench.report k on k.id = a.id + 100 and k.variant = 'keyset'
         left join bench.report ki on ki.id = a.id + 100 and ki.variant = 'keyset + proposed indexes'
where a.variant = 'as migrated';
