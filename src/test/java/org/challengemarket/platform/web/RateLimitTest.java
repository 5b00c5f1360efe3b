package org.challengemarket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.IntegrationFixtures;
import org.junit.jupiter.api.Test;

/** Beyond the configured rate a client gets 429 with Retry-After; each client has its own rate. */
@QuarkusTest
@TestProfile(RateLimitTest.LowRate.class)
class RateLimitTest {

    /** A rate low enough to meet in a test. */
    public static class LowRate implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("challengemarket.rate-limit.requests-per-minute", "3");
        }
    }

    @Test
    void aClientBeyondItsRateIsAnswered429WithRetryAfterWhileOthersGoOn() {
        String incubator = IntegrationFixtures.incubatorToken(IntegrationFixtures.incubator());
        for (int i = 0; i < 3; i++) {
            as(incubator).get("/api/v1/ocds/releases").then().statusCode(200);
        }
        ExtractableResponse<Response> refused = as(incubator)
                .get("/api/v1/referrals")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .extract();
        assertThat(refused.header("Retry-After")).isNotNull();
        JsonPath json = refused.jsonPath();
        assertThat(json.getInt("status")).isEqualTo(429);
        assertThat(json.getString("type")).isEqualTo("urn:challengemarket:problem:too-many-requests");

        // another incubator and an agency officer are not held by the first one's rate
        as(IntegrationFixtures.incubatorToken(IntegrationFixtures.incubator()))
                .get("/api/v1/referrals")
                .then()
                .statusCode(200);
        String officer = Fixtures.agency().officer();
        for (int i = 0; i < 5; i++) {
            as(officer).get("/api/v1/challenges").then().statusCode(200);
        }

        int last = 0;
        for (int i = 0; i < 5 && last != 429; i++) {
            last = anonymous().get("/api/v1/challenges").then().extract().statusCode();
        }
        assertThat(last).isEqualTo(429);
        String retryAfter = RestAssured.given()
                .get("/feeds/challenges.atom")
                .then()
                .statusCode(429)
                .extract()
                .header("Retry-After");
        assertThat(retryAfter).isNotNull();
    }

    @Test
    void anonymousReadsOfAChallengeHeldInMemoryCountAgainstTheRate() {
        Fixtures.Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Read often " + agency.id());
        // the agency's own read puts the detail in memory; agencies are not held by the rate
        as(agency.officer()).get("/api/v1/challenges/" + id).then().statusCode(200);

        int last = 0;
        for (int i = 0; i < 5 && last != 429; i++) {
            last = anonymous().get("/api/v1/challenges/" + id).then().extract().statusCode();
        }
        assertThat(last).isEqualTo(429);
        String retryAfter = anonymous()
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .extract()
                .header("Retry-After");
        assertThat(retryAfter).isNotNull();
    }
}
