#!/usr/bin/env bash
# The backup and restore of docs/deployment.md, done for real: the app fills a new database with the demo data, the
# dump (the same command as on a live server) is restored into another database, every table compared (counts and
# checksums), and the app started on the restored copy logs in and reads the demo records.
# Needs the packaged app (backend/target/quarkus-app) and the database server at DB_HOST (default 127.0.0.1:3306).
set -euo pipefail
cd "$(dirname "$0")/../.."
host=${DB_HOST:-127.0.0.1:3306}
id=$(printf '%s' "$PWD" | cksum | cut -d' ' -f1)
source_db="diplomacy_backup_$id" restored_db="diplomacy_restored_$id"
dir=backend/target/backup-restore-check
password=quang-tri-savannakhet-backup
client=$(command -v mariadb || command -v mysql) || { echo "backup-restore-check needs the mariadb or mysql client." >&2; exit 1; }
dump=$(command -v mariadb-dump || command -v mysqldump) || { echo "backup-restore-check needs mariadb-dump or mysqldump." >&2; exit 1; }
creds=(-h "${host%:*}" -P "${host##*:}" -u "${DB_USERNAME:-root}" ${DB_PASSWORD:+-p"$DB_PASSWORD"})
sql() { "$client" "${creds[@]}" -N -B -e "$1"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
app=""
stop() { [ -n "$app" ] && { kill -TERM "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }; app=""; }
trap stop EXIT
start() { # database, log file: starts the app with the demo data and waits until it is ready
  port=$(free_port)
  DB_URL="jdbc:mysql://$host/$1?createDatabaseIfNotExist=true" APP_DATA_DIR="$PWD/$dir/data" PORT=$port \
    APP_DEMO_DATA=true APP_ADMIN_PASSWORD=$password APP_ADMIN_MUST_CHANGE_PASSWORD=false \
    java -Xmx384m -jar backend/target/quarkus-app/quarkus-run.jar > "$2" 2>&1 &
  app=$!
  for _ in $(seq 1 240); do
    curl -fsS "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1 && return 0
    kill -0 "$app" 2>/dev/null || { tail -30 "$2"; echo "The app did not start on $1." >&2; exit 1; }
    sleep 1
  done
  echo "The app did not become ready on $1." >&2; exit 1
}
tables() { # database: "table rows checksum" for every table, sorted
  for t in $(sql "select table_name from information_schema.tables where table_schema = '$1' order by 1"); do
    echo "$t $(sql "select count(*) from \`$1\`.\`$t\`") $(sql "checksum table \`$1\`.\`$t\`" | cut -f2)"
  done
}
rm -rf "$dir" && mkdir -p "$dir/data"
sql "drop database if exists $source_db; drop database if exists $restored_db"
start "$source_db" "$dir/source.log"
stop
# --single-transaction: a consistent snapshot of the InnoDB tables without blocking writers (a live server's backup);
# taken here after the stop so that the original can be compared with the copy.
"$dump" "${creds[@]}" --single-transaction --routines --triggers --databases "$source_db" > "$dir/dump.sql"
sed "s/\`$source_db\`/\`$restored_db\`/g" "$dir/dump.sql" | "$client" "${creds[@]}"
tables "$source_db" > "$dir/source.tables"
tables "$restored_db" > "$dir/restored.tables"
diff "$dir/source.tables" "$dir/restored.tables" || { echo "The restored copy differs from the original." >&2; exit 1; }
rows=$(awk '{ s += $2 } END { print s }' "$dir/source.tables")
# The shared cache holds answers computed again at will (keyed by data version): a restart may replace stale entries
# with fewer fresh ones, which loses nothing. Every other table must keep its rows.
kept() { awk '$1 != "shared_cache" { s += $2 } END { print s }'; }
stored=$(kept < "$dir/source.tables")
start "$restored_db" "$dir/restored.log"
token=$(curl -fsS -X POST "http://127.0.0.1:$port/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$password\"}" | python3 -c 'import sys, json; print(json.load(sys.stdin)["accessToken"])')
aid=$(curl -fsS "http://127.0.0.1:$port/api/v1/aid-commitments?size=1" -H "Authorization: Bearer $token" \
  | python3 -c 'import sys, json; print(json.load(sys.stdin)["totalItems"])')
[ "$aid" -ge 1 ] || { echo "The restored copy has no aid commitments." >&2; exit 1; }
stop
[ "$(tables "$restored_db" | kept)" -ge "$stored" ] || { echo "Rows lost after restarting on the copy." >&2; exit 1; }
sql "drop database $source_db; drop database $restored_db"
echo "backup and restore: $(wc -l < "$dir/source.tables") tables, $rows rows, restored identical (counts and checksums), the app serves the copy ($aid aid commitments)"
