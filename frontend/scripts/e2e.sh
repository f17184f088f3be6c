#!/usr/bin/env bash
# Starts the built app (with the SPA) on its own port and database, runs the Chromium journeys, stops the app.
set -euo pipefail
cd "$(dirname "$0")/.."

# A free port unless E2E_PORT says otherwise, so that two runs on one machine do not collide.
port=${E2E_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
jar=${E2E_JAR:-../backend/target/quarkus-app/quarkus-run.jar}
[ -f "$jar" ] || { echo "Build the app first (make build)." >&2; exit 1; }

data_dir=$(mktemp -d)
log=$(mktemp)
export E2E_BASE_URL="http://localhost:$port"
export E2E_ADMIN_PASSWORD=ha-tinh-bolikhamxay-e2e

DB_URL="${E2E_DB_URL:-jdbc:mysql://127.0.0.1:3306/diplomacy_e2e?createDatabaseIfNotExist=true}" \
PORT=$port APP_DATA_DIR="$data_dir" APP_ADMIN_PASSWORD=$E2E_ADMIN_PASSWORD APP_ADMIN_MUST_CHANGE_PASSWORD=false APP_DEMO_DATA=true \
QUARKUS_LIQUIBASE_CLEAN_AT_START=true \
  java -jar "$jar" > "$log" 2>&1 &
app=$!
# Keep the journeys' exit status: waiting for the stopped app would otherwise make it 143.
cleanup() {
  status=$?
  # An idle app stops at once (not after the shutdown timeout: quarkusio/quarkus#51915, common.GracefulShutdown).
  started=$(date +%s)
  kill $app 2>/dev/null || true
  wait $app 2>/dev/null || true
  if [ $(( $(date +%s) - started )) -gt 5 ] || grep -q "Timed out waiting for graceful shutdown" "$log"; then
    echo "The app took more than 5 s to stop, or logged a shutdown time-out." >&2
    [ $status -eq 0 ] && status=1
  fi
  rm -rf "$data_dir" "$log"
  exit $status
}
trap cleanup EXIT

for _ in $(seq 1 90); do
  if curl -fsS "$E2E_BASE_URL/q/health/ready" > /dev/null 2>&1; then break; fi
  if ! kill -0 $app 2>/dev/null; then cat "$log"; echo "The app did not start." >&2; exit 1; fi
  sleep 1
done
curl -fsS "$E2E_BASE_URL/" | grep -q '<div id="root">' || { echo "The app does not serve the SPA; run make build." >&2; exit 1; }

# The tests' own dates (new Date()) on the offices' clock, like the browser's (e2e/fixtures.mjs).
TZ=Asia/Ho_Chi_Minh npx playwright test ${E2E_ONLY:-} || { echo "--- app log (last 80 lines) ---"; tail -80 "$log"; exit 1; }
