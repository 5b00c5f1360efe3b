# Challenge Market — the commands a newcomer needs. Everything but a JDK 17+ is fetched by the Maven wrapper.
MVN := ./mvnw -B

.PHONY: run test format openapi package clean reset-data bench seed-large

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
