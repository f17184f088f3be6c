#!/usr/bin/env bash
# Aid report benchmark: fills a database of its own with ROWS aid commitments (default 1,000,000), about two thirds of
# them with a disbursement, 300 donors, 700 beneficiary districts and monthly rates for nine currencies, then times
# every report grouping through the HTTP API of the built app (background warming off). "cold" bumps the data version before each call, so the
# report is computed by the database; "cached" repeats the same call. Prints a Markdown table (docs/benchmarks.md).
#
#   make build && backend/scripts/aid-benchmark.sh [ROWS]
#
# Needs the mysql client and a MySQL/MariaDB server (BENCH_DB_HOST, BENCH_DB_PORT, BENCH_DB_USER, BENCH_DB_PASSWORD).
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${1:-1000000}
. scripts/bench-app.sh

# BENCH_REUSE=1 times the data a previous run generated instead of generating it again.
reuse=${BENCH_REUSE:-}
[ -n "$reuse" ] || sql -e "drop database if exists $db; create database $db character set utf8mb4 collate utf8mb4_unicode_520_ci"
start_app "${BENCH_APP_PORT:-8095}"

start=$(date +%s)
[ -n "$reuse" ] || echo "Generating $rows commitments..." >&2
[ -n "$reuse" ] || sql "$db" <<SQL
create table bench_digit (d int primary key);
insert into bench_digit values (0),(1),(2),(3),(4),(5),(6),(7),(8),(9);
create table bench_n (n int primary key);
insert into bench_n select a.d + 10*b.d + 100*c.d + 1000*e.d + 10000*f.d + 100000*g.d + 1000000*h.d
  from bench_digit a, bench_digit b, bench_digit c, bench_digit e, bench_digit f, bench_digit g, bench_digit h
  where a.d + 10*b.d + 100*c.d + 1000*e.d + 10000*f.d + 100000*g.d + 1000000*h.d < $rows;

insert into organization (name, type, country_code, search_text, version, created_at, created_by, updated_at, updated_by)
select concat('Bench donor ', n), 'INTERNATIONAL_NGO', elt(1 + n % 9, 'GB','US','FR','SE','CH','KR','CN','AU','NZ'),
       concat('bench donor ', n), 0, now(), 'bench', now(), 'bench' from bench_n where n < 300;
insert into organization (name, type, country_code, search_text, version, created_at, created_by, updated_at, updated_by)
select concat('Bench district ', n), 'LOCAL_GOVERNMENT', 'VN', concat('bench district ', n), 0, now(), 'bench', now(), 'bench'
  from bench_n where n < 700;
set @donor = (select min(id) from organization where name like 'Bench donor %');
set @district = (select min(id) from organization where name like 'Bench district %');

-- Monthly rates from December 2015 for nine currencies, each valid until the next month's.
insert into exchange_rate (currency, rate_date, rate, valid_until, source, version, created_at, created_by, updated_at, updated_by)
select c.code, date_add('2015-12-01', interval m.n month), round(c.base * (1 + (m.n % 13) / 200), 2),
       date_add('2015-12-01', interval m.n + 1 month), 'bench', 0, now(), 'bench', now(), 'bench'
  from (select 'USD' code, 23500 base union all select 'EUR', 26500 union all select 'CNY', 3450 union all
        select 'KRW', 19 union all select 'AUD', 16500 union all select 'NZD', 15500 union all select 'GBP', 30500 union all
        select 'CHF', 25000 union all select 'SEK', 2450) c, bench_n m where m.n < 133;
update exchange_rate set valid_until = '9999-12-31' where rate_date = (select max(rate_date) from (select rate_date from exchange_rate) r);

insert into aid_commitment (title, ngo_id, donor_country_code, kind, sector, beneficiary_organization_id, committed_amount,
    committed_currency, commitment_date, status, search_text, version, created_at, created_by, updated_at, updated_by)
select concat('Bench project ', n), @donor + n % 300, elt(1 + (n % 300) % 9, 'GB','US','FR','SE','CH','KR','CN','AU','NZ'),
       elt(1 + n % 3, 'PROJECT', 'NON_PROJECT', 'EMERGENCY_RELIEF'),
       elt(1 + n % 12, 'EDUCATION','HEALTH','WATER_SANITATION','AGRICULTURE','LIVELIHOODS','DISASTER_RELIEF',
           'ENVIRONMENT_CLIMATE','CHILD_PROTECTION','GENDER','INFRASTRUCTURE','GOVERNANCE','OTHER'),
       @district + n % 700,
       case when n % 3 = 0 then 100000000 + (n * 7919) % 5000000 * 1000 else 1000 + (n * 7919) % 500000 end,
       case when n % 3 = 0 then 'VND' else elt(1 + (n % 300) % 9, 'GBP','USD','EUR','SEK','CHF','KRW','CNY','AUD','NZD') end,
       date_add('2016-01-01', interval (n * 37) % 3950 day),
       elt(1 + n % 6, 'PIPELINE','IMPLEMENTATION','FINALISATION','CLOSED','CANCELLED','SUSPENDED'),
       concat('bench project ', n), 0, now(), 'bench', now(), 'bench'
  from bench_n;

