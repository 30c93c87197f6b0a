# shellcheck shell=bash
# Sourced by scripts/test.sh: makes sure a local PostgreSQL server is installed, running and
# holds an empty test database, then exports the connection settings for the Maven suite.
#
# Exports (read by the PostgreSQL surefire execution in pom.xml):
#   GC_TEST_PG_URL       jdbc:postgresql://localhost:<cluster port>/greenchannel_test
#   GC_TEST_PG_USER      greenchannel_test
#   GC_TEST_PG_PASSWORD  the role's password
#   GC_TEST_PG_HOST, GC_TEST_PG_PORT, GC_TEST_PG_DB   the same, split up (for psql and friends)
#
# Knobs (all optional):
#   GC_TEST_PG_PASSWORD  password to give the test role (default: greenchannel_test)
#   GC_PG_CLUSTER        "<version>/<name>" of the cluster to use, created if missing
#                        (default: the newest existing "main", else <newest installed>/main)
#   GC_PG_WAIT_SECONDS   how long to wait for the server to answer (default: 60)
#   GC_PG_FORCE_PORT     connect to this port instead of the cluster's (testing the failure path)
#
# Every failure ends the script with a message naming the cause: the PostgreSQL tests are never
# skipped.

GC_PG_ROLE=greenchannel_test
GC_PG_DB=greenchannel_test
GC_PG_HOST=localhost

gc_pg_say() { printf '[postgres] %s\n' "$*" >&2; }

gc_pg_die() {
  printf '\n[postgres] ERROR: %s\n' "$1" >&2
  shift
  local arg line
  for arg in "$@"; do
    while IFS= read -r line; do printf '[postgres]        %s\n' "$line" >&2; done <<<"$arg"
  done
  printf '[postgres] The PostgreSQL tests cannot run, so the test run stops here.\n\n' >&2
  exit 1
}

# apt-get install, with one 'apt-get update' per run before the first install.
# (Commands that may leave a daemon behind run with 9>&-, closing scripts/test.sh's lock fd.)
gc_apt_install() {
  [ "$(id -u)" -eq 0 ] || gc_pg_die "need to install: $* (apt-get needs root)" \
    "Install them yourself (sudo apt-get install -y $*) or run this script as root."
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "${GC_APT_UPDATED:-}" ]; then
    gc_pg_say "apt-get update"
    apt-get update -q >&2 9>&- || return 1
    GC_APT_UPDATED=1
  fi
  gc_pg_say "apt-get install -y $*"
  apt-get install -y -q --no-install-recommends "$@" >&2 9>&-
}

# Run a command as the postgres OS user (peer authentication on the local socket), from /
# so that it need not be able to enter the caller's working directory.
gc_pg_as_postgres() (
  cd / || exit 1
  if [ "$(id -un)" = postgres ]; then
    exec "$@"
  elif [ "$(id -u)" -eq 0 ]; then
    exec runuser -u postgres -- "$@"
  elif command -v sudo >/dev/null 2>&1; then
    exec sudo -n -u postgres -- "$@"
  else
    gc_pg_say "neither root nor sudo: cannot act as the postgres user"
    exit 1
  fi
)

