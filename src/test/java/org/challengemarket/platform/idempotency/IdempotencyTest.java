package org.challengemarket.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.support.ChallengeDraftBuilder.ChallengeDraft;
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
        first.then().statusCode(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        // without the key, the same body would be refused as a duplicate name (409)
        Response retry = createOrganisation(admin, key, body);
        JsonPath json = retry.then().statusCode(201).extract().jsonPath();
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(json.<Object>get("id")).isEqualTo(first.path("id"));
        assertThat(json.<Object>get("name")).isEqualTo(body.get("name"));
        assertThat(json.<Object>get("createdAt")).isEqualTo(first.path("createdAt"));
    }

    @Test
    void sameKeyAndBodyCreatesOneChallenge() {
        Org agency = Fixtures.agency();
        String officer = agency.officer();
        String key = UUID.randomUUID().toString();
        ChallengeDraft body = Fixtures.publishableChallenge("Retried challenge " + key);

        String id = createChallenge(officer, key, body)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Response retry = createChallenge(officer, key, body);
        JsonPath json = retry.then().statusCode(201).extract().jsonPath();
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).contains("/api/v1/challenges/" + id);
        assertThat(json.<Object>get("id")).isEqualTo(id);
        assertThat(json.getString("status")).isEqualTo("DRAFT");

        json = as(officer)
                .queryParam("agency", agency.id().toString())
                .get("/api/v1/challenges")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(1);
        assertThat(json.<Object>get("items[0].id")).isEqualTo(id);
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String admin = Tokens.admin();
        String key = UUID.randomUUID().toString();
        createOrganisation(admin, key, Map.of("name", "First " + key, "type", "COMPANY"))
                .then()
                .statusCode(201);

        JsonPath json = assertProblem(
                        createOrganisation(admin, key, Map.of("name", "Second " + key, "type", "COMPANY")),
                        422,
                        "rule-violation")
                .extract()
                .jsonPath();
        assertThat(json.getString("detail")).contains("Idempotency-Key");
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

        mine.then().statusCode(201);
        assertThat(mine.header("Idempotent-Replayed")).isNull();
        JsonPath json = theirs.then().statusCode(201).extract().jsonPath();
        assertThat(theirs.header("Idempotent-Replayed")).isNull();
        assertThat(json.getString("agency.id")).isEqualTo(second.id().toString());
        assertThat(theirs.<String>path("id")).isNotEqualTo(mine.<String>path("id"));
        assertThat(mine.<String>path("agency.id")).isEqualTo(first.id().toString());
    }

    @Test
    void overlongKeyIs400() {
        JsonPath json = assertProblem(
                        createOrganisation(
                                Tokens.admin(),
                                "k".repeat(201),
                                Map.of("name", "Overlong key " + UUID.randomUUID(), "type", "LAB")),
                        400,
                        "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getString("errors[0].field")).isEqualTo("Idempotency-Key");
    }

    private static Response createOrganisation(String token, String key, Map<String, String> body) {
        return as(token)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/organisations");
    }

    private static Response createChallenge(String token, String key, Object body) {
        return as(token)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/challenges");
    }
}
