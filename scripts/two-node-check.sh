#!/usr/bin/env bash
# Two application nodes on one PostgreSQL (issue 9, docs/performance.md "Two nodes, one database").
#
#   1. Reuses target/green-channel-*.jar and target/test-classes (built by `mvn verify`; built here
#      with `mvn -o -DskipTests package` when missing).
#   2. Creates a fresh database greenchannel_twonode with scripts/lib/postgres.sh.
#   3. Starts node A, waits until it is up, then node B (one after the other on the fresh database:
#      schema creation and Flyway must not race), both `java -jar` with profile postgres, a real
#      administrator password, job executor on, job lock time GC_TWO_NODE_LOCK_MS (15000).
#   4. Runs cn.jiangmen.greenchannel.perf.TwoNodeCheck: creates the approvers over /engine-rest,
#      drives GC_TWO_NODE_PROJECTS (16) projects through both nodes with 4 client threads, kills
#      node A with SIGKILL in the middle, lets node B finish, and checks the database.
#   5. Prints "TWO-NODE CHECK: PASS" / "FAIL"; exit code 0 / 1. Logs: target/two-node/.
#
# Runs as root (as scripts/test.sh does) or as a user who can sudo to postgres.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
if [ "$(locale charmap 2>/dev/null || true)" != "UTF-8" ]; then
  export LC_ALL=C.UTF-8 LANG=C.UTF-8
fi

START=$(date +%s)
OUT="$ROOT/target/two-node"
LOCK_MS=${GC_TWO_NODE_LOCK_MS:-15000}
PROJECTS=${GC_TWO_NODE_PROJECTS:-16}
ADMIN_ID=ops-admin
ADMIN_PASSWORD='TwoNode#Adm1n-2026'
USER_PASSWORD='Approver#2026-check'
DB_PASSWORD='TwoNode-db-2026'
PIDS=()

say() { printf '[two-node] %s\n' "$*"; }
fail() { say "ERROR: $*"; printf 'TWO-NODE CHECK: FAIL (%s)\n' "$*"; exit 1; }

cleanup() {
  local rc=$? pid
  trap - EXIT
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  say "finished in $(( $(date +%s) - START )) s (exit ${rc})"
  exit "$rc"
}
trap cleanup EXIT

# One check at a time on this machine (its own lock: scripts/test.sh holds the test lock).
exec 8>>/tmp/greenchannel-two-node.lock
flock -w 900 8 || fail "another two-node check still runs after 15 min (/tmp/greenchannel-two-node.lock)"

