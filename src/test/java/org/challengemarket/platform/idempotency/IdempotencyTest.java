package org.challengemarket.platform.idempotency;

import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A creating call retried with the same {@code Idempotency-Key} and body answers the first
 * result again instead of creating a second object; keys belong to their caller.
 */
@QuarkusTest
class IdempotencyTest {

    @Test
    void sameKeyAndBodyCreatesOneOrganisation() {
        String admin = Tokens.admin();
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("name", "Retried " + key, "type", "COMPANY");

        Response first = createOrganisation(admin, key, body);
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        // without the key, the same body would be refused as a duplicate name (409)
        Response retry = createOrganisation(admin, key, body);
        retry.then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")))
                .body("name", equalTo(body.get("name")))
                .body("createdAt", equalTo(first.path("createdAt")));
    }

    @Test
    void sameKeyAndBodyCreatesOneChallenge() {
        Org agency = Fixtures.agency();
        String officer = agency.officer();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.publishableChallenge("Retried challenge " + key);

        String id = createChallenge(officer, key, body)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        createChallenge(officer, key, body)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", containsString("/api/v1/challenges/" + id))
                .body("id", equalTo(id))
                .body("status", equalTo("DRAFT"));

        as(officer)
                .queryParam("agency", agency.id().toString())
                .get("/api/v1/challenges")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String admin = Tokens.admin();
        String key = UUID.randomUUID().toString();
        createOrganisation(admin, key, Map.of("name", "First " + key, "type", "COMPANY"))
                .then()
                .statusCode(201);

        assertProblem(
                        createOrganisation(admin, key, Map.of("name", "Second " + key, "type", "COMPANY")),
                        422,
                        "rule-violation")
                .body("detail", containsString("Idempotency-Key"));
        // the second body was not created
        as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Second " + key, "type", "COMPANY"))
                .post("/api/v1/organisations")
                .then()
                .statusCode(201);
    }

    @Test
    void sameKeyOnAnotherOperationIs422() {
        Org agency = Fixtures.agency();
        String officer = agency.officer();
        String key = UUID.randomUUID().toString();
        String draft = createChallenge(officer, key, Map.<String, Object>of("title", "Keyed draft"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertProblem(
                as(officer)
                        .contentType(ContentType.JSON)
                        .header("Idempotency-Key", key)
                        .body(Map.of("summary", "An amendment under a used key."))
                        .post("/api/v1/challenges/" + draft + "/amendments"),
                422,
                "rule-violation");
    }

    @Test
    void differentCallersUseTheSameKeyIndependently() {
        String key = "order-1";
        Org first = Fixtures.agency();
        Org second = Fixtures.agency();
        Map<String, Object> body = Map.of("title", "Same key, other caller");

        Response mine = createChallenge(first.officer(), key, body);
        Response theirs = createChallenge(second.officer(), key, body);

        mine.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        theirs.then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("agency.id", equalTo(second.id().toString()));
        assertNotEquals(mine.<String>path("id"), theirs.<String>path("id"));
        assertEquals(first.id().toString(), mine.path("agency.id"));
    }

    @Test
    void overlongKeyIs400() {
        assertProblem(
                        createOrganisation(
                                Tokens.admin(),
                                "k".repeat(201),
                                Map.of("name", "Overlong key " + UUID.randomUUID(), "type", "LAB")),
                        400,
                        "invalid-request")
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    private static Response createOrganisation(String token, String key, Map<String, String> body) {
        return as(token)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/organisations");
    }

    private static Response createChallenge(String token, String key, Map<String, Object> body) {
        return as(token)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/challenges");
    }
}
