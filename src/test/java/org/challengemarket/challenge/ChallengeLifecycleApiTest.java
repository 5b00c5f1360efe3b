package org.challengemarket.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.challengemarket.support.ChallengeDraftBuilder;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChallengeLifecycleApiTest {

    @Test
    void officerDraftsEditsPublishesAmendsAndCancelsAChallenge() {
        Org agency = Fixtures.agency();
        ChallengeDraftBuilder body = ChallengeDraftBuilder.publishable("Lifecycle walk " + agency.id());
        JsonPath json = as(agency.officer())
                .contentType(ContentType.JSON)
                .body(body.build())
                .post("/api/v1/challenges")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("DRAFT");
        assertThat(json.getString("agency.id")).isEqualTo(agency.id().toString());
        assertThat(json.getList("stages")).hasSize(3);
        String id = json.get("id");

        body.withTitle("Lifecycle walk, edited " + agency.id());
        json = as(agency.officer())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body.build())
                .put("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .extract()
                .jsonPath();
        assertThat(json.<Object>get("title")).isEqualTo(body.build().title());

        json = as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("PUBLISHED");
        assertThat(json.<Object>get("publishedAt")).isNotNull();

        json = as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("summary", "We clarified the number of offices.", "context", "Three offices now."))
                .post("/api/v1/challenges/" + id + "/amendments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(json.getList("amendments")).hasSize(1);
        assertThat(json.getInt("amendments[0].number")).isEqualTo(1);
        assertThat(json.getList("amendments[0].changes.field")).contains("context");
        assertThat(json.getString("context")).isEqualTo("Three offices now.");

        json = anonymous()
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("amendments[0].summary")).isEqualTo("We clarified the number of offices.");

        json = as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "The office moves to a new building next year."))
                .post("/api/v1/challenges/" + id + "/cancel")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("CANCELLED");
        assertThat(json.getString("cancellation.reason")).isEqualTo("The office moves to a new building next year.");
    }
}
