#!/usr/bin/env bash
# List benchmark: times the aid list through the HTTP API of the built app over the data aid-benchmark.sh generated
# (1,000,000 commitments in database diplomacy_bench): page 1, a deep page by number and by cursor, a descending
# sort, updatedSince, and a streamed CSV export, against /api/v1/auth/me in the same run. Medians of BENCH_RUNS
# calls (default 5). Prints a Markdown table (docs/benchmarks.md).
#
#   make build && backend/scripts/aid-benchmark.sh && backend/scripts/list-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/bench-app.sh
start_app "${BENCH_APP_PORT:-8096}"
login
next_of() { get "$1" | sed -E 's/.*"next":"([^"]+)".*/\1/'; }
timed() { local t=(); for _ in $(seq 1 "$runs"); do t+=("$(time_call "$1")"); done; printf '%s\n' "${t[@]}" | median | ms; }

for _ in 1 2 3; do time_call "/api/v1/aid-commitments" > /dev/null; time_call "/api/v1/auth/me" > /dev/null; done
me=$(timed "/api/v1/auth/me")
deep=$(next_of "/api/v1/aid-commitments?page=4999")
deep_desc=$(next_of "/api/v1/aid-commitments?page=4999&sort=-commitmentDate")
since=$(get "/api/v1/aid-commitments?size=1&sort=-updatedAt" | sed -E 's/.*"updatedAt":"([^"]+)".*/\1/')

echo "| call | median (ms) | × /auth/me |"
echo "|---|---:|---:|"
row() { local v; v=$(timed "$2"); echo "| $1 | $v | $(awk -v a="$v" -v b="$me" 'BEGIN {printf "%.1f", (b > 0 ? a / b : 0)}') |"; }
echo "| \`/api/v1/auth/me\` | $me | 1.0 |"
row "aid list page 1 (default sort)" "/api/v1/aid-commitments"
row "aid list page 1, \`sort=-commitmentDate\`" "/api/v1/aid-commitments?sort=-commitmentDate"
row "aid list \`page=4999\` (offset 99,980)" "/api/v1/aid-commitments?page=4999"
row "aid list, the page after row 100,000 by \`cursor\`" "/api/v1/aid-commitments?cursor=$deep"
row "aid list \`page=4999&sort=-commitmentDate\`" "/api/v1/aid-commitments?page=4999&sort=-commitmentDate"
row "the same depth by \`cursor\`, descending" "/api/v1/aid-commitments?sort=-commitmentDate&cursor=$deep_desc"
row "\`updatedSince\` = the last change" "/api/v1/aid-commitments?updatedSince=$since"
row "\`year=2023\` page 1" "/api/v1/aid-commitments?year=2023"
first=$(curl -fsS -o /dev/null -w '%{time_starttransfer}' -H "Authorization: Bearer $token" \
  "localhost:$app_port/api/v1/aid-commitments?year=2023&format=csv" | ms)
runs=1 row "CSV export of \`year=2023\` (all its rows, streamed; first byte after $first ms)" "/api/v1/aid-commitments?year=2023&format=csv"