# Newest installed server version (a directory /usr/lib/postgresql/<ver>/bin/postgres).
gc_pg_newest_server_version() {
  local d v best=""
  for d in /usr/lib/postgresql/*/bin/postgres; do
    [ -x "$d" ] || continue
    v=${d#/usr/lib/postgresql/}; v=${v%%/*}
    if [ -z "$best" ] || [ "${v%%.*}" -gt "${best%%.*}" ]; then best=$v; fi
  done
  printf '%s' "$best"
}

gc_pg_ensure_installed() {
  if command -v pg_lsclusters >/dev/null 2>&1 && [ -n "$(gc_pg_newest_server_version)" ]; then
    return 0
  fi
  gc_pg_say "PostgreSQL server not installed: installing Debian's postgresql package"
  gc_apt_install postgresql \
    || gc_pg_die "apt-get could not install the postgresql package" \
         "Try by hand: apt-get update && apt-get install -y postgresql"
  command -v pg_lsclusters >/dev/null 2>&1 && [ -n "$(gc_pg_newest_server_version)" ] \
    || gc_pg_die "the postgresql package is installed but no server binary or pg_lsclusters was found"
}

# Sets GC_PG_VER, GC_PG_NAME, GC_PG_PORT, GC_PG_STATUS, GC_PG_LOG from `pg_lsclusters`.
gc_pg_read_cluster() {
  local want_ver="" want_name="" ver name port status owner datadir logfile
  if [ -n "${GC_PG_CLUSTER:-}" ]; then
    want_ver=${GC_PG_CLUSTER%%/*}; want_name=${GC_PG_CLUSTER#*/}
  fi
  GC_PG_VER=""; GC_PG_NAME=""; GC_PG_PORT=""; GC_PG_STATUS=""; GC_PG_LOG=""
  while read -r ver name port status owner datadir logfile; do
    [ -n "$ver" ] || continue
    if [ -n "$want_ver" ]; then
      [ "$ver" = "$want_ver" ] && [ "$name" = "$want_name" ] || continue
    else
      [ "$name" = main ] || continue
      # keep the newest major version
      if [ -n "$GC_PG_VER" ] && [ "${ver%%.*}" -le "${GC_PG_VER%%.*}" ]; then continue; fi
    fi
    GC_PG_VER=$ver; GC_PG_NAME=$name; GC_PG_PORT=$port; GC_PG_STATUS=$status; GC_PG_LOG=$logfile
  done < <(pg_lsclusters -h 2>/dev/null)
  [ -n "$GC_PG_VER" ]
}

gc_pg_ensure_cluster() {
  if gc_pg_read_cluster; then return 0; fi
  local ver name
  if [ -n "${GC_PG_CLUSTER:-}" ]; then
    ver=${GC_PG_CLUSTER%%/*}; name=${GC_PG_CLUSTER#*/}
    [ -x "/usr/lib/postgresql/${ver}/bin/postgres" ] \
      || gc_pg_die "GC_PG_CLUSTER=${GC_PG_CLUSTER}: PostgreSQL ${ver} is not installed" \
           "installed: $(ls /usr/lib/postgresql 2>&1 | tr '\n' ' ')"
  else
    ver=$(gc_pg_newest_server_version); name=main
  fi
  gc_pg_say "cluster ${ver}/${name} does not exist: pg_createcluster ${ver} ${name} (UTF-8)"
  pg_createcluster --locale=C.UTF-8 --encoding=UTF8 "$ver" "$name" >&2 9>&- \
    || gc_pg_die "pg_createcluster ${ver} ${name} failed"
  gc_pg_read_cluster || gc_pg_die "pg_createcluster ran, but pg_lsclusters does not list ${ver}/${name}"
}

gc_pg_ensure_running() {
  case "$GC_PG_STATUS" in
    online*) gc_pg_say "cluster ${GC_PG_VER}/${GC_PG_NAME} already running on port ${GC_PG_PORT}" ;;
    *)
      gc_pg_say "starting cluster ${GC_PG_VER}/${GC_PG_NAME} (port ${GC_PG_PORT}, was: ${GC_PG_STATUS})"
      # As root pg_ctlcluster switches to the cluster owner itself. 9>&-: the server must not
      # inherit scripts/test.sh's lock descriptor (it would hold the lock for ever).
      if ! pg_ctlcluster "$GC_PG_VER" "$GC_PG_NAME" start >&2 9>&-; then
        gc_pg_die "pg_ctlcluster ${GC_PG_VER} ${GC_PG_NAME} start failed" \
          "last lines of ${GC_PG_LOG}:" "$(tail -n 15 "$GC_PG_LOG" 2>&1)"
      fi
      gc_pg_read_cluster || true
      ;;
  esac
}

