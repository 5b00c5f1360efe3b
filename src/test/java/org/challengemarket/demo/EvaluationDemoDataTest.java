package org.challengemarket.demo;

import static org.challengemarket.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.challengemarket.support.Api;
import org.junit.jupiter.api.Test;

/** The demo data shows an evaluation under way: queue, a flagged spread, a recusal, what is missing. */
@QuarkusTest
class EvaluationDemoDataTest {

    private static String token(String username) {
        return RestAssured.given()
                .formParam("username", username)
                .post("/dev/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    @Test
    void theDemoPanelHasScoresAFlaggedSpreadAndARecusal() {
        String chair = token("evaluator.mobility");
        JsonPath assignments = as(chair)
                .get("/api/v1/evaluations/assignments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> seat =
                assignments.getMap("items.find { it.challengeTitle == '" + EvaluationSeeder.CHALLENGE + "' }");
        String challenge = (String) seat.get("challengeId");
        org.assertj.core.api.Assertions.assertThat(seat)
                .containsEntry("chair", true)
                .containsEntry("proposals", 4)
                .containsEntry("progress", "4 of 4 scored");

        as(chair)
                .get("/api/v1/evaluations/" + challenge + "/stages/1/moderation")
                .then()
                .statusCode(200)
                .body("findAll { it.flagged }.companyName", org.hamcrest.Matchers.contains("Solarbyte SRL"));
        as(token("eva.expert"))
                .get("/api/v1/evaluations/assignments")
                .then()
                .body("items.find { it.challengeId == '" + challenge + "' }.progress", equalTo("2 of 3 scored"));
        as(token("officer.mobility"))
                .get("/api/v1/challenges/" + challenge + "/stages/1/ranking")
                .then()
                .statusCode(200)
                .body("complete", equalTo(false))
                .body("missing.what", hasItem(containsString("CivicForms NV has 1 unconflicted evaluator")))
                .body("missing.what", hasItem(containsString("Eva Expert has not submitted a score for Datawell")))
                .body("missing.what", hasItem(containsString("Solarbyte SRL on PROBLEM_SOLVING spread by 4")));
        Api.anonymous().get("/api/v1/challenges/" + challenge).then().body("status", equalTo("IN_EVALUATION"));
    }
}
