#!/usr/bin/env bash
# Performance benchmark of issue 9 — separate from the tests; docs/performance.md explains every
# figure and records a run.
#
#   scripts/benchmark.sh                          # all scenarios (about 15–25 min on 2 busy cores)
#   BENCH_SCENARIOS="bare java" scripts/benchmark.sh
#
# Scenarios, each on its own fresh database of the local PostgreSQL (scripts/lib/postgres.sh):
#   pgbench   the database's ceiling: bench/pgbench-task-completion.sql (one task completion's
#             selects, updates and inserts, one commit) with pgbench, per client-thread count
#   bare      bare Camunda 7.24 reference: 10 user tasks, history FULL, no delegates
#   java      the product, application in this JVM, clients on the Java API
#   rest      the product as `java -jar`, clients on /engine-rest with HTTP Basic
#   tasklist  BENCH_TASKS open tasks, authorization on, the 本部门待办 first page over /engine-rest
# then a summary of every figure against the targets (BenchmarkSummary).
#
# Knobs: BENCH_THREADS ("4,8"), BENCH_PROJECTS (120 per thread count), BENCH_WARMUP (10),
#        BENCH_TRANSFER_EVERY (5), BENCH_BARE_INSTANCES (300), BENCH_PGBENCH_SECONDS (30),
#        BENCH_TASKS (100000), BENCH_QUERIES (300), BENCH_SCENARIOS ("pgbench bare java rest tasklist"),
#        BENCH_SKIP_BUILD=1 (use target/ as it is), BENCH_APP_ARGS (extra application arguments),
#        BENCH_TASKLIST_REUSE=1 (measure the task list again on the database seeded last time).
# Output: the console and target/benchmark/benchmark-<time>.log. Needs root or sudo to postgres
# (database creation), pgbench (Debian: postgresql-contrib; installed here if missing).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
if [ "$(locale charmap 2>/dev/null || true)" != "UTF-8" ]; then
  export LC_ALL=C.UTF-8 LANG=C.UTF-8
fi

THREADS=${BENCH_THREADS:-4,8}
PROJECTS=${BENCH_PROJECTS:-120}
WARMUP=${BENCH_WARMUP:-10}
TRANSFER_EVERY=${BENCH_TRANSFER_EVERY:-5}
BARE_INSTANCES=${BENCH_BARE_INSTANCES:-300}
PGBENCH_SECONDS=${BENCH_PGBENCH_SECONDS:-30}
TASKS=${BENCH_TASKS:-100000}
QUERIES=${BENCH_QUERIES:-300}
SCENARIOS=${BENCH_SCENARIOS:-pgbench bare java rest tasklist}
APP_ARGS=${BENCH_APP_ARGS:-}

OUT="$ROOT/target/benchmark"
mkdir -p "$OUT"
LOG="$OUT/benchmark-$(date +%Y%m%d-%H%M%S).log"
ROLE=greenchannel_bench
DB_PASSWORD='Bench-db-2026'
ADMIN_ID=ops-admin
ADMIN_PASSWORD='Bench#Adm1n-2026'
USER_PASSWORD='Approver#2026-bench'
# Job executor: lets a timer whose due date the driver moved to "now" fire within a second (the
# production default waits up to 60 s when idle); everything else is the postgres profile as shipped.
JOB_ARGS=(--camunda.bpm.job-execution.wait-time-in-millis=200 --camunda.bpm.job-execution.max-wait=1000)
APP_PID=""

exec > >(tee -a "$LOG") 2>&1
say() { printf '[benchmark] %s\n' "$*"; }
die() { say "ERROR: $*"; exit 1; }

cleanup() {
  local rc=$?
  trap - EXIT
  stop_app
  say "log: $LOG (exit $rc)"
  exit "$rc"
}
trap cleanup EXIT

exec 8>>/tmp/greenchannel-benchmark.lock
flock -w 3600 8 || die "another benchmark still runs (/tmp/greenchannel-benchmark.lock)"

# --- build -----------------------------------------------------------------------------------------
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  say "building: mvn -o -DskipTests package"
  mvn -B -ntp -o -q -DskipTests package 8>&- || mvn -B -ntp -q -DskipTests package 8>&- || die "build failed"
fi
JAR=$(ls target/green-channel-*.jar | grep -v '\.original$' | head -n 1)
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" --force >/dev/null
CP="$ROOT/target/test-classes:$ROOT/target/classes:$OUT/app/lib/*"

# --- PostgreSQL ------------------------------------------------------------------------------------
# shellcheck source=scripts/lib/postgres.sh
source "$ROOT/scripts/lib/postgres.sh"
export GC_TEST_PG_PASSWORD=$DB_PASSWORD
fresh_db() {   # $1 = database name; sets DB_NAME, DB_URL
  GC_PG_DB=$1
  GC_PG_ROLE=$ROLE
  gc_pg_setup 2>&1 | grep -E 'ERROR|recreated' || true
  DB_NAME=$1
  DB_URL="jdbc:postgresql://${GC_PG_HOST}:${GC_PG_PORT}/$1"
}
gc_pg_setup >/dev/null 2>&1 || gc_pg_setup   # installs/starts the server (shows errors)