gc_pg_wait_ready() {
  local port=$1 limit=${GC_PG_WAIT_SECONDS:-60} start now
  start=$(date +%s)
  until pg_isready -q -h "$GC_PG_HOST" -p "$port" -t 2 >/dev/null 2>&1; do
    now=$(date +%s)
    if [ $((now - start)) -ge "$limit" ]; then
      gc_pg_die "PostgreSQL did not answer on ${GC_PG_HOST}:${port} within ${limit} s" \
        "pg_isready says: $(pg_isready -h "$GC_PG_HOST" -p "$port" -t 2 2>&1)" \
        "cluster ${GC_PG_VER}/${GC_PG_NAME}: $(pg_lsclusters -h 2>&1 | awk -v v="$GC_PG_VER" -v n="$GC_PG_NAME" '$1==v && $2==n')" \
        "last lines of ${GC_PG_LOG}:" "$(tail -n 10 "$GC_PG_LOG" 2>&1)"
    fi
    sleep 1
  done
  gc_pg_say "server answers on ${GC_PG_HOST}:${port} after $(( $(date +%s) - start )) s"
}

# Idempotent role; database dropped and created anew at every run.
gc_pg_reset_database() {
  local out
  if ! out=$(gc_pg_as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$GC_PG_PORT" -d postgres \
      -v role="$GC_PG_ROLE" -v db="$GC_PG_DB" -v pw="$GC_TEST_PG_PASSWORD" 2>&1 <<'SQL'
SET client_min_messages = warning;
SELECT format('CREATE ROLE %I', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'pw';
SELECT pg_terminate_backend(pid) FROM pg_stat_activity
 WHERE datname = :'db' AND pid <> pg_backend_pid() \g /dev/null
DROP DATABASE IF EXISTS :"db";
CREATE DATABASE :"db" OWNER :"role" TEMPLATE template0 ENCODING 'UTF8';
SQL
  ); then
    gc_pg_die "could not create role ${GC_PG_ROLE} / database ${GC_PG_DB} (psql as postgres, port ${GC_PG_PORT})" \
      "$out"
  fi
  [ -z "$out" ] || printf '%s\n' "$out" >&2
  gc_pg_say "role ${GC_PG_ROLE} ready, database ${GC_PG_DB} recreated empty (owner ${GC_PG_ROLE}, UTF8)"
}

# Log in over TCP with the password, exactly as the JDBC driver will.
gc_pg_check_login() {
  local out
  if ! out=$(PGPASSWORD="$GC_TEST_PG_PASSWORD" PGCONNECT_TIMEOUT=5 psql -X -q -t -A -v ON_ERROR_STOP=1 \
      -h "$GC_PG_HOST" -p "$GC_PG_PORT" -U "$GC_PG_ROLE" -d "$GC_PG_DB" \
      -c 'select current_user, current_database(), version()' 2>&1); then
    gc_pg_die "password login over TCP as ${GC_PG_ROLE}@${GC_PG_HOST}:${GC_PG_PORT}/${GC_PG_DB} failed" \
      "$out" "pg_hba.conf must allow 'host ... 127.0.0.1/32 scram-sha-256' (or md5), as Debian's default does."
  fi
  gc_pg_say "login check: ${out}"
}

# Entry point.
gc_pg_setup() {
  gc_pg_ensure_installed
  gc_pg_ensure_cluster
  gc_pg_ensure_running
  if [ -n "${GC_PG_FORCE_PORT:-}" ]; then
    gc_pg_say "GC_PG_FORCE_PORT=${GC_PG_FORCE_PORT}: using it instead of the cluster's port ${GC_PG_PORT}"
    GC_PG_PORT=$GC_PG_FORCE_PORT
  fi
  gc_pg_wait_ready "$GC_PG_PORT"

  export GC_TEST_PG_PASSWORD=${GC_TEST_PG_PASSWORD:-greenchannel_test}
  gc_pg_reset_database
  gc_pg_check_login

  export GC_TEST_PG_HOST=$GC_PG_HOST
  export GC_TEST_PG_PORT=$GC_PG_PORT
  export GC_TEST_PG_DB=$GC_PG_DB
  export GC_TEST_PG_USER=$GC_PG_ROLE
  export GC_TEST_PG_URL="jdbc:postgresql://${GC_PG_HOST}:${GC_PG_PORT}/${GC_PG_DB}"
  gc_pg_say "GC_TEST_PG_URL=${GC_TEST_PG_URL} GC_TEST_PG_USER=${GC_TEST_PG_USER}"
}
