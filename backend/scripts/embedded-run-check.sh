#!/usr/bin/env bash
# What `make run` does on a machine with no database server and no Docker: the embedded MariaDB, the app with demo
# data on a free port, a login, then a clean stop of both. Run by `make test`.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=backend/target/embedded-run-check
rm -rf "$data" && mkdir -p "$data"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
password=quang-tri-savannakhet-check
EMBEDDED_DB=always DB_URL=unused APP_DATA_DIR="$PWD/$data" PORT=$port APP_DEMO_DATA=true \
  APP_ADMIN_PASSWORD=$password APP_ADMIN_MUST_CHANGE_PASSWORD=false ./backend/scripts/with-db.sh java -jar target/quarkus-app/quarkus-run.jar > "$data/run.log" 2>&1 &
run=$!
trap 'kill -TERM $run 2>/dev/null || true; wait $run 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -fsS "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1 && break
  kill -0 $run 2>/dev/null || { tail -40 "$data/run.log"; echo "make run with the embedded MariaDB did not start." >&2; exit 1; }
  sleep 1
done
token=$(curl -fsS -X POST "http://127.0.0.1:$port/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$password\"}" | python3 -c 'import sys, json; print(json.load(sys.stdin)["accessToken"])')
count=$(curl -fsS "http://127.0.0.1:$port/api/v1/organizations?q=ha%20tinh" -H "Authorization: Bearer $token" \
  | python3 -c 'import sys, json; print(json.load(sys.stdin)["totalItems"])')
[ "$count" -ge 1 ] || { echo "The demo data is missing (no Hà Tĩnh)." >&2; exit 1; }
kill -TERM $run; wait $run 2>/dev/null || true
trap - EXIT
if pgrep -f "EmbeddedMariaDb $PWD/$data" > /dev/null; then echo "The embedded MariaDB outlived make run." >&2; exit 1; fi
echo "make run with the embedded MariaDB: started on port $port, logged in, $count organizations match 'ha tinh', stopped"
