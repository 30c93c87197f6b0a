#!/usr/bin/env bash
# The one test command: scripts/test.sh [extra Maven arguments]
#
#   1. PostgreSQL: installs it if missing (apt), creates/starts the cluster, recreates an empty
#      database greenchannel_test for role greenchannel_test, exports GC_TEST_PG_URL,
#      GC_TEST_PG_USER, GC_TEST_PG_PASSWORD (see scripts/lib/postgres.sh).
#   2. Lints every bpmn/*.bpmn (scripts/lint-models.sh); installs Debian's chromium and
#      chromium-driver for the browser tests if missing (scripts/lib/chromium.sh).
#   3. mvn -B -ntp verify "$@"  (the suite on H2, then on PostgreSQL).
#   4. scripts/two-node-check.sh: two application instances on one fresh PostgreSQL database, one
#      killed in the middle of a batch (reuses the jar that step 3 built).
#   5. Prints a summary; the exit code is the first failing step's.
#
# Works from any directory, needs no input, and can be run again at once. Runs as root (as CI
# does) or as a user who can sudo to postgres when everything is already installed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

export DEBIAN_FRONTEND=noninteractive
# Java 17 takes file.encoding from the locale: keep Chinese text intact in tests and logs.
if [ "$(locale charmap 2>/dev/null || true)" != "UTF-8" ]; then
  export LC_ALL=C.UTF-8 LANG=C.UTF-8
fi

RUN_START=$(date +%s)
STEPS=()          # "name|result|seconds"
CURRENT=""
CURRENT_START=0

step_begin() {
  CURRENT=$1; CURRENT_START=$(date +%s)
  printf '\n===== [test.sh] %s =====\n' "$CURRENT"
}
step_end() {   # $1 = result word
  STEPS+=("${CURRENT}|$1|$(( $(date +%s) - CURRENT_START ))")
  CURRENT=""
}

summary() {
  local rc=$? s name result secs
  trap - EXIT
  if [ -n "$CURRENT" ]; then step_end "FAILED"; fi
  printf '\n===== [test.sh] summary =====\n'
  for s in "${STEPS[@]}"; do
    IFS='|' read -r name result secs <<<"$s"
    printf '  %-28s %-8s %4ss\n' "$name" "$result" "$secs"
  done
  if [ -n "${GC_TEST_PG_URL:-}" ]; then printf '  PostgreSQL: %s (user %s)\n' "$GC_TEST_PG_URL" "$GC_TEST_PG_USER"; fi
  # PASSED only when the last step finished: a run stopped by a signal or an unchecked command never passes
  if [ "$rc" -eq 0 ] && [ "${ALL_STEPS_DONE:-0}" -ne 1 ]; then rc=1; fi
  if [ "$rc" -eq 0 ]; then
    printf 'test.sh: PASSED in %ss\n' "$(( $(date +%s) - RUN_START ))"
  else
    printf 'test.sh: FAILED (exit %s) in %ss\n' "$rc" "$(( $(date +%s) - RUN_START ))"
  fi
  exit "$rc"
}
trap summary EXIT
trap 'echo "[test.sh] stopped by a signal" >&2; exit 130' INT
trap 'echo "[test.sh] stopped by a signal" >&2; exit 143' TERM HUP

# One run at a time on this machine: every run drops and recreates the same test database.
LOCK=${GC_TEST_LOCK_FILE:-/tmp/greenchannel-test.lock}
exec 9>>"$LOCK"
if ! flock -n 9; then
  echo "[test.sh] another scripts/test.sh holds ${LOCK}; waiting (up to 30 min)..."
  flock -w 1800 9 || { echo "[test.sh] ERROR: still locked after 30 min: ${LOCK}" >&2; exit 1; }
fi

# --- 1. PostgreSQL -----------------------------------------------------------------------------
step_begin "1 PostgreSQL"
# shellcheck source=scripts/lib/postgres.sh
source "$ROOT/scripts/lib/postgres.sh"
gc_pg_setup                      # exits non-zero with a message on any failure
step_end "OK"

# --- 2. Model lint -----------------------------------------------------------------------------
step_begin "2 Model lint (bpmnlint)"
"$ROOT/scripts/lint-models.sh"
step_end "OK"

step_begin "2b Chromium (browser tests)"
# shellcheck source=scripts/lib/chromium.sh
source "$ROOT/scripts/lib/chromium.sh"
gc_chromium_ensure
step_end "OK"

# --- 3. Maven ----------------------------------------------------------------------------------
if ! command -v mvn >/dev/null 2>&1 || ! command -v javac >/dev/null 2>&1; then
  step_begin "3a install JDK/Maven"
  gc_apt_install openjdk-17-jdk-headless maven || { echo "[test.sh] ERROR: could not install openjdk-17-jdk-headless maven" >&2; exit 1; }
  step_end "OK"
fi
step_begin "3 Maven verify"
echo "[test.sh] mvn -B -ntp verify $*"
set +e
mvn -B -ntp verify "$@"
mvn_rc=$?
set -e
if [ "$mvn_rc" -ne 0 ]; then
  echo "[test.sh] ERROR: Maven failed (exit ${mvn_rc})" >&2
  exit "$mvn_rc"
fi
step_end "OK"

# --- 4. Two nodes, one database ----------------------------------------------------------------
step_begin "4 Two-node check"
"$ROOT/scripts/two-node-check.sh"
step_end "OK"
ALL_STEPS_DONE=1
