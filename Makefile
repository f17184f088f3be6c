# Entry points: `make run` (demo on http://localhost:8080) and `make test` (everything CI checks).
SHELL := /bin/bash
MVNW := cd backend && ./mvnw -B -ntp
DB_URL ?= jdbc:mysql://127.0.0.1:3306/diplomacy?createDatabaseIfNotExist=true
DB_HOST_PORT := $(shell echo '$(DB_URL)' | sed -E 's#^jdbc:[a-z]+://([^/?]+).*#\1#')
APP_DEMO_DATA ?= true
APP_ADMIN_PASSWORD ?= admin12345
export DB_URL APP_DEMO_DATA APP_ADMIN_PASSWORD

.PHONY: run build test backend-test openapi db-check compose-check frontend-build frontend-test dev clean

## Build the runnable app (backend jar; the SPA is bundled into it once frontend/ exists).
build:
	$(MVNW) package -DskipTests

## Start the app against DB_URL (default: the MySQL/MariaDB server at 127.0.0.1:3306).
run: db-check build
	cd backend && java -jar target/quarkus-app/quarkus-run.jar

## The whole suite: backend unit + integration tests against the real database, the OpenAPI drift check,
## and the compose file's validity.
test: db-check compose-check backend-test

backend-test:
	$(MVNW) verify

## Regenerate ../openapi.yaml from the code (commit the result).
openapi:
	$(MVNW) test -Dtest=OpenApiDocumentTest -Dopenapi.update=true

compose-check:
	@if docker compose version >/dev/null 2>&1; then docker compose config -q; \
	elif command -v docker-compose >/dev/null 2>&1; then docker-compose config -q; \
	else echo "compose-check: neither 'docker compose' nor 'docker-compose' is installed" >&2; exit 1; fi
	@echo "docker-compose.yml is valid"

db-check:
	@./scripts/db-check.sh '$(DB_HOST_PORT)'

clean:
	$(MVNW) clean
