#!/usr/bin/env bash
# Scale benchmark of the portal's list queries on PostgreSQL, at the design volume of docs/quality.md.
#
#   bench/scale.sh                 # build birge_bench, measure, print the tables, drop birge_bench
#   KEEP=1 bench/scale.sh          # keep the scratch database afterwards
#   RUNS=9 bench/scale.sh          # timed runs per statement (median taken; default 5)
#   ONLY=appeals bench/scale.sh    # the appeals and trust figures only (skips the project and audit lists)
#
# Connection: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), trust or ~/.pgpass; BENCH_DB (birge_bench).
# It only ever creates and drops the scratch database; the portal's own databases are not touched.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
migrations="$repo/portal-ejb/src/main/resources/db/migration"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db="${BENCH_DB:-birge_bench}"
runs="${RUNS:-5}"

case "$db" in
    *bench*) ;;
    *) echo "BENCH_DB must name a scratch database (with 'bench' in its name), not '$db'" >&2; exit 2 ;;
esac

sql() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
started=$(date +%s)
phase() { echo "== $(date -u +%H:%M:%S) (+$(( $(date +%s) - started ))s) $*"; }

cleanup() {
    if [ "${KEEP:-0}" = "1" ]; then
        echo "KEEP=1: database $db kept (psql -h $PGHOST -U $PGUSER $db)"
    else
        psql -X -q -d postgres -c "drop database if exists $db" >/dev/null 2>&1 || true
    fi
}

phase "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(psql -X -At -d postgres -c 'show server_version') at $PGHOST:$PGPORT"
phase "scratch database $db"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $db" -c "create database $db"
trap cleanup EXIT

# The migrations in Flyway's order: by version across common/ and postgresql/ (V1, V1_1, V2, ...). The appeals'
# scale indexes (postgresql/V10) are applied later, so the appeals are measured without and with them.
appeal_indexes="$migrations/postgresql/V10__appeal_scale_indexes.sql"
mapfile -t files < <(ls "$migrations"/common/V*__*.sql "$migrations"/postgresql/V*__*.sql | grep -v "/V10__appeal_scale_indexes.sql$" \
    | while read -r f; do v="$(basename "$f")"; v="${v#V}"; v="${v%%__*}"; echo "${v//_/.} $f"; done \
    | sort -V -k1,1 | cut -d' ' -f2-)
for f in "${files[@]}"; do
    phase "migration ${f#"$migrations"/}"
    sql -f "$f"
done

phase "data (scale-data.sql)"
sql -f "$here/scale-data.sql" >/dev/null
sql -At -c "select 'rows: region=' || (select count(*) from region) || ', district=' || (select count(*) from district)
            || ', official=' || (select count(*) from official) || ', project=' || (select count(*) from project)
            || ', task=' || (select count(*) from task) || ' (open ' || (select count(*) from task where status = 'OPEN')
            || '), audit_record=' || (select count(*) from audit_record)
            || ', expenditure=' || (select count(*) from expenditure)"

phase "harness and queries"
sql -f "$here/harness.sql"
sql -f "$here/queries.sql"

measure() {  # variant, first id, last id
    phase "measure: $1 (queries $2-$3, $runs runs each)"
    sql -At -c "select format('select bench.run_query(%L, %s, %s)', '$1', id, $runs)
                from bench.query where id between $2 and $3 order by id" \
        | while read -r statement; do sql -At -c "$statement" 2>&1 | sed -e 's/^NOTICE: */   /' -e '/^$/d'; done
}

# Appeals and poll votes (1 000 000 and 150 000), and their queries (201-299), before V10's indexes.
phase "appeals data (appeals-data.sql)"
sql -f "$here/appeals-data.sql" >/dev/null
sql -At -c "select 'rows: appeal=' || (select count(*) from appeal) || ' (open ' || (select count(*) from appeal
            where status in ('RECEIVED', 'EXTENDED')) || '), poll_vote=' || (select count(*) from poll_vote)"
sql -f "$here/appeals-queries.sql"
measure "appeals before V10" 201 299
phase "appeal indexes (${appeal_indexes#"$migrations"/})"
sql -f "$appeal_indexes"
sql -c "vacuum (analyze) appeal"
measure "appeals with V10" 201 299

if [ "${ONLY:-}" != "appeals" ]; then
# 1-17: the portal's queries as they are (18: a capped count); 101-114: the proposed queries (keyset paging and two count/order
# changes, see queries.sql). Each first on the schema as migrated, then with proposed-indexes.sql applied.
measure "as migrated" 1 18
measure "proposed queries" 101 114

phase "proposed indexes (proposed-indexes.sql)"
sql -f "$here/proposed-indexes.sql"
sql -c "vacuum (analyze)"

measure "proposed indexes" 1 18
measure "proposed queries + indexes" 101 114
fi

phase "results (load average now $(cut -d' ' -f1-3 /proc/loadavg))"
[ "${ONLY:-}" = "appeals" ] || sql -f "$here/report.sql"
sql -f "$here/appeals-report.sql"
phase "done in $(( $(date +%s) - started ))s"
