# Entry points: `make run` (demo on http://localhost:8080) and `make test` (everything CI checks).
SHELL := /bin/bash
MVNW := cd backend && ./mvnw -B -ntp
NPM := cd frontend && npm
DB_URL ?= jdbc:mysql://127.0.0.1:3306/diplomacy?createDatabaseIfNotExist=true
DB_HOST_PORT := $(shell echo '$(DB_URL)' | sed -E 's#^jdbc:[a-z]+://([^/?]+).*#\1#')
# Defaults for `make run` only (a demo); the tests set their own.
APP_DEMO_DATA ?= true
APP_ADMIN_PASSWORD ?= ha-tinh-bolikhamxay
# Each checkout keeps its own keys and embedded database (not one ~/.diplomacy shared by every checkout).
APP_DATA_DIR ?= $(CURDIR)/.data
# Per-checkout names for the tests' databases, so that two checkouts on one machine do not collide.
CHECKOUT_ID := $(shell printf '%s' '$(CURDIR)' | cksum | cut -d' ' -f1)
TEST_DB_URL ?= jdbc:mysql://127.0.0.1:3306/diplomacy_test_$(CHECKOUT_ID)?createDatabaseIfNotExist=true
E2E_DB_URL ?= jdbc:mysql://127.0.0.1:3306/diplomacy_e2e_$(CHECKOUT_ID)?createDatabaseIfNotExist=true
export TEST_DB_URL E2E_DB_URL

.PHONY: format embedded-run-check cold-start-check deploy-check backup-restore-check load-balancer-check benchmark run build dev test backend-test frontend-build frontend-check e2e openapi api-types db-check compose-check chromium clean

## Start the app (API + SPA) at http://localhost:8080 against DB_URL (default: the server at 127.0.0.1:3306,
## else the compose db, else an embedded MariaDB kept in $(APP_DATA_DIR)/mariadb).
run: build
	DB_URL='$(DB_URL)' DB_URL_GIVEN=$(if $(filter file,$(origin DB_URL)),no,yes) APP_DATA_DIR='$(APP_DATA_DIR)' \
		APP_DEMO_DATA='$(APP_DEMO_DATA)' APP_ADMIN_PASSWORD='$(APP_ADMIN_PASSWORD)' \
		./backend/scripts/with-db.sh java -jar target/quarkus-app/quarkus-run.jar

## Build the runnable app (backend/target/quarkus-app) with the SPA bundled, without starting it.
build: frontend-build
	$(MVNW) package -DskipTests

## Quarkus dev mode on :8080 and the Vite dev server on :5173 (proxying /api and /q to Quarkus).
dev: frontend/node_modules/.package-lock.json
	trap 'kill 0' EXIT; \
	(DB_URL='$(DB_URL)' DB_URL_GIVEN=$(if $(filter file,$(origin DB_URL)),no,yes) APP_DATA_DIR='$(APP_DATA_DIR)' \
		APP_DEMO_DATA='$(APP_DEMO_DATA)' APP_ADMIN_PASSWORD='$(APP_ADMIN_PASSWORD)' ./backend/scripts/with-db.sh ./mvnw -ntp quarkus:dev) & \
	(cd frontend && npm run dev) & wait

## Everything CI checks: frontend stale-types check, typecheck, lint and unit tests; backend unit and
## integration tests against the real database with the OpenAPI drift check; the compose file; the
## Chromium journeys against the built app.
test: db-check compose-check deploy-check frontend-check frontend-build backend-test e2e embedded-run-check cold-start-check backup-restore-check load-balancer-check

frontend/node_modules/.package-lock.json: frontend/package-lock.json
	$(NPM) ci --no-audit --no-fund

frontend-build: frontend/node_modules/.package-lock.json
	$(NPM) run build

frontend-check: frontend/node_modules/.package-lock.json
	$(NPM) run format:check
	$(NPM) run api:check
	$(NPM) run typecheck
	$(NPM) run lint
	$(NPM) test

# `verify` also packages the app, with the SPA built just before, for the e2e run.
backend-test:
	$(MVNW) spotless:check verify

e2e: chromium
	$(NPM) run e2e

## `make run` with no database server: the embedded MariaDB on a free port, demo data, a login, then stop.
embedded-run-check:
	./backend/scripts/embedded-run-check.sh

## Two replicas behind Debian's HAProxy with the everyday calls running; one stopped and restarted; nothing fails.
load-balancer-check:
	./backend/scripts/load-balancer-check.sh

## docs/deployment.md's backup and restore on the demo data: dump, restore, compare every table, serve the copy.
backup-restore-check:
	./backend/scripts/backup-restore-check.sh

## The Kubernetes manifests (deploy/kubernetes) against the Kubernetes schemas and the deployment's rules, offline.
deploy-check:
	cd deploy && npm ci --no-audit --no-fund && npm run check

## Three replicas at once on an empty database, ROUNDS times (default 10): migrated once, demo data once, one key pair.
cold-start-check:
	./backend/scripts/cold-start-check.sh

chromium:
	@./frontend/scripts/ensure-chromium.sh

## Time the aid reports over 1,000,000 generated commitments (database diplomacy_bench; see docs/benchmarks.md).
benchmark: build
	./backend/scripts/aid-benchmark.sh $(BENCH_ROWS)

## Format the Java code with Spotless (palantir-java-format) and the SPA, its tests and journeys with Prettier
## (make test checks both).
format: frontend/node_modules/.package-lock.json
	$(MVNW) -q spotless:apply
	$(NPM) run format

## Regenerate openapi.yaml from the code and the SPA's types from it (commit both).
openapi:
	$(MVNW) test -Dtest=OpenApiDocumentTest -Dopenapi.update=true
	$(MAKE) api-types

api-types: frontend/node_modules/.package-lock.json
	$(NPM) run api:types

# The compose file requires its passwords; placeholders let it be validated without a .env.
compose-check:
	@if ! docker compose version >/dev/null 2>&1 && ! command -v docker-compose >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null; fi
	@export DB_ROOT_PASSWORD=check DB_PASSWORD=check; \
	if docker compose version >/dev/null 2>&1; then docker compose config -q && docker compose -f docker-compose.yml -f docker-compose.db-port.yml config -q; \
	elif command -v docker-compose >/dev/null 2>&1; then docker-compose config -q && docker-compose -f docker-compose.yml -f docker-compose.db-port.yml config -q; \
	else echo "compose-check: install 'docker compose' or Debian's docker-compose (make test does it when run as root)" >&2; exit 1; fi
	@echo "docker-compose.yml is valid"

db-check:
	@./backend/scripts/db-check.sh '$(DB_HOST_PORT)' > /dev/null

clean:
	$(MVNW) clean
	rm -rf frontend/node_modules backend/src/main/resources/META-INF/resources