# --- 1. build (reused) --------------------------------------------------------------------------
JAR=$(ls target/green-channel-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
CHECK_CLASS=target/test-classes/cn/jiangmen/greenchannel/perf/TwoNodeCheck.class
if [ -z "$JAR" ] || [ ! -f "$CHECK_CLASS" ]; then
  say "no jar or test classes yet: mvn -o -DskipTests package"
  mvn -B -ntp -o -q -DskipTests package 9>&- || mvn -B -ntp -q -DskipTests package 9>&- \
    || fail "the build failed"
  JAR=$(ls target/green-channel-*.jar | grep -v '\.original$' | head -n 1)
fi
rm -rf "$OUT"; mkdir -p "$OUT"
# the jar's libraries (JSON, JDBC driver) for the check's own class path
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" --force >/dev/null \
  || fail "could not extract the libraries of ${JAR}"

# --- 2. fresh database ---------------------------------------------------------------------------
# shellcheck source=scripts/lib/postgres.sh
source "$ROOT/scripts/lib/postgres.sh"
GC_PG_DB=greenchannel_twonode
GC_PG_ROLE=greenchannel_twonode
export GC_TEST_PG_PASSWORD=$DB_PASSWORD
gc_pg_setup
DB_URL=$GC_TEST_PG_URL

# --- 3. two nodes, one after the other -----------------------------------------------------------
free_port() {
  local p
  for p in $(shuf -i 20000-45000 -n 100); do
    if ! ss -Htln "sport = :$p" | grep -q .; then echo "$p"; return 0; fi
  done
  return 1
}

start_node() {   # $1 = node id, $2 = port; prints the pid
  ( cd "$OUT" && exec env SPRING_PROFILES_ACTIVE=postgres \
      SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME="$GC_PG_ROLE" \
      SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
      CAMUNDA_BPM_ADMINUSER_ID="$ADMIN_ID" CAMUNDA_BPM_ADMINUSER_PASSWORD="$ADMIN_PASSWORD" \
      GREENCHANNEL_CLUSTER_NODE_ID="$1" \
      java -Xms256m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$ROOT/$JAR" \
        --server.port="$2" \
        --camunda.bpm.job-execution.enabled=true \
        --camunda.bpm.job-execution.lock-time-in-millis="$LOCK_MS" \
        --camunda.bpm.job-execution.wait-time-in-millis=500 \
        --camunda.bpm.job-execution.max-wait=2000 ) >"$OUT/$1.log" 2>&1 8>&- 9>&- &
  echo $!
}

wait_up() {   # $1 = node id, $2 = port, $3 = pid
  local limit=240 t0
  t0=$(date +%s)
  until curl -fsS "http://127.0.0.1:$2/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$3" 2>/dev/null; then
      tail -n 40 "$OUT/$1.log" | sed 's/^/    /'
      fail "$1 died during start-up (log: $OUT/$1.log)"
    fi
    [ $(( $(date +%s) - t0 )) -lt $limit ] || fail "$1 not up within ${limit} s (log: $OUT/$1.log)"
    sleep 1
  done
  say "$1 up on port $2 (pid $3) after $(( $(date +%s) - t0 )) s"
}

PORT_A=$(free_port) || fail "no free port"
PID_A=$(start_node node-a "$PORT_A"); PIDS+=("$PID_A")
wait_up node-a "$PORT_A" "$PID_A"
PORT_B=$(free_port) || fail "no free port"
[ "$PORT_B" != "$PORT_A" ] || PORT_B=$(free_port)
PID_B=$(start_node node-b "$PORT_B"); PIDS+=("$PID_B")
wait_up node-b "$PORT_B" "$PID_B"

# --- 4. the check --------------------------------------------------------------------------------
set +e
GC_NODE_URLS="http://127.0.0.1:${PORT_A},http://127.0.0.1:${PORT_B}" \
GC_NODE_A_PID="$PID_A" GC_NODE_IDS="node-a,node-b" \
GC_DB_URL="$DB_URL" GC_DB_USER="$GC_PG_ROLE" GC_DB_PASSWORD="$DB_PASSWORD" \
GC_ADMIN_ID="$ADMIN_ID" GC_ADMIN_PASSWORD="$ADMIN_PASSWORD" GC_USER_PASSWORD="$USER_PASSWORD" \
GC_PROJECTS="$PROJECTS" GC_THREADS="${GC_TWO_NODE_THREADS:-4}" GC_TRANSFER_EVERY=3 GC_LOCK_TIME_MS="$LOCK_MS" \
  java -Xmx256m -XX:TieredStopAtLevel=1 -cp "$ROOT/target/test-classes:$ROOT/target/classes:$OUT/app/lib/*" \
    cn.jiangmen.greenchannel.perf.TwoNodeCheck 8>&- 9>&- | tee "$OUT/check.log"
rc=${PIPESTATUS[0]}
set -e
if [ "$rc" -ne 0 ]; then
  say "node logs: $OUT/node-a.log, $OUT/node-b.log; database ${GC_PG_DB} kept for inspection"
  grep -h -E 'ERROR|Exception' "$OUT/node-b.log" | grep -v -E 'OptimisticLocking' | head -n 20 | sed 's/^/    /' || true
  grep -q 'TWO-NODE CHECK:' "$OUT/check.log" || printf 'TWO-NODE CHECK: FAIL (the check did not finish, exit %s)\n' "$rc"
  exit 1
fi
