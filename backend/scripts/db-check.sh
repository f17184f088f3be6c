#!/usr/bin/env bash
# Makes sure a MySQL-compatible server answers at host:port; else starts the compose `db` when Docker is there,
# else says what to do. When it started the compose db, it prints the credentials to use on stdout
# (DB_USERNAME=... DB_PASSWORD=...); everything else goes to stderr.
set -euo pipefail
hostport=${1:-127.0.0.1:3306}
host=${hostport%:*}
port=${hostport##*:}
[ "$port" = "$host" ] && port=3306

answers() { (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; }

if answers; then
  exit 0
fi
if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  echo "No database at $host:$port; starting the compose 'db' service (MySQL 8.4)..." >&2
  cd "$(dirname "$0")/../.."
  # A developer's database: its port published on 127.0.0.1 only, passwords from .env or local defaults.
  export DB_ROOT_PASSWORD=${DB_ROOT_PASSWORD:-$(grep -s '^DB_ROOT_PASSWORD=.' .env | cut -d= -f2-)}
  export DB_PASSWORD=${DB_PASSWORD:-$(grep -s '^DB_PASSWORD=.' .env | cut -d= -f2-)}
  export DB_ROOT_PASSWORD=${DB_ROOT_PASSWORD:-local-dev-root} DB_PASSWORD=${DB_PASSWORD:-local-dev}
  docker compose -f docker-compose.yml -f docker-compose.db-port.yml up -d db >&2
  for _ in $(seq 1 90); do
    if answers; then
      # The compose file's defaults, or what .env says.
      user=$(grep -s '^DB_USERNAME=' .env | cut -d= -f2-)
      echo "DB_USERNAME=${user:-diplomacy} DB_PASSWORD=$DB_PASSWORD"
      exit 0
    fi
    sleep 2
  done
  echo "The compose 'db' did not start answering on $host:$port." >&2
  exit 1
fi
cat >&2 <<MSG
No MySQL-compatible database answers at $host:$port, and Docker is not available to start one.
Do one of:
  - start a local MySQL 8.4 or MariaDB 10.11+ server on $host:$port (user root, empty password), or
  - point DB_URL / DB_USERNAME / DB_PASSWORD at an existing server, e.g.
      make run DB_URL='jdbc:mysql://db.example:3306/diplomacy?createDatabaseIfNotExist=true' DB_USERNAME=app DB_PASSWORD=secret
MSG
exit 1