meter_log() {   # the engine's own job counters, flushed at shut-down
  PGPASSWORD=$DB_PASSWORD psql -X -q -t -A -h "$GC_PG_HOST" -p "$GC_PG_PORT" -U "$ROLE" -d "$DB_NAME" -c \
    "SELECT string_agg(name_ || '=' || total, ' ') FROM (SELECT name_, SUM(value_) AS total FROM act_ru_meter_log
     WHERE name_ LIKE 'job-%' OR name_ = 'activity-instance-start' GROUP BY name_ ORDER BY name_) m" 2>/dev/null || true
}

free_port() {
  local p
  for p in $(shuf -i 20000-45000 -n 100); do
    if ! ss -Htln "sport = :$p" | grep -q .; then echo "$p"; return 0; fi
  done
  return 1
}

start_app() {   # $1 = name, then extra arguments; sets APP_PID, APP_URL
  local name=$1 port t0
  shift
  port=$(free_port) || die "no free port"
  ( cd "$OUT" && exec env SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL="$DB_URL" \
      SPRING_DATASOURCE_USERNAME="$ROLE" SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
      CAMUNDA_BPM_ADMINUSER_ID="$ADMIN_ID" CAMUNDA_BPM_ADMINUSER_PASSWORD="$ADMIN_PASSWORD" \
      java -Xmx1g -jar "$ROOT/$JAR" --server.port="$port" "$@" $APP_ARGS ) >"$OUT/$name.log" 2>&1 8>&- &
  APP_PID=$!
  APP_URL="http://127.0.0.1:$port"
  t0=$(date +%s)
  until curl -fsS "$APP_URL/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$OUT/$name.log"; die "$name died during start-up"; }
    [ $(( $(date +%s) - t0 )) -lt 300 ] || die "$name not up within 300 s"
    sleep 1
  done
  say "$name up at $APP_URL (pid $APP_PID) after $(( $(date +%s) - t0 )) s"
}

