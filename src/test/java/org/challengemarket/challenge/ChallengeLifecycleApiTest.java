package org.challengemarket.challenge;

import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChallengeLifecycleApiTest {

    @Test
    void officerDraftsEditsPublishesAmendsAndCancelsAChallenge() {
        Org agency = Fixtures.agency();
        Map<String, Object> body = Fixtures.publishableChallenge("Lifecycle walk " + agency.id());
        String id = as(agency.officer())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/challenges")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("agency.id", equalTo(agency.id().toString()))
                .body("stages", hasSize(3))
                .extract()
                .path("id");

        body.put("title", "Lifecycle walk, edited " + agency.id());
        as(agency.officer())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo(body.get("title")));

        as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue());

        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("summary", "We clarified the number of offices.", "context", "Three offices now."))
                .post("/api/v1/challenges/" + id + "/amendments")
                .then()
                .statusCode(201)
                .body("amendments", hasSize(1))
                .body("amendments[0].number", equalTo(1))
                .body("amendments[0].changes.field", hasItem("context"))
                .body("context", equalTo("Three offices now."));

        anonymous()
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .body("amendments[0].summary", equalTo("We clarified the number of offices."));

        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "The office moves to a new building next year."))
                .post("/api/v1/challenges/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellation.reason", equalTo("The office moves to a new building next year."));
    }
}
