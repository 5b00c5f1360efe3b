package org.challengemarket.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.junit.jupiter.api.Test;

/** Who may do what to a challenge, and the rules every change is checked against. */
@QuarkusTest
class ChallengeRulesApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void everyWritingEndpointNeedsASignedInOfficer() {
        Org agency = Fixtures.agency();
        String id = Fixtures.draft(agency, Fixtures.publishableChallenge("Access " + agency.id()));
        String company = Fixtures.organisation("COMPANY").token("company_member");
        Map<String, String> paths = Map.of(
                "/api/v1/challenges",
                "{\"title\":\"x\"}",
                "/api/v1/challenges/" + id + "/publish",
                "",
                "/api/v1/challenges/" + id + "/amendments",
                "{\"summary\":\"A summary of ten\"}",
                "/api/v1/challenges/" + id + "/cancel",
                "{\"reason\":\"Because of reasons.\"}");
        paths.forEach((path, body) -> {
            anonymous()
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post(path)
                    .then()
                    .statusCode(401)
                    .contentType(PROBLEM)
                    .body("type", equalTo("urn:challengemarket:problem:unauthorized"));
            as(company)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post(path)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM)
                    .body("type", equalTo("urn:challengemarket:problem:forbidden"));
        });
        anonymous()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Fixtures.publishableChallenge("x"))
                .put("/api/v1/challenges/" + id)
                .then()
                .statusCode(401);
    }

    @Test
    void anotherAgencysChallengeAnswers404AndStaysUnchanged() {
        Org owner = Fixtures.agency();
        Org intruder = Fixtures.agency();
        String id = Fixtures.draft(owner, Fixtures.publishableChallenge("Not yours " + owner.id()));

        as(intruder.officer()).get("/api/v1/challenges/" + id).then().statusCode(404);
        anonymous().get("/api/v1/challenges/" + id).then().statusCode(404).contentType(PROBLEM);
        as(intruder.officer())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Fixtures.publishableChallenge("Taken over"))
                .put("/api/v1/challenges/" + id)
                .then()
                .statusCode(404);
        as(intruder.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(404);

        as(owner.officer())
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Not yours " + owner.id()))
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void unknownChallengeAnswers404() {
        anonymous()
                .get("/api/v1/challenges/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:challengemarket:problem:not-found"));
    }

    @Test
    void editNeedsTheCurrentVersion() {
        Org agency = Fixtures.agency();
        Map<String, Object> body = Fixtures.publishableChallenge("Versions " + agency.id());
        String id = Fixtures.draft(agency, body);

        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/challenges/" + id)
                .then()
                .statusCode(428)
                .body("type", equalTo("urn:challengemarket:problem:version-required"));
        as(agency.officer())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/challenges/" + id)
                .then()
                .statusCode(200);
        body.put("title", "A lost update");
        as(agency.officer())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/challenges/" + id)
                .then()
                .statusCode(412)
                .body("type", equalTo("urn:challengemarket:problem:stale-version"));
        as(agency.officer())
                .get("/api/v1/challenges/" + id)
                .then()
                .header("ETag", "\"1\"")
                .body("title", equalTo("Versions " + agency.id()));
    }

    @Test
    void concurrentEditsOfOneVersionNeverBothWin() {
        Org agency = Fixtures.agency();
        String id = Fixtures.draft(agency, Fixtures.publishableChallenge("Race " + agency.id()));
        List<CompletableFuture<Integer>> edits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<String, Object> body = Fixtures.publishableChallenge("Race winner " + i);
            edits.add(CompletableFuture.supplyAsync(() -> as(agency.officer())
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body(body)
                    .put("/api/v1/challenges/" + id)
                    .statusCode()));
        }
        List<Integer> statuses = edits.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        as(agency.officer()).get("/api/v1/challenges/" + id).then().header("ETag", "\"1\"");
    }

    @Test
    void conditionalReadAnswers304WhileUnchanged() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Cached " + agency.id());
        String etag =
                anonymous().get("/api/v1/challenges/" + id).then().extract().header("ETag");
        anonymous()
                .header("If-None-Match", etag)
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(304);
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("summary", "Adds the opening hours.", "context", "Open from 8 to 18."))
                .post("/api/v1/challenges/" + id + "/amendments")
                .then()
                .statusCode(201);
        anonymous()
                .header("If-None-Match", etag)
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .body("context", equalTo("Open from 8 to 18."));
    }

    @Test
    void incompleteDraftIsRefusedWithEveryReasonOnItsField() {
        Org agency = Fixtures.agency();
        Map<String, Object> body = Fixtures.publishableChallenge("Incomplete " + agency.id());
        body.remove("context");
        body.put("weights", Map.of("problemSolving", 50, "teamMotivation", 30, "implementationCost", 30));
        body.put("budget", Map.of("amount", 70000, "currency", "EUR"));
        String id = Fixtures.draft(agency, body);

        as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:challengemarket:problem:rule-violation"))
                .body("errors.field", hasItems("context", "weights", "budget.amount"));
        as(agency.officer())
                .get("/api/v1/challenges/" + id)
                .then()
                .body("status", equalTo("DRAFT"))
                .body("publishedAt", equalTo(null));
    }

    @Test
    void publishedChallengeChangesOnlyThroughAmendments() {
        Org agency = Fixtures.agency();
        Map<String, Object> body = Fixtures.publishableChallenge("Frozen " + agency.id());
        String id = Fixtures.draft(agency, body);
        as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(200);

        as(agency.officer())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(body)
                .put("/api/v1/challenges/" + id)
                .then()
                .statusCode(409)
                .body("detail", containsString("amendments"));
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "summary",
                        "Rebalance the criteria",
                        "weights",
                        Map.of("problemSolving", 40, "teamMotivation", 40, "implementationCost", 20)))
                .post("/api/v1/challenges/" + id + "/amendments")
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("weights"));
        as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(409);
        anonymous()
                .get("/api/v1/challenges/" + id)
                .then()
                .body("criteria.weight", org.hamcrest.Matchers.contains(50, 30, 20));
    }

    @Test
    void amendmentCanExtendButNeverShortenADeadline() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Deadlines " + agency.id());
        String first =
                anonymous().get("/api/v1/challenges/" + id).then().extract().path("stages[0].deadline");
        Instant deadline = Instant.parse(first);
        Instant secondOpens = Instant.parse(
                anonymous().get("/api/v1/challenges/" + id).then().extract().path("stages[1].opensAt"));

        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "summary",
                        "Shorter first stage",
                        "stages",
                        List.of(Map.of(
                                "position",
                                1,
                                "deadline",
                                deadline.minus(Duration.ofDays(1)).toString()))))
                .post("/api/v1/challenges/" + id + "/amendments")
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("stages[0].deadline"));
        Instant extended = deadline.plus(Duration.ofDays(3));
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "summary",
                        "One more day for the first stage",
                        "material",
                        true,
                        "stages",
                        List.of(Map.of("position", 1, "deadline", extended.toString()))))
                .post("/api/v1/challenges/" + id + "/amendments")
                .then()
                .statusCode(201)
                .body("amendments[0].material", equalTo(true))
                .body("deadline", equalTo(extended.toString()))
                .body(
                        "stages[1].opensAt",
                        equalTo(secondOpens.plus(Duration.ofDays(3)).toString()));
    }

    @Test
    void cancellingNeedsAReasonAndOnlyPublishedChallengesCanBeCancelled() {
        Org agency = Fixtures.agency();
        String draft = Fixtures.draft(agency, Fixtures.publishableChallenge("Cancel draft " + agency.id()));
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "We changed our plans for this."))
                .post("/api/v1/challenges/" + draft + "/cancel")
                .then()
                .statusCode(409);
        String id = Fixtures.published(agency, "Cancel published " + agency.id());
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "short"))
                .post("/api/v1/challenges/" + id + "/cancel")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("reason"));
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/challenges/" + id + "/cancel")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("reason"));
        anonymous().get("/api/v1/challenges/" + id).then().body("status", equalTo("PUBLISHED"));
    }

    @Test
    void draftFieldsAreValidatedOnTheWayIn() {
        Org agency = Fixtures.agency();
        Map<String, Object> body = Fixtures.publishableChallenge("");
        body.put("languages", List.of("xx"));
        body.put("numberOfPilots", 0);
        body.put("budget", Map.of("amount", 10.005, "currency", "EUR"));
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/challenges")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("title", "numberOfPilots", "budget.amount"));
        body.put("title", "Valid title");
        body.put("numberOfPilots", 1);
        body.put("budget", Map.of("amount", 10, "currency", "XYZ"));
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/challenges")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("languages[0]", "budget.currency"));
        Map<String, Object> stageless = Fixtures.publishableChallenge("Bad stage " + agency.id());
        stageless.put("stages", List.of(Map.of("kind", "AUDITION")));
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(stageless)
                .post("/api/v1/challenges")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("stages[0].kind"));
    }

    @Test
    void officerOfACompanyOrganisationCannotCreateChallenges() {
        Org company = Fixtures.organisation("COMPANY");
        as(company.officer())
                .contentType(ContentType.JSON)
                .body(Fixtures.publishableChallenge("Wrong organisation type"))
                .post("/api/v1/challenges")
                .then()
                .statusCode(403);
    }
}
