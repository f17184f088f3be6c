#!/usr/bin/env bash
# Three replicas started at once on an empty database, ROUNDS times (default 10): every one becomes ready, the schema
# is migrated once (each changeset recorded once), the first admin and the demo data are loaded once (no duplicate
# exchange rate or organization), and all three share one JWT key pair (a token from one is accepted by the others).
# Needs the packaged app (backend/target/quarkus-app) and the database server at DB_HOST (default 127.0.0.1:3306).
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${ROUNDS:-10}
host=${DB_HOST:-127.0.0.1:3306}
base=backend/target/cold-start-check
password=quang-tri-savannakhet-cold
client=$(command -v mariadb || command -v mysql) || { echo "cold-start-check needs the mariadb or mysql client." >&2; exit 1; }
sql() { "$client" -h "${host%:*}" -P "${host##*:}" -u "${DB_USERNAME:-root}" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -N -B -e "$1"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
pids=()
stop() { for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done; for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done; pids=(); }
trap stop EXIT
for round in $(seq 1 "$rounds"); do
  db="diplomacy_cold_$(printf '%s' "$PWD" | cksum | cut -d' ' -f1)_$round"
  dir="$base/$round"
  rm -rf "$dir" && mkdir -p "$dir/data"
  sql "drop database if exists $db"
  ports=()
  for i in 1 2 3; do
    port=$(free_port); ports+=("$port")
    DB_URL="jdbc:mysql://$host/$db?createDatabaseIfNotExist=true" APP_DATA_DIR="$PWD/$dir/data" PORT=$port \
      APP_DEMO_DATA=true APP_ADMIN_PASSWORD=$password APP_ADMIN_MUST_CHANGE_PASSWORD=false \
      java -Xmx384m -jar backend/target/quarkus-app/quarkus-run.jar > "$dir/replica-$i.log" 2>&1 &
    pids+=($!)
  done
  for i in 0 1 2; do
    for _ in $(seq 1 300); do
      curl -fsS "http://127.0.0.1:${ports[$i]}/q/health/ready" > /dev/null 2>&1 && break
      kill -0 "${pids[$i]}" 2>/dev/null || { tail -40 "$dir/replica-$((i + 1)).log"; echo "Round $round: replica $((i + 1)) died." >&2; exit 1; }
      sleep 1
    done
    curl -fsS "http://127.0.0.1:${ports[$i]}/q/health/ready" > /dev/null || { echo "Round $round: replica $((i + 1)) not ready." >&2; exit 1; }
  done
  token=$(curl -fsS -X POST "http://127.0.0.1:${ports[0]}/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$password\"}" | python3 -c 'import sys, json; print(json.load(sys.stdin)["accessToken"])')
  for i in 1 2; do
    curl -fsS "http://127.0.0.1:${ports[$i]}/api/v1/auth/me" -H "Authorization: Bearer $token" > /dev/null \
      || { echo "Round $round: replica $((i + 1)) refused replica 1's token (two key pairs)." >&2; exit 1; }
  done
  twice=$(sql "select count(*) from (select id from $db.DATABASECHANGELOG group by id, filename having count(*) > 1) t")
  [ "$twice" = 0 ] || { echo "Round $round: $twice changesets recorded twice." >&2; exit 1; }
  rates=$(sql "select count(*) from (select currency, rate_date from $db.exchange_rate group by currency, rate_date having count(*) > 1) t")
  orgs=$(sql "select count(*) from (select name from $db.organization group by name, country_code, type having count(*) > 1) t")
  admins=$(sql "select count(*) from $db.app_user where username = 'admin'")
  [ "$rates" = 0 ] && [ "$orgs" = 0 ] && [ "$admins" = 1 ] \
    || { echo "Round $round: demo data loaded twice (rates $rates, organizations $orgs, admins $admins)." >&2; exit 1; }
  if grep -l ' ERROR ' "$dir"/replica-*.log > /dev/null; then grep -h ' ERROR ' "$dir"/replica-*.log | head -5; echo "Round $round: errors logged." >&2; exit 1; fi
  stop
  sql "drop database $db"
  echo "round $round: 3 replicas ready, schema migrated once, demo data once, one key pair"
done
echo "cold start: $rounds rounds of 3 replicas at once on an empty database, all clean"
