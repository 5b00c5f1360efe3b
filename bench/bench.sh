#!/usr/bin/env bash
# The benchmark harness behind `make bench` and `make seed-large` (see README, "Performance").
#
#   bench/bench.sh run    package the service if needed, start PostgreSQL and the packaged service
#                         (prod profile) on 127.0.0.1, seed the data set once, measure pgbench -S and
#                         every scenario with wrk, print the table, write target/bench/results.json
#   bench/bench.sh seed   start PostgreSQL, migrate, seed the data set, leave both stopped
#   bench/bench.sh serve  the same, then keep the database and service up until interrupted
#   bench/bench.sh markdown  the last results as a Markdown table (for the README)
#
# Settings (environment): SCALE (1; 10 = ten times the data), BENCH_CONNECTIONS (16),
# BENCH_DURATION (seconds per scenario, 15), BENCH_WARMUP (seconds per scenario, 10), BENCH_SCENARIOS (a
# pattern of scenario file names, all by default), BENCH_JAVA_OPTS (the service's JVM flags),
# BENCH_MALLOC_ARENA_MAX (the service's glibc malloc arenas, 2).
# Everything listens on 127.0.0.1 only and stops by itself at the end, also on failure.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
SCALE=${SCALE:-1}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-10}
SCENARIOS=${BENCH_SCENARIOS:-*}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms32m -Xmx128m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -Xss512k -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000}
# glibc keeps one malloc arena per core and thread burst by default; two are plenty for this service
MALLOC_ARENAS=${BENCH_MALLOC_ARENA_MAX:-2}
OUT=$ROOT/target/bench
PGDATA_DIR=$OUT/pgdata-scale$SCALE
PG_PORT=${BENCH_PG_PORT:-25432}
APP_PORT=${BENCH_APP_PORT:-28080}
DB=challengemarket
ISSUER=https://bench.challengemarket.invalid/realms/bench
AUDIENCE=challenge-market-api
APP_PID=

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "$*"; exit 1; }

psql_db() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }

