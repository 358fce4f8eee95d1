#!/usr/bin/env bash
# Runs a command (default: npm test) against a throwaway PostgreSQL cluster, with
# TEST_DATABASE_URL set for it; the cluster and its files are gone when the command ends.
#
#   bash scripts/with-test-postgres.sh [command ...]
#
# - Finds initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin (newest first). When they are
#   missing and we are root, installs Debian's `postgresql` package; otherwise says what to do.
# - PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user (made
#   by Debian's package) or, failing that, `nobody`; as anyone else, as you.
# - Listens on 127.0.0.1 only, on a free port, with its socket in its own temporary directory,
#   and trusts loopback connections: it is for tests, never for data. fsync is off for speed.
set -euo pipefail

log() { echo "with-test-postgres: $*" >&2; }

find_pg_bin() {
  local dir
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    # PATH may hold symlinks (/usr/local/bin/pg_ctl): use the directory they point into,
    # where createdb and the server binary live too.
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return 0
  fi
  # Debian keeps the server tools off PATH, one directory per major version.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

if ! PG_BIN="$(find_pg_bin)"; then
  if [ "$(id -u)" -ne 0 ]; then
    log "PostgreSQL's initdb/pg_ctl not found. Install the server (Debian/Ubuntu: sudo apt-get install -y postgresql), or set TEST_DATABASE_URL and run the tests directly."
    exit 1
  fi
  log "PostgreSQL not found; installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  PG_BIN="$(find_pg_bin)" || { log "postgresql installed, but initdb/pg_ctl still not found"; exit 1; }
fi

# Who runs the server: never root.
if [ "$(id -u)" -eq 0 ]; then
  if id postgres >/dev/null 2>&1; then PG_USER=postgres; else PG_USER=nobody; fi
  command -v runuser >/dev/null 2>&1 || { log "runuser (util-linux) is needed to run PostgreSQL as $PG_USER"; exit 1; }
  as_pg() { (cd "$PG_DIR" && runuser -u "$PG_USER" -- "$@"); }
else
  PG_USER="$(id -un)"
  as_pg() { (cd "$PG_DIR" && "$@"); }
fi

PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/test-postgres.XXXXXX")"
chmod 700 "$PG_DIR"
[ "$(id -u)" -eq 0 ] && chown "$PG_USER" "$PG_DIR"

started=""
cleanup() {
  local code=$?
  trap - EXIT INT TERM
  if [ -n "$started" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w -t 60 stop >/dev/null 2>&1 || log "pg_ctl stop failed; see $PG_DIR/server.log"
  fi
  rm -rf "$PG_DIR"
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C --no-sync >"$PG_DIR/initdb.log" 2>&1 ||
  { cat "$PG_DIR/initdb.log" >&2; log "initdb failed"; exit 1; }
# Only the loopback addresses, and the socket in our directory; nothing else may connect.
cat >"$PG_DIR/data/pg_hba.conf" <<'HBA'
local all all trust
host  all all 127.0.0.1/32 trust
host  all all ::1/128 trust
HBA

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# Another process can take the port between our pick and the server's bind: try a few.
for attempt in 1 2 3 4 5; do
  PG_PORT="$(free_port)"
  if as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 120 \
      -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null; then
    started=1
    break
  fi
  log "start on port $PG_PORT failed (attempt $attempt)"
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
done
[ -n "$started" ] || { cat "$PG_DIR/server.log" >&2; log "could not start PostgreSQL"; exit 1; }

"$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres complaints_test

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/complaints_test"
log "PostgreSQL $("$PG_BIN/pg_ctl" --version | awk '{print $NF}') as $PG_USER on 127.0.0.1:$PG_PORT; TEST_DATABASE_URL=$TEST_DATABASE_URL"

if [ "$#" -eq 0 ]; then set -- npm test; fi
set +e
"$@"
status=$?
set -e
exit "$status"
