# Challenge Market — the commands a newcomer needs. Everything but a JDK 17+ is fetched by the Maven wrapper.
MVN := ./mvnw -B
## The container image `make image` builds (deploy/Dockerfile); override: make image IMAGE=registry/x:1.0
IMAGE ?= challenge-market:latest
ENGINE ?= $(shell command -v docker 2>/dev/null || command -v podman 2>/dev/null)

.PHONY: run test format openapi package image clean reset-data

## Start the service on http://localhost:8080 with an embedded PostgreSQL (data in ./data) and demo data.
run:
	$(MVN) quarkus:dev -Dquarkus.analytics.disabled=true

## Run every test (unit, API against embedded PostgreSQL, contract) and the formatting check.
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

clean:
	$(MVN) clean

## Forget the embedded database and keys (demo data is seeded again at the next start).
reset-data:
	rm -rf data
