package org.challengemarket.support;

import static org.challengemarket.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.platform.outbox.Outbox;
import org.challengemarket.support.Fixtures.Org;

/** Test data of the integration feature: incubators, subscriptions, challenges of one sector. */
public final class IntegrationFixtures {

    public static final List<String> ALL_EVENTS = List.of(
            "challenge.published",
            "challenge.amended",
            "challenge.deadline_approaching",
            "clarification.published",
            "challenge.awarded");

    private IntegrationFixtures() {}

    public static Org incubator() {
        return Fixtures.organisation("INCUBATOR");
    }

    public static String incubatorToken(Org incubator) {
        return Tokens.token(incubator.id(), "incubator");
    }

    /** A sector no other test uses, so a subscription filtered on it sees only this test's events. */
    public static String freshSector() {
        return "sector-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Subscribes; returns the answer's id and secret. */
    public static Map<String, Object> subscribe(Org incubator, String url, String sector, List<String> events) {
        return as(incubatorToken(incubator))
                .contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", events, "sector", sector))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("");
    }

    /** A challenge of {@code sector}, published now; returns its id. */
    public static String published(Org agency, String title, String sector) {
        String id = Fixtures.draft(
                agency,
                ChallengeDraftBuilder.publishable(title).withSector(sector).build());
        as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(200);
        return id;
    }

    /** Appends a {@code challenge.awarded} event as the contracts feature does. */
    public static UUID awarded(Outbox outbox, String challengeId, String sector, String company) {
        return awarded(outbox, challengeId, sector, company, java.time.Instant.parse("2027-01-15T10:00:00Z"));
    }

    public static UUID awarded(
            Outbox outbox, String challengeId, String sector, String company, java.time.Instant awardedAt) {
        String payload = "{\"challengeId\": \"" + challengeId + "\", \"title\": \"Awarded\", \"sector\": \"" + sector
                + "\", \"awardedAt\": \"" + awardedAt + "\", \"awards\": [{\"companyName\": \"" + company
                + "\", \"value\": \"12345.00\", \"currency\": \"EUR\"}]}";
        return QuarkusTransaction.requiringNew()
                .call(() -> outbox.append("challenge.awarded", "challenge", UUID.fromString(challengeId), payload));
    }

    /** A company asks {@code question} on {@code challengeId} and the agency publishes {@code answer}; answers the question's id. */
    public static String clarified(Org agency, String challengeId, Org asker, String question, String answer) {
        String id = as(asker.token("company_member"))
                .contentType(ContentType.JSON)
                .body(Map.of("text", question))
                .post("/api/v1/challenges/" + challengeId + "/questions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("text", answer))
                .post("/api/v1/questions/" + id + "/answer")
                .then()
                .statusCode(200);
        return id;
    }
}
