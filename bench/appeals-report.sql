-- The appeals' table bench/scale.sh prints at the end, as Markdown (median ms; ratio = last page / first).
\set ON_ERROR_STOP on
\pset tuples_only on
\pset format unaligned

select E'\n### Appeals and trust figures: before and with V10 (ms)\n\n'
       || '| # | query | rows | before V10: first | last | ratio | count | with V10: first | last | ratio | count '
       || '| plan with V10 (first page) | plan with V10 (last page) |'
       || E'\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n'
       || string_agg(format('| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |',
                            a.id, a.label, a.rows_matched,
                            a.first_ms, coalesce(a.last_ms::text, ''), coalesce(a.last_per_first || '×', ''),
                            coalesce(a.count_ms::text, ''),
                            b.first_ms, coalesce(b.last_ms::text, ''), coalesce(b.last_per_first || '×', ''),
                            coalesce(b.count_ms::text, ''), b.first_plan, coalesce(b.last_plan, '')),
                     E'\n' order by a.id)
from bench.report a
         join bench.report b on b.id = a.id and b.variant = 'appeals with V10'
where a.variant = 'appeals before V10';
