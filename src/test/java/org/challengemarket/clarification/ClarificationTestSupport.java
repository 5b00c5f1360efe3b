package org.challengemarket.clarification;

import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.support.ChallengeDraftBuilder;
import org.challengemarket.support.ChallengeDraftBuilder.ChallengeDraft;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.Rows;

/** Challenges with chosen deadlines, questions, and the service clock, for clarification tests. */
final class ClarificationTestSupport {

    private ClarificationTestSupport() {}

    /** Publishes a challenge whose first stage closes {@code firstDeadline} from now. */
    static String publishedClosingIn(Org agency, Duration firstDeadline) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant d1 = now.plus(firstDeadline);
        Instant d2 = d1.plus(Duration.ofDays(30));
        Instant d3 = d2.plus(Duration.ofDays(20));
        ChallengeDraft body = ChallengeDraftBuilder.publishable("Clarified " + UUID.randomUUID())
                .withStages(
                        Fixtures.stage("EXPRESSION_OF_INTEREST", now.plus(Duration.ofMinutes(5)), d1, 6),
                        Fixtures.stage("FULL_PROPOSAL", d1, d2, 3),
                        Fixtures.stage("PITCH", d2, d3, null))
                .build();
        String id = Fixtures.draft(agency, body);
        as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(200);
        return id;
    }

    /** Asks a question as {@code token}; returns its id. */
    static String ask(String token, String challengeId, String text) {
        return as(token)
                .contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .post("/api/v1/challenges/" + challengeId + "/questions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Moves the service clock forward; always pair with {@link #resetClock()}. */
    static void advanceClock(String duration) {
        anonymous()
                .contentType(ContentType.JSON)
                .body(Map.of("advance", duration))
                .post("/dev/clock")
                .then()
                .statusCode(200);
    }

    static void resetClock() {
        anonymous()
                .contentType(ContentType.JSON)
                .body(Map.of("reset", true))
                .post("/dev/clock")
                .then()
                .statusCode(200);
    }

    /** A proposal row of {@code company} (the proposal feature's table), to make it a participant. */
    static void proposal(String challengeId, Org company, String status) {
        String withdrawnAt = status.equals("WITHDRAWN") ? "now()" : "null";
        Rows.execute(
                "insert into proposal (id, challenge_id, company_id, status, stage, created_at, updated_at,"
                        + " withdrawn_at) values (?1, ?2, ?3, ?4, 1, now(), now(), " + withdrawnAt + ")",
                UUID.randomUUID(),
                UUID.fromString(challengeId),
                company.id(),
                status);
    }
}
