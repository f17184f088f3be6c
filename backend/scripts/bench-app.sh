# Sourced by the benchmark scripts: the database settings, the built app started against the benchmark database
# (stopped when the script exits), a login, and timing helpers. Run from backend/.
host=${BENCH_DB_HOST:-127.0.0.1}
port=${BENCH_DB_PORT:-3306}
user=${BENCH_DB_USER:-root}
db=${BENCH_DB:-diplomacy_bench}
runs=${BENCH_RUNS:-5}
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "Build the app first (make build)." >&2; exit 1; }
sql() { MYSQL_PWD="${BENCH_DB_PASSWORD:-}" mysql -h "$host" -P "$port" -u "$user" -N -B "$@"; }

# start_app PORT: the app on PORT against $db, background report warming off, until it answers ready.
start_app() {
  app_port=$1
  data_dir=$(mktemp -d)
  log=$(mktemp)
  DB_URL="jdbc:mysql://$host:$port/$db" DB_USERNAME="$user" DB_PASSWORD="${BENCH_DB_PASSWORD:-}" PORT=$app_port \
    APP_DATA_DIR="$data_dir" APP_ADMIN_PASSWORD=ha-long-bay-benchmark APP_ADMIN_MUST_CHANGE_PASSWORD=false \
    APP_DEMO_DATA=false APP_AID_WARM_REPORTS=false java -jar "$jar" > "$log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$data_dir" "$log"' EXIT
  for _ in $(seq 1 90); do curl -fsS "localhost:$app_port/q/health/ready" > /dev/null 2>&1 && return 0; sleep 1; done
  tail -20 "$log" >&2
  echo "The app did not start." >&2
  exit 1
}

login() {
  token=$(curl -fsS -X POST "localhost:$app_port/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"ha-long-bay-benchmark"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
}
get() { curl -fsS -H "Authorization: Bearer $token" "localhost:$app_port$1"; }
time_call() { curl -fsS -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "localhost:$app_port$1"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { awk '{printf "%.0f", $1 * 1000}'; }