require_tools() {
    local missing=()
    for tool in psql pgbench openssl jq curl unzip xz; do
        command -v "$tool" >/dev/null || missing+=("$tool")
    done
    if [ "${1:-}" = run ] && ! command -v wrk >/dev/null; then missing+=(wrk); fi
    if [ ${#missing[@]} -gt 0 ]; then
        local packages
        packages=$(printf '%s\n' "${missing[@]}" | sed -e 's/^psql$/postgresql-client/' -e 's/^pgbench$/postgresql-client/' \
            -e 's/^xz$/xz-utils/' | sort -u | tr '\n' ' ')
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
            log "installing $packages"
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q $packages >/dev/null
        else
            die "please install: $packages (Debian: sudo apt-get install -y $packages)"
        fi
    fi
}

package_if_needed() {
    local jar=target/quarkus-app/quarkus-run.jar
    if [ ! -f "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -print -quit)" ]; then
        log "packaging the service (mvn package -DskipTests)"
        ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true >&2
    fi
}

# ---- PostgreSQL: the embedded mode's binaries (zonky), run by bench/BenchPostgres.java -----------
PG_PID=
start_postgres() {
    local classpath
    classpath=$(ls target/quarkus-app/lib/main/*.jar | tr '\n' ':')
    mkdir -p "$PGDATA_DIR"
    java -cp "$classpath" bench/BenchPostgres.java "$PGDATA_DIR" "$PG_PORT" >"$OUT/postgres.log" 2>&1 &
    PG_PID=$!
    for _ in $(seq 1 240); do
        grep -q '^ready' "$OUT/postgres.log" 2>/dev/null && break
        kill -0 "$PG_PID" 2>/dev/null || die "PostgreSQL did not start; see $OUT/postgres.log"
        sleep 0.5
    done
    grep -q '^ready' "$OUT/postgres.log" || die "PostgreSQL did not start within two minutes"
    psql_db -d postgres -c "create extension if not exists pg_stat_statements" >/dev/null
    if [ "$(psql_db -d postgres -Atc "select count(*) from pg_database where datname = '$DB'")" = 0 ]; then
        psql_db -d postgres -c "create database $DB" >/dev/null
    fi
}

stop_postgres() {
    if [ -n "$PG_PID" ] && kill -0 "$PG_PID" 2>/dev/null; then
        kill "$PG_PID" 2>/dev/null || true
        wait "$PG_PID" 2>/dev/null || true
    fi
    PG_PID=
}

# ---- the service: the packaged jar in the prod profile, verifying tokens with a bench key -------
make_keys() {
    mkdir -p "$OUT/keys"
    if [ ! -f "$OUT/keys/private.pem" ]; then
        openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$OUT/keys/private.pem" 2>/dev/null
        openssl pkey -in "$OUT/keys/private.pem" -pubout -out "$OUT/keys/public.pem"
    fi
}

start_service() {
    log "starting the service (prod profile, $JAVA_OPTS) on 127.0.0.1:$APP_PORT"
    # shellcheck disable=SC2086
    env MALLOC_ARENA_MAX="$MALLOC_ARENAS" DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" DB_USER=postgres DB_PASSWORD= \
        AUTH_ISSUER="$ISSUER" AUTH_JWKS_URL="file://$OUT/keys/public.pem" \
        KEYCLOAK_URL=http://127.0.0.1:9 KEYCLOAK_CLIENT_SECRET=unused-by-the-benchmark \
        CHALLENGEMARKET_RATE_LIMIT_REQUESTS_PER_MINUTE=1000000000 \
        QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$APP_PORT" \
        java $JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar >"$OUT/service.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 240); do
        if curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/q/health/ready"; then
            return
        fi
        kill -0 "$APP_PID" 2>/dev/null || die "the service stopped while starting; see $OUT/service.log"
        sleep 0.5
    done
    die "the service was not ready within two minutes; see $OUT/service.log"
}

stop_service() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}

cleanup() {
    stop_service
    stop_postgres
}

# ---- data ----------------------------------------------------------------------------------------
seeded_scale() { psql_db -d "$DB" -Atc "select scale from bench_seed" 2>/dev/null || true; }

seed() {
    if [ "$(seeded_scale)" = "$SCALE" ]; then
        log "data set of scale $SCALE already seeded ($(psql_db -d "$DB" -Atc "select seeded_at from bench_seed"))"
        return
    fi
    [ -z "$(seeded_scale)" ] || die "$PGDATA_DIR holds another data set; remove it first"
    log "seeding scale $SCALE (generate_series in the database)"
    local started=$SECONDS
    (cat bench/seed/*.sql; echo "analyze;") | psql_db -d "$DB" --single-transaction -v scale="$SCALE" >/dev/null
    log "seeded in $((SECONDS - started)) s: $(psql_db -d "$DB" -Atc "select (select count(*) from organisation) || ' organisations, ' || (select count(*) from challenge) || ' challenges, ' || (select count(*) from proposal) || ' proposals, ' || (select count(*) from submission) || ' submissions, ' || (select count(*) from invoice) || ' invoices, ' || (select count(*) from payment) || ' payments, ' || (select count(*) from ocds_release) || ' OCDS releases'")"
}

pgbench_ceiling() {
    if [ "$(psql_db -d postgres -Atc "select count(*) from pg_database where datname = 'pgbench'")" = 0 ]; then
        psql_db -d postgres -c "create database pgbench" >/dev/null
        log "initialising pgbench (scale 10)"
        pgbench -q -i -s 10 -h 127.0.0.1 -p "$PG_PORT" -U postgres pgbench >/dev/null 2>&1
    fi
    pgbench -S -M prepared -n -c "$CONNECTIONS" -j 2 -T "$WARMUP" -h 127.0.0.1 -p "$PG_PORT" -U postgres pgbench \
        >/dev/null 2>&1
    pgbench -S -M prepared -n -c "$CONNECTIONS" -j 2 -T "$DURATION" -h 127.0.0.1 -p "$PG_PORT" -U postgres pgbench \
        2>/dev/null | sed -n 's/^tps = \([0-9.]*\).*/\1/p'
}

reset_statements() { psql_db -d postgres -Atc "select pg_stat_statements_reset()" >/dev/null; }

# the statements of the service's database since the reset: how many, and the three that took longest
statements_json() {
    psql_db -d postgres -Atc "select json_build_object('calls', coalesce(sum(calls), 0),
          'top', coalesce((select json_agg(t) from (
              select left(regexp_replace(query, '\s+', ' ', 'g'), 90) as statement, calls,
                     round(mean_exec_time::numeric, 3) as mean_ms, round(total_exec_time::numeric) as total_ms
              from pg_stat_statements s2 join pg_database d2 on d2.oid = s2.dbid where d2.datname = '$DB'
              order by total_exec_time desc limit 3) t), '[]'))
        from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = '$DB'"
}

# requests_file SCENARIO.sql FILE: the scenario's requests, with a signed token for each organisation
requests_file() {
    local rows=$OUT/rows.tsv tokens=$OUT/tokens.tsv
    psql_db -d "$DB" -At -F $'\t' -f "$1" >"$rows"
    awk -F'\t' '$3 != "" { print $3 "\t" $4 }' "$rows" | sort -u \
        | java bench/BenchTokens.java "$OUT/keys/private.pem" "$ISSUER" "$AUDIENCE" >"$tokens"
    if [ -s "$tokens" ]; then
        awk -F'\t' 'NR == FNR { token[$1] = $2; next }
                    { print $1 "\t" $2 "\t" ($3 == "" ? "" : token[$3 "/" $4]) }' "$tokens" "$rows" >"$2"
    else
        awk -F'\t' '{ print $1 "\t" $2 "\t" }' "$rows" >"$2"
    fi
}

run_scenario() {
    local file=$1 name label requests result statements
    name=$(basename "$file" .sql)
    label=$(sed -n 's/^-- label: //p' "$file")
    requests=$OUT/requests-$name.tsv
    requests_file "$file" "$requests"
    [ -s "$requests" ] || die "scenario $name has no requests (is the data set seeded?)"
    wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s bench/requests.lua "http://127.0.0.1:$APP_PORT" \
        -- "$requests" >/dev/null
    reset_statements
    result=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s bench/requests.lua \
        "http://127.0.0.1:$APP_PORT" -- "$requests" | sed -n 's/^BENCH_JSON //p')
    statements=$(statements_json)
    jq -n --arg name "$name" --arg title "$label" --argjson r "$result" --argjson sql "$statements" \
        --argjson ceiling "$CEILING" '
        ($r.requests / ($r.duration_us / 1e6)) as $rps
        | {scenario: $name, label: $title, requests: $r.requests, requests_per_s: ($rps | . * 10 | round / 10),
           p50_ms: ($r.p50_us / 1000), p95_ms: ($r.p95_us / 1000), p99_ms: ($r.p99_us / 1000),
           ratio_to_pgbench: ($rps / $ceiling | . * 1000 | round / 1000),
           statements_per_request: ($sql.calls / $r.requests | . * 100 | round / 100),
           statuses: $r.statuses, socket_errors: $r.socket_errors, slowest_statements: $sql.top}'
}

peak_rss_mb() { awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status"; }

print_table() {
    jq -r '"", "scale \(.scale), \(.connections) connections, \(.duration_s) s per scenario after \(.warmup_s) s of warm-up;"
           + " pgbench -S: \(.pgbench_select_tps) tps; service peak RSS \(.service_peak_rss_mb) MB", ""' "$1"
    jq -r '
      (["scenario", "req/s", "p50 ms", "p95 ms", "p99 ms", "x pgbench -S", "SQL/req", "statuses"] | @tsv),
      (.scenarios[] | [.label, .requests_per_s, .p50_ms, .p95_ms, .p99_ms, .ratio_to_pgbench,
                       .statements_per_request, (.statuses | to_entries | map("\(.key):\(.value)") | join(" "))] | @tsv)
    ' "$1" | column -t -s $'\t'
}

require_free_ports() {
    for port in "$PG_PORT" "$APP_PORT"; do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            die "port $port of 127.0.0.1 is in use; set BENCH_PG_PORT / BENCH_APP_PORT"
        fi
    done
}

run() {
    require_tools run
    require_free_ports
    package_if_needed
    mkdir -p "$OUT"
    trap cleanup EXIT
    start_postgres
    make_keys
    start_service
    seed
    log "measuring pgbench -S at $CONNECTIONS connections"
    CEILING=$(pgbench_ceiling)
    [ -n "$CEILING" ] || die "pgbench gave no tps"
    local results=()
    for file in bench/scenarios/$SCENARIOS.sql; do
        log "scenario $(basename "$file" .sql)"
        results+=("$(run_scenario "$file")")
    done
    local rss
    rss=$(peak_rss_mb)
    printf '%s\n' "${results[@]}" | jq -s \
        --argjson scale "$SCALE" --argjson connections "$CONNECTIONS" --argjson duration "$DURATION" --argjson warmup "$WARMUP" \
        --argjson tps "$CEILING" --argjson rss "$rss" --arg java "MALLOC_ARENA_MAX=$MALLOC_ARENAS $JAVA_OPTS" \
        --arg machine "$(nproc) CPU ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM" \
        --arg at "$(date -u +%Y-%m-%dT%H:%M:%SZ)" '
        {measured_at: $at, machine: $machine, scale: $scale, connections: $connections, duration_s: $duration, warmup_s: $warmup,
         pgbench_select_tps: ($tps | . * 10 | round / 10), service_java_opts: $java, service_peak_rss_mb: $rss,
         scenarios: .}' >"$OUT/results-scale$SCALE.json"
    cp "$OUT/results-scale$SCALE.json" "$OUT/results.json"
    print_table "$OUT/results.json"
    log "results in $OUT/results.json"
}

seed_only() {
    require_tools seed
    require_free_ports
    package_if_needed
    mkdir -p "$OUT"
    trap cleanup EXIT
    start_postgres
    make_keys
    start_service # migrates the schema
    seed
}

# serve: the seeded database and the service, kept up until interrupted (to explore or profile)
serve() {
    seed_only
    log "service on http://127.0.0.1:$APP_PORT, database on 127.0.0.1:$PG_PORT (user postgres); Ctrl-C stops both"
    wait "$APP_PID"
}

# markdown: the last results as the README's table
markdown() {
    jq -r '
      "Measured \(.measured_at) on \(.machine); scale \(.scale), \(.connections) connections, \(.warmup_s) s warm-up and \(.duration_s) s measured per scenario; `pgbench -S -M prepared`: **\(.pgbench_select_tps) tps**; service peak RSS **\(.service_peak_rss_mb) MB** (`\(.service_java_opts)`).",
      "",
      "| scenario | requests/s | p50 ms | p95 ms | p99 ms | × pgbench -S | SQL statements / request |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      (.scenarios[] | "| \(.label) | \(.requests_per_s) | \(.p50_ms) | \(.p95_ms) | \(.p99_ms) | \(.ratio_to_pgbench) | \(.statements_per_request) |")
    ' "$OUT/results.json"
}

case "${1:-run}" in
    run) run ;;
    markdown) markdown ;;
    serve) serve ;;
    seed) seed_only ;;
    *) die "usage: bench/bench.sh [run|seed]" ;;
esac
