# Challenge Market — the commands a newcomer needs. Everything but a JDK 17+ is fetched by the Maven wrapper.
MVN := ./mvnw -B
## The container image `make image` builds (deploy/Dockerfile); override: make image IMAGE=registry/x:1.0
IMAGE ?= challenge-market:latest
ENGINE ?= $(shell command -v docker 2>/dev/null || command -v podman 2>/dev/null)

KEYCLOAK_URL := http://127.0.0.1:8180
KEYCLOAK_REALM := $(KEYCLOAK_URL)/realms/challenge-market

.PHONY: run run-keycloak keycloak keycloak-reset test format openapi package image clean reset-data bench seed-large

## Start the service on http://localhost:8080 with an embedded PostgreSQL (data in ./data) and demo data.
run:
	$(MVN) quarkus:dev -Dquarkus.analytics.disabled=true

## Start a local Keycloak on 127.0.0.1:8180 with the realm and its demo users (fetched from Maven
## Central the first time, into keycloak/dist). Leave it running; `make run-keycloak` in another shell.
keycloak:
	$(MVN) -q dependency:unpack@keycloak
	keycloak/run-dev.sh

## Forget the local Keycloak's users and clients (the realm is imported again at the next start).
keycloak-reset:
	rm -rf keycloak/dist/keycloak-*/data

## Start the service in keycloak mode against `make keycloak`: its tokens, its login page, provisioning.
run-keycloak:
	@test -s keycloak/dist/service-client-secret || { echo "Start 'make keycloak' first"; exit 1; }
	AUTH_JWKS_URL=$(KEYCLOAK_REALM)/protocol/openid-connect/certs \
	KEYCLOAK_URL=$(KEYCLOAK_URL) \
	KEYCLOAK_CLIENT_SECRET=$$(cat keycloak/dist/service-client-secret) \
	$(MVN) quarkus:dev -Dquarkus.analytics.disabled=true \
	  -Dchallengemarket.auth.mode=keycloak -Dchallengemarket.auth.issuer=$(KEYCLOAK_REALM)

## Run every test (unit, API against embedded PostgreSQL and a real Keycloak, contract) and the formatting check.
test:
	$(MVN) verify

## Format the Java sources (the build refuses unformatted code).
format:
	$(MVN) spotless:apply

## Rewrite openapi/openapi.yaml from the code after an intended API change; review the diff.
openapi:
	$(MVN) test -Dtest=OpenApiContractTest -Dopenapi.update=true -Dspotless.check.skip=true

## Build the production jar (target/quarkus-app).
package:
	$(MVN) package -DskipTests

## Build the JVM container image with docker or podman (not needed for run or test).
image:
	@test -n "$(ENGINE)" || { echo "make image needs docker or podman; none is installed" >&2; exit 1; }
	$(ENGINE) build -f deploy/Dockerfile -t $(IMAGE) .

## Benchmark (see README, "Performance"): PostgreSQL and the packaged service on 127.0.0.1, the
## generated data set, pgbench -S and every scenario with wrk; prints the table and writes
## target/bench/results.json. SCALE=10 measures ten times the data (its first seeding takes longer).
bench:
	SCALE=$(or $(SCALE),1) bench/bench.sh run

## Generate the benchmark's data set (SCALE=1: 50 agencies, 2,000 companies, 20,000 challenges,
## 200,000 proposals with submissions) into its own database under target/bench.
seed-large:
	SCALE=$(or $(SCALE),1) bench/bench.sh seed

clean:
	$(MVN) clean

## Forget the embedded database and keys (demo data is seeded again at the next start).
reset-data:
	rm -rf data