insert into aid_disbursement (commitment_id, disbursement_date, amount, currency, version, created_at, created_by, updated_at, updated_by)
select id, date_add(commitment_date, interval 90 day), round(committed_amount / 2), committed_currency, 0, now(), 'bench', now(), 'bench'
  from aid_commitment where title like 'Bench project %' and id % 3 <> 2;

-- The base-currency values the app keeps on every write (AidConversions), set here in bulk: each row's rate is the
-- latest on or before its date, found by one descending probe of the (currency, date) index.
update aid_commitment c set c.committed_rate_id = (select r.id from exchange_rate r where r.currency = c.committed_currency
    and r.rate_date <= c.commitment_date order by r.rate_date desc limit 1) where c.committed_currency <> 'VND';
update aid_commitment c set c.committed_base = c.committed_amount where c.committed_currency = 'VND';
update aid_commitment c join exchange_rate r on r.id = c.committed_rate_id set c.committed_base = c.committed_amount * r.rate;
update aid_disbursement d set d.rate_id = (select r.id from exchange_rate r where r.currency = d.currency
    and r.rate_date <= d.disbursement_date order by r.rate_date desc limit 1) where d.currency <> 'VND';
update aid_disbursement d set d.amount_base = d.amount where d.currency = 'VND';
update aid_disbursement d join exchange_rate r on r.id = d.rate_id set d.amount_base = d.amount * r.rate;
analyze table aid_commitment, aid_disbursement, exchange_rate, organization;
drop table bench_n;
drop table bench_digit;
SQL
echo "Data ready in $(( $(date +%s) - start )) s: $(sql "$db" -e 'select count(*) from aid_commitment') commitments," \
  "$(sql "$db" -e 'select count(*) from aid_disbursement') disbursements" >&2

login

# Warm the JVM with one of each so the first timed call does not pay for class loading.
for g in year ngo donorCountry sector beneficiary status kind; do time_call "/api/v1/reports/aid?groupBy=$g&year=2017" > /dev/null; done

echo "| report | rows selected | cold median (ms) | cold max (ms) | cached median (ms) |"
echo "|---|---:|---:|---:|---:|"
for query in "groupBy=year" "groupBy=ngo" "groupBy=donorCountry" "groupBy=sector" "groupBy=beneficiary" "groupBy=status" "groupBy=kind" \
    "groupBy=year&stackBy=sector" "groupBy=sector&currency=USD" \
    "groupBy=sector&year=2023" "groupBy=beneficiary&year=2023" "groupBy=ngo&from=2023-01-01&to=2023-03-31" \
    "groupBy=sector&ngoId=\$donor" "groupBy=year&q=project%2012345"; do
  q=${query//\$donor/$(sql "$db" -e "select min(id) + 7 from organization where name like 'Bench donor %'")}
  selected=$(curl -fsS -H "Authorization: Bearer $token" "localhost:$app_port/api/v1/reports/aid?$q" \
    | sed -E 's/.*"totals":\{"projects":([0-9]+).*/\1/')
  cold=()
  for _ in $(seq 1 "$runs"); do
    sql "$db" -e "update aid_data_version set version = version + 1 where id = 1"
    cold+=("$(time_call "/api/v1/reports/aid?$q")")
  done
  cached=()
  for _ in $(seq 1 "$runs"); do cached+=("$(time_call "/api/v1/reports/aid?$q")"); done
  echo "| \`$q\` | $selected | $(printf '%s\n' "${cold[@]}" | median | ms) | $(printf '%s\n' "${cold[@]}" | sort -n | tail -1 | ms) | $(printf '%s\n' "${cached[@]}" | median | ms) |"
done
list=$(time_call "/api/v1/aid-commitments?year=2023&sort=-commitmentDate")
echo
echo "List page (\`year=2023&sort=-commitmentDate\`, 20 rows and the count): $(echo "$list" | ms) ms."
