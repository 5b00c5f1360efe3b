package org.challengemarket.support;

import static org.challengemarket.support.Api.as;

import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builders of test data through the API, each with fresh names so tests never share state. */
public final class Fixtures {

    private Fixtures() {}

    /** An organisation made by the platform admin, and tokens for people acting for it. */
    public record Org(UUID id, String name) {
        public String token(String... roles) {
            return Tokens.token(id, roles);
        }

        public String officer() {
            return token("agency_officer");
        }
    }

    public static Org organisation(String type) {
        String name = type.toLowerCase() + " " + UUID.randomUUID();
        String id = as(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "type", type))
                .post("/api/v1/organisations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Org(UUID.fromString(id), name);
    }

    public static Org agency() {
        return organisation("AGENCY");
    }

    /** A complete challenge that can be published now: stage 1 opens at publication, for 30 days. */
    public static Map<String, Object> publishableChallenge(String title) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant d1 = now.plus(Duration.ofDays(30));
        Instant d2 = d1.plus(Duration.ofDays(30));
        Instant d3 = d2.plus(Duration.ofDays(20));
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("problemStatement", "Citizens wait too long at the counter of the registry office.");
        body.put("context", "Two offices, 40,000 visits a year, appointments by phone only.");
        body.put("expectedOutcomes", "Waiting time halved in a six-month pilot.");
        body.put("sector", "digital-services");
        body.put("budget", Map.of("amount", new BigDecimal("40000.00"), "currency", "EUR"));
        body.put("numberOfPilots", 2);
        body.put("languages", List.of("nl", "fr"));
        body.put("weights", Map.of("problemSolving", 50, "teamMotivation", 30, "implementationCost", 20));
        List<Map<String, Object>> stages = new ArrayList<>();
        stages.add(stage("EXPRESSION_OF_INTEREST", now, d1, 6));
        stages.add(stage("FULL_PROPOSAL", d1, d2, 3));
        stages.add(stage("PITCH", d2, d3, null));
        body.put("stages", stages);
        return body;
    }

    public static Map<String, Object> stage(String kind, Instant opensAt, Instant deadline, Integer shortlistSize) {
        Map<String, Object> stage = new HashMap<>();
        stage.put("kind", kind);
        stage.put("opensAt", opensAt.toString());
        stage.put("deadline", deadline.toString());
        if (shortlistSize != null) {
            stage.put("shortlistSize", shortlistSize);
        }
        return stage;
    }

    /** Creates a draft for {@code agency} and returns its id. */
    public static String draft(Org agency, Map<String, Object> body) {
        return as(agency.officer())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/challenges")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Creates and publishes a challenge for {@code agency}; returns its id. */
    public static String published(Org agency, String title) {
        String id = draft(agency, publishableChallenge(title));
        as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(200);
        return id;
    }

    /** A valid Belgian enterprise number no other test uses. */
    public static String enterpriseNumber() {
        long firstEight = java.util.concurrent.ThreadLocalRandom.current().nextLong(10_000_000L, 19_999_999L);
        long check = 97 - firstEight % 97;
        return String.format("%08d%02d", firstEight, check);
    }

    /** A company organisation with a complete profile. */
    public static Org company() {
        Org company = organisation("COMPANY");
        as(company.token("company_member"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "legalName",
                        company.name() + " BV",
                        "enterpriseNumber",
                        enterpriseNumber(),
                        "size",
                        "MICRO",
                        "sector",
                        "software",
                        "teamSummary",
                        "Three engineers and a designer.",
                        "contact",
                        Map.of("name", "Ann Contact", "email", "ann@" + company.id() + ".example")))
                .put("/api/v1/organisations/" + company.id() + "/profile")
                .then()
                .statusCode(201);
        return company;
    }

    /** A complete expression of interest. */
    public static Map<String, Object> expressionOfInterest(String idea) {
        return Map.of(
                "fields",
                Map.of(
                        "solutionIdea",
                        idea,
                        "teamInBrief",
                        "Two founders who ran queues at a festival.",
                        "costBand",
                        "10000_TO_20000"));
    }
}
