package org.challengemarket.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.challengemarket.support.Amount;
import org.challengemarket.support.ChallengeDraftBuilder;
import org.challengemarket.support.ChallengeDraftBuilder.ChallengeDraft;
import org.challengemarket.support.ChallengeDraftBuilder.Stage;
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
            JsonPath json = anonymous()
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post(path)
                    .then()
                    .statusCode(401)
                    .contentType(PROBLEM)
                    .extract()
                    .jsonPath();
            assertThat(json.getString("type")).isEqualTo("urn:challengemarket:problem:unauthorized");
            json = as(company)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post(path)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM)
                    .extract()
                    .jsonPath();
            assertThat(json.getString("type")).isEqualTo("urn:challengemarket:problem:forbidden");
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

        JsonPath json = as(owner.officer())
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("title")).isEqualTo("Not yours " + owner.id());
        assertThat(json.getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void unknownChallengeAnswers404() {
        JsonPath json = anonymous()
                .get("/api/v1/challenges/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .extract()
                .jsonPath();
        assertThat(json.getString("type")).isEqualTo("urn:challengemarket:problem:not-found");
    }

    @Test
    void editNeedsTheCurrentVersion() {
        Org agency = Fixtures.agency();
        ChallengeDraftBuilder body = ChallengeDraftBuilder.publishable("Versions " + agency.id());
        String id = Fixtures.draft(agency, body.build());

        JsonPath json = as(agency.officer())
                .contentType(ContentType.JSON)
                .body(body.build())
                .put("/api/v1/challenges/" + id)
                .then()
                .statusCode(428)
                .extract()
                .jsonPath();
        assertThat(json.getString("type")).isEqualTo("urn:challengemarket:problem:version-required");
        as(agency.officer())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body.build())
                .put("/api/v1/challenges/" + id)
                .then()
                .statusCode(200);
        body.withTitle("A lost update");
        json = as(agency.officer())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body.build())
                .put("/api/v1/challenges/" + id)
                .then()
                .statusCode(412)
                .extract()
                .jsonPath();
        assertThat(json.getString("type")).isEqualTo("urn:challengemarket:problem:stale-version");
        json = as(agency.officer())
                .get("/api/v1/challenges/" + id)
                .then()
                .header("ETag", "\"1\"")
                .extract()
                .jsonPath();
        assertThat(json.getString("title")).isEqualTo("Versions " + agency.id());
    }

    @Test
    void concurrentEditsOfOneVersionNeverBothWin() {
        Org agency = Fixtures.agency();
        String id = Fixtures.draft(agency, Fixtures.publishableChallenge("Race " + agency.id()));
        List<CompletableFuture<Integer>> edits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ChallengeDraft body = Fixtures.publishableChallenge("Race winner " + i);
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
        JsonPath json = anonymous()
                .header("If-None-Match", etag)
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("context")).isEqualTo("Open from 8 to 18.");
    }

    @Test
    void incompleteDraftIsRefusedWithEveryReasonOnItsField() {
        Org agency = Fixtures.agency();
        ChallengeDraft body = ChallengeDraftBuilder.publishable("Incomplete " + agency.id())
                .withContext(null)
                .withWeights(50, 30, 30)
                .withBudget("70000")
                .build();
        String id = Fixtures.draft(agency, body);

        JsonPath json = as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .extract()
                .jsonPath();
        assertThat(json.getString("type")).isEqualTo("urn:challengemarket:problem:rule-violation");
        assertThat(json.getList("errors.field")).contains("context", "weights", "budget.amount");
        json = as(agency.officer())
                .get("/api/v1/challenges/" + id)
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("DRAFT");
        assertThat(json.<Object>get("publishedAt")).isEqualTo(null);
    }

    @Test
    void publishedChallengeChangesOnlyThroughAmendments() {
        Org agency = Fixtures.agency();
        ChallengeDraft body = Fixtures.publishableChallenge("Frozen " + agency.id());
        String id = Fixtures.draft(agency, body);
        as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(200);

        JsonPath json = as(agency.officer())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(body)
                .put("/api/v1/challenges/" + id)
                .then()
                .statusCode(409)
                .extract()
                .jsonPath();
        assertThat(json.getString("detail")).contains("amendments");
        json = as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "summary",
                        "Rebalance the criteria",
                        "weights",
                        Map.of("problemSolving", 40, "teamMotivation", 40, "implementationCost", 20)))
                .post("/api/v1/challenges/" + id + "/amendments")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("weights");
        as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(409);
        json = anonymous().get("/api/v1/challenges/" + id).then().extract().jsonPath();
        assertThat(json.getList("criteria.weight")).containsExactly(50, 30, 20);
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

        JsonPath json = as(agency.officer())
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
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("stages[0].deadline");
        Instant extended = deadline.plus(Duration.ofDays(3));
        json = as(agency.officer())
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
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("amendments[0].material")).isTrue();
        assertThat(json.getString("deadline")).isEqualTo(extended.toString());
        assertThat(json.getString("stages[1].opensAt"))
                .isEqualTo(secondOpens.plus(Duration.ofDays(3)).toString());
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
        JsonPath json = as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "short"))
                .post("/api/v1/challenges/" + id + "/cancel")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("reason");
        json = as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/challenges/" + id + "/cancel")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("reason");
        json = anonymous().get("/api/v1/challenges/" + id).then().extract().jsonPath();
        assertThat(json.getString("status")).isEqualTo("PUBLISHED");
    }

    @Test
    void draftFieldsAreValidatedOnTheWayIn() {
        Org agency = Fixtures.agency();
        ChallengeDraftBuilder body = ChallengeDraftBuilder.publishable("")
                .withLanguages("xx")
                .withNumberOfPilots(0)
                .withBudget("10.005");
        JsonPath json = as(agency.officer())
                .contentType(ContentType.JSON)
                .body(body.build())
                .post("/api/v1/challenges")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("title", "numberOfPilots", "budget.amount");
        body.withTitle("Valid title").withNumberOfPilots(1).withBudget(new Amount(new BigDecimal("10"), "XYZ"));
        json = as(agency.officer())
                .contentType(ContentType.JSON)
                .body(body.build())
                .post("/api/v1/challenges")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("languages[0]", "budget.currency");
        ChallengeDraft stageless = ChallengeDraftBuilder.publishable("Bad stage " + agency.id())
                .withStages(new Stage("AUDITION", null, null, null))
                .build();
        json = as(agency.officer())
                .contentType(ContentType.JSON)
                .body(stageless)
                .post("/api/v1/challenges")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("stages[0].kind");
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