stop_app() {   # graceful: the engine flushes its metrics
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

# --- the machine -----------------------------------------------------------------------------------
say "machine: $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GB RAM, $(. /etc/os-release; echo "$PRETTY_NAME")"
say "java: $(java -version 2>&1 | head -n 1); PostgreSQL: $(PGPASSWORD=$DB_PASSWORD psql -X -t -A -h "$GC_PG_HOST" -p "$GC_PG_PORT" -U "$ROLE" -d postgres -c 'SHOW server_version' 2>/dev/null || echo '?') ($(PGPASSWORD=$DB_PASSWORD psql -X -t -A -h "$GC_PG_HOST" -p "$GC_PG_PORT" -U "$ROLE" -d postgres -c "SELECT string_agg(name || '=' || setting || COALESCE(unit, ''), ' ') FROM pg_settings WHERE name IN ('shared_buffers', 'synchronous_commit', 'max_connections')" 2>/dev/null))"
say "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine shares its 2 cores)"
say "scenarios: $SCENARIOS; threads $THREADS; $PROJECTS projects per thread count; bare $BARE_INSTANCES instances; $TASKS open tasks"

for scenario in $SCENARIOS; do
  say "===== $scenario (load $(cut -d' ' -f1-3 /proc/loadavg)) ====="
  case "$scenario" in
    pgbench)
      command -v pgbench >/dev/null 2>&1 || gc_apt_install postgresql-contrib || die "pgbench missing (postgresql-contrib)"
      fresh_db greenchannel_bench_pgbench
      PGPASSWORD=$DB_PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h "$GC_PG_HOST" -p "$GC_PG_PORT" -U "$ROLE" \
        -d "$DB_NAME" -f bench/pgbench-setup.sql >/dev/null
      for c in ${THREADS//,/ }; do
        tps=$(PGPASSWORD=$DB_PASSWORD pgbench -n -M prepared -c "$c" -j "$c" -T "$PGBENCH_SECONDS" \
          -h "$GC_PG_HOST" -p "$GC_PG_PORT" -U "$ROLE" -f bench/pgbench-task-completion.sql "$DB_NAME" 2>&1 \
          | tee "$OUT/pgbench-$c.log" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | tail -n 1)
        [ -n "$tps" ] || { cat "$OUT/pgbench-$c.log"; die "pgbench failed"; }
        lat=$(sed -n 's/^latency average = \([0-9.]*\).*/\1/p' "$OUT/pgbench-$c.log")
        say "pgbench task-completion transaction, $c clients: $tps tps (latency average $lat ms)"
        echo "RESULT label=pgbench-$c mode=pgbench threads=$c tps=$tps latency_avg=$lat"
      done
      ;;
    bare)
      fresh_db greenchannel_bench_bare
      GC_DB_URL=$DB_URL GC_DB_USER=$ROLE GC_DB_PASSWORD=$DB_PASSWORD BENCH_THREADS=$THREADS \
      BENCH_INSTANCES=$BARE_INSTANCES BENCH_WARMUP=40 \
        java -Xmx1g -cp "$CP" cn.jiangmen.greenchannel.perf.BareEngineBenchmark 8>&- 2>&1 \
        | grep -E '^\[bench\]|^RESULT|ERROR|FAILED'
      ;;
    java)
      fresh_db greenchannel_bench_java
      ( cd "$OUT" && SPRING_PROFILES_ACTIVE=postgres CAMUNDA_BPM_ADMINUSER_ID=$ADMIN_ID \
        CAMUNDA_BPM_ADMINUSER_PASSWORD=$ADMIN_PASSWORD GC_DB_URL=$DB_URL GC_DB_USER=$ROLE \
        GC_DB_PASSWORD=$DB_PASSWORD BENCH_MODE=java BENCH_THREADS=$THREADS BENCH_PROJECTS=$PROJECTS \
        BENCH_WARMUP=$WARMUP BENCH_TRANSFER_EVERY=$TRANSFER_EVERY \
        java -Xmx1g -cp "$CP" cn.jiangmen.greenchannel.perf.LifecycleBenchmark "${JOB_ARGS[@]}" $APP_ARGS 8>&- \
        >"$OUT/java.log" 2>&1 ) || { tail -n 40 "$OUT/java.log"; die "java-mode benchmark failed"; }
      grep -E '^\[bench\]|^RESULT' "$OUT/java.log"
      say "engine metrics (whole run incl. warm-up): $(meter_log)"
      say "optimistic-locking exceptions logged by the job executor: $(grep -c 'OptimisticLockingException' "$OUT/java.log" || true)"
      ;;
    rest)
      fresh_db greenchannel_bench_rest
      start_app rest-node "${JOB_ARGS[@]}"
      GC_DB_URL=$DB_URL GC_DB_USER=$ROLE GC_DB_PASSWORD=$DB_PASSWORD BENCH_MODE=rest BENCH_URL=$APP_URL \
      GC_ADMIN_ID=$ADMIN_ID GC_ADMIN_PASSWORD=$ADMIN_PASSWORD GC_USER_PASSWORD=$USER_PASSWORD \
      BENCH_THREADS=$THREADS BENCH_PROJECTS=$PROJECTS BENCH_WARMUP=$WARMUP BENCH_TRANSFER_EVERY=$TRANSFER_EVERY \
        java -Xmx512m -cp "$CP" cn.jiangmen.greenchannel.perf.LifecycleBenchmark 8>&- >"$OUT/rest.log" 2>&1 \
        || { tail -n 40 "$OUT/rest.log"; die "rest-mode benchmark failed"; }
      grep -E '^\[bench\]|^RESULT' "$OUT/rest.log"
      stop_app
      say "engine metrics (whole run incl. warm-up): $(meter_log)"
      say "optimistic-locking exceptions logged by the job executor: $(grep -c 'OptimisticLockingException' "$OUT/rest-node.log" || true)"
      ;;
    tasklist)
      if [ -n "${BENCH_TASKLIST_REUSE:-}" ]; then   # measure again on the seeded database
        DB_NAME=greenchannel_bench_tasklist; DB_URL="jdbc:postgresql://${GC_PG_HOST}:${GC_PG_PORT}/$DB_NAME"
      else
        fresh_db greenchannel_bench_tasklist
      fi
      start_app tasklist-node --camunda.bpm.authorization.enabled=true "${JOB_ARGS[@]}"
      GC_DB_URL=$DB_URL GC_DB_USER=$ROLE GC_DB_PASSWORD=$DB_PASSWORD BENCH_URL=$APP_URL \
      GC_ADMIN_ID=$ADMIN_ID GC_ADMIN_PASSWORD=$ADMIN_PASSWORD GC_USER_PASSWORD=$USER_PASSWORD \
      BENCH_TASKS=$TASKS BENCH_QUERIES=$QUERIES BENCH_SEED=$([ -n "${BENCH_TASKLIST_REUSE:-}" ] && echo false || echo true) \
        java -Xmx512m -cp "$CP" cn.jiangmen.greenchannel.perf.TaskListBenchmark 8>&- >"$OUT/tasklist.log" 2>&1 \
        || { tail -n 40 "$OUT/tasklist.log"; die "tasklist benchmark failed"; }
      grep -E '^\[bench\]|^RESULT' "$OUT/tasklist.log"
      stop_app
      ;;
    *) die "unknown scenario $scenario" ;;
  esac
done
say "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" cn.jiangmen.greenchannel.perf.BenchmarkSummary "$LOG"
