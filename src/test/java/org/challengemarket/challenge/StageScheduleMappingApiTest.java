package org.challengemarket.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.challengemarket.support.ChallengeDraftBuilder;
import org.challengemarket.support.ChallengeDraftBuilder.ChallengeDraft;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.junit.jupiter.api.Test;

/** The stage schedule embedded in a challenge is stored and read back as before, empty or not. */
@QuarkusTest
class StageScheduleMappingApiTest {

    @Test
    void shouldReadBackADraftEditedWithoutStages() {
        Org agency = Fixtures.agency();
        String id = Fixtures.draft(agency, Fixtures.publishableChallenge("No stages " + agency.id()));
        ChallengeDraft body = ChallengeDraftBuilder.publishable("No stages " + agency.id())
                .withoutStages()
                .build();

        as(agency.officer())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/challenges/" + id)
                .then()
                .statusCode(200);
        JsonPath read = as(agency.officer())
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath refused = as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();

        assertThat(read.getList("stages")).isEmpty();
        assertThat(read.getString("deadline")).isNull();
        assertThat(refused.getList("errors.field", String.class)).contains("stages");
    }
}
