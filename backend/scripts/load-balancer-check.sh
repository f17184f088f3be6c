#!/usr/bin/env bash
# Two replicas on one database behind Debian's HAProxy 2.6, with the office's everyday calls running through it:
# both replicas serve, one is stopped (SIGTERM: it finishes what it has, answers new requests 503, which the balancer
# retries on the other) and started again, and no request fails. Needs the packaged app and the database server.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v haproxy > /dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "Installing Debian's haproxy for the load-balancer check..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy > /dev/null 2>&1 \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy > /dev/null; }
  else
    echo "haproxy is missing: run 'sudo apt-get install haproxy'." >&2; exit 1
  fi
fi
host=${DB_HOST:-127.0.0.1:3306}
db="diplomacy_lb_$(printf '%s' "$PWD" | cksum | cut -d' ' -f1)"
dir=backend/target/load-balancer-check
password=quang-tri-savannakhet-lb
client=$(command -v mariadb || command -v mysql)
sql() { "$client" -h "${host%:*}" -P "${host##*:}" -u "${DB_USERNAME:-root}" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -N -B -e "$1"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
rm -rf "$dir" && mkdir -p "$dir/data"
sql "drop database if exists $db"
declare -A pid port
start() { # replica name: starts it and waits until it is ready
  DB_URL="jdbc:mysql://$host/$db?createDatabaseIfNotExist=true" APP_DATA_DIR="$PWD/$dir/data" PORT=${port[$1]} \
    APP_DEMO_DATA=true APP_ADMIN_PASSWORD=$password APP_ADMIN_MUST_CHANGE_PASSWORD=false APP_TRUSTED_PROXIES=127.0.0.1 \
    java -Xmx384m -jar backend/target/quarkus-app/quarkus-run.jar >> "$dir/$1.log" 2>&1 &
  pid[$1]=$!
  for _ in $(seq 1 240); do
    curl -fsS "http://127.0.0.1:${port[$1]}/q/health/ready" > /dev/null 2>&1 && return 0
    kill -0 "${pid[$1]}" 2>/dev/null || { tail -30 "$dir/$1.log"; echo "Replica $1 did not start." >&2; exit 1; }
    sleep 1
  done
  echo "Replica $1 did not become ready." >&2; exit 1
}
cleanup() {
  echo stop > "$dir/phase"
  for p in "${pid[@]}" ${lb:-} ${load:-}; do kill -TERM "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
port[a]=$(free_port); port[b]=$(free_port); front=$(free_port)
start a
start b
cat > "$dir/haproxy.cfg" <<CFG
global
  log stdout format raw local0 info
defaults
  mode http
  log global
  option httplog
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  retries 5
  option redispatch 1
  # A stopping replica answers 503 before it reads a request's work: safe to send again, to the other one.
  retry-on conn-failure empty-response 503
  # The whole request is kept until answered, so that one with a body (POST, PUT) can be sent again too.
  option http-buffer-request
frontend api
  bind 127.0.0.1:$front
  default_backend replicas
backend replicas
  balance roundrobin
  option httpchk GET /q/health/ready
  http-check expect status 200
  # The first 503 takes a stopping replica out at once rather than after two failed health checks.
  default-server inter 500ms fall 2 rise 2 observe layer7 error-limit 1 on-error mark-down
  http-response set-header X-Served-By %s
  server a 127.0.0.1:${port[a]} check
  server b 127.0.0.1:${port[b]} check
CFG
haproxy -f "$dir/haproxy.cfg" > "$dir/haproxy.log" 2>&1 &
lb=$!
sleep 2
echo both > "$dir/phase"
python3 backend/scripts/lb_client.py "http://127.0.0.1:$front" "$password" "$dir/phase" "$dir/result.json" > "$dir/client.log" 2>&1 &
load=$!
sleep 10
echo stopping > "$dir/phase"
kill -TERM "${pid[b]}"; wait "${pid[b]}" 2>/dev/null || true
echo one > "$dir/phase"
sleep 10
echo restarting > "$dir/phase"
start b
sleep 3
echo again > "$dir/phase"
sleep 10
echo stop > "$dir/phase"
wait "$load"
load=""
python3 - "$dir/result.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
c = r["counts"]
served = lambda phase, s: c.get(f"{phase}/{s}", 0)
problems = []
if r["failed"]:
    problems.append(f"{r['failed']} requests failed: " + "; ".join(r["failures"][:5]))
for replica in "ab":
    if not served("both", replica):
        problems.append(f"replica {replica} served nothing while both ran")
    if not served("again", replica):
        problems.append(f"replica {replica} served nothing after the restart")
if served("one", "b"):
    problems.append("the stopped replica was sent requests")
if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
total = sum(c.values())
print(f"load balancer: {total} requests through HAProxy, none failed; "
      f"both {served('both','a')}/{served('both','b')}, one stopped {served('one','a')}/{served('one','b')}, "
      f"restarted {served('again','a')}/{served('again','b')} (replica a/b)")
PY
sql "drop database $db"
