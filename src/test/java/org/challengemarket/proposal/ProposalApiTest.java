package org.challengemarket.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProposalApiTest {

    @Inject
    ServiceClock clock;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Setup(Org agency, String challengeId, Org company, String proposalId) {
        String companyToken() {
            return company.token("company_member");
        }
    }

    private static Setup proposalOnANewChallenge() {
        Org agency = Fixtures.agency();
        String challengeId = Fixtures.published(agency, "Queues " + agency.id());
        Org company = Fixtures.company();
        JsonPath json = as(company.token("company_member"))
                .post("/api/v1/challenges/" + challengeId + "/proposals")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("DRAFT");
        assertThat(json.getInt("stage")).isEqualTo(1);
        assertThat(json.getInt("stageCount")).isEqualTo(3);
        String proposalId = json.get("id");
        return new Setup(agency, challengeId, company, proposalId);
    }

    private static void saveDraft(Setup s, String idea) {
        as(s.companyToken())
                .contentType(ContentType.JSON)
                .body(Fixtures.expressionOfInterest(idea))
                .put("/api/v1/proposals/" + s.proposalId() + "/stages/1")
                .then()
                .statusCode(200);
    }

    private static JsonPath submit(Setup s) {
        return as(s.companyToken())
                .post("/api/v1/proposals/" + s.proposalId() + "/stages/1/submit")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private Instant firstDeadline(Setup s) {
        return Instant.parse(anonymous()
                .get("/api/v1/challenges/" + s.challengeId())
                .then()
                .extract()
                .path("stages[0].deadline"));
    }

    private void moveClockTo(Instant instant) {
        clock.advance(Duration.between(clock.instant(), instant));
    }

    @Test
    void receiptHashCanBeRecomputedFromTheContentTheCompanySent() throws Exception {
        Setup s = proposalOnANewChallenge();
        String idea = "A text message tells people when to come, so nobody waits outside.";
        saveDraft(s, idea);

        JsonPath receipt = submit(s);

        String canonical = receipt.getString("canonicalContent");
        assertThat(receipt.getString("sha256")).isEqualTo(sha256(canonical));
        Map<String, Object> expected = new TreeMap<>();
        expected.put("attachments", List.of());
        expected.put("challengeId", s.challengeId());
        String legalName = as(s.companyToken())
                .get("/api/v1/organisations/" + s.company().id() + "/profile")
                .then()
                .extract()
                .path("legalName");
        String enterprise = as(s.companyToken())
                .get("/api/v1/organisations/" + s.company().id() + "/profile")
                .then()
                .extract()
                .path("enterpriseNumber");
        expected.put(
                "company",
                new TreeMap<>(Map.of("enterpriseNumber", enterprise, "legalName", legalName, "size", "MICRO")));
        expected.put(
                "fields",
                new TreeMap<>(Map.of(
                        "costBand", "10000_TO_20000",
                        "solutionIdea", idea,
                        "teamInBrief", "Two founders who ran queues at a festival.")));
        expected.put("proposalId", s.proposalId());
        expected.put("stage", 1);
        expected.put("stageKind", "EXPRESSION_OF_INTEREST");
        String rebuilt = new ObjectMapper()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValueAsString(expected);
        assertThat(sha256(rebuilt)).isEqualTo(receipt.getString("sha256"));

        JsonPath json = as(s.companyToken())
                .get("/api/v1/submissions/" + receipt.getString("submissionId") + "/receipt")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.<Object>get("sha256")).isEqualTo(receipt.getString("sha256"));
        assertThat(json.<Object>get("submittedAt")).isEqualTo(receipt.getString("submittedAt"));
        assertThat(json.getInt("version")).isEqualTo(1);
    }

    @Test
    void resubmittingKeepsEveryVersionAndTheLastOneCounts() {
        Setup s = proposalOnANewChallenge();
        saveDraft(s, "First idea, written in a hurry.");
        submit(s);
        saveDraft(s, "Second, better idea.");
        JsonPath second = submit(s);
        assertThat(second.getInt("version")).isEqualTo(2);

        JsonPath json = as(s.companyToken())
                .get("/api/v1/proposals/" + s.proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("SUBMITTED");
        assertThat(json.getList("stages[0].submissions")).hasSize(2);
        assertThat(json.<Object>get("stages[0].submissions[1].sha256")).isEqualTo(second.getString("sha256"));

        moveClockTo(firstDeadline(s).plusSeconds(1));
        json = as(s.agency().officer())
                .get("/api/v1/challenges/" + s.challengeId() + "/stages/1/submissions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("")).hasSize(1);
        assertThat(json.getInt("[0].receipt.version")).isEqualTo(2);
        assertThat(json.getString("[0].content.fields.solutionIdea")).isEqualTo("Second, better idea.");
    }

    @Test
    void resubmittingSendsFewStatementsWhateverTheNumberOfVersions() {
        Setup s = proposalOnANewChallenge();
        saveDraft(s, "An idea submitted again and again.");
        submit(s); // the company's audit chain exists from here on
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        for (int version = 2; version <= 4; version++) {
            statistics.clear();
            assertThat(submit(s).getInt("version")).isEqualTo(version);
            // the proposal with its challenge and stages (locked), the profile, the draft, its files,
            // the last version number, the submission, the proposal, the audit chain's head and
            // event, the notifications with their outbox events
            assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(10);
        }
    }

    @Test
    void secondProposalOfTheSameCompanyIsAConflict() {
        Setup s = proposalOnANewChallenge();
        as(s.companyToken())
                .post("/api/v1/challenges/" + s.challengeId() + "/proposals")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void submissionIsSealedUntilTheDeadlineForEveryoneButItsCompany() {
        Setup s = proposalOnANewChallenge();
        saveDraft(s, "Sealed idea.");
        String submission = submit(s).getString("submissionId");
        Org otherCompany = Fixtures.company();

        as(s.agency().officer()).get("/api/v1/submissions/" + submission).then().statusCode(404);
        as(otherCompany.token("company_member"))
                .get("/api/v1/submissions/" + submission)
                .then()
                .statusCode(404);
        as(otherCompany.token("company_member"))
                .get("/api/v1/proposals/" + s.proposalId())
                .then()
                .statusCode(404);
        as(s.agency().officer())
                .get("/api/v1/challenges/" + s.challengeId() + "/stages/1/submissions")
                .then()
                .statusCode(409);
        JsonPath json = as(s.agency().officer())
                .get("/api/v1/challenges/" + s.challengeId() + "/proposal-counts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("[0].sealed")).isTrue();
        assertThat(json.getInt("[0].submittedProposals")).isEqualTo(1);
        json = as(s.companyToken())
                .get("/api/v1/submissions/" + submission)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("content.fields.solutionIdea")).isEqualTo("Sealed idea.");

        moveClockTo(firstDeadline(s));
        json = as(s.agency().officer())
                .get("/api/v1/submissions/" + submission)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("content.fields.solutionIdea")).isEqualTo("Sealed idea.");
        as(Fixtures.agency().officer())
                .get("/api/v1/submissions/" + submission)
                .then()
                .statusCode(404);
    }

    @Test
    void lateSubmissionIsRefusedAndNothingOfItIsStored() {
        Setup s = proposalOnANewChallenge();
        saveDraft(s, "On time.");
        submit(s);
        saveDraft(s, "Too late.");
        moveClockTo(firstDeadline(s));

        JsonPath json = as(s.companyToken())
                .post("/api/v1/proposals/" + s.proposalId() + "/stages/1/submit")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertThat(json.getString("type")).isEqualTo("urn:challengemarket:problem:deadline-passed");
        as(s.companyToken())
                .contentType(ContentType.JSON)
                .body(Fixtures.expressionOfInterest("Even later."))
                .put("/api/v1/proposals/" + s.proposalId() + "/stages/1")
                .then()
                .statusCode(422);
        json = as(s.companyToken())
                .get("/api/v1/proposals/" + s.proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("stages[0].submissions")).hasSize(1);
        assertThat(json.getString("stages[0].draft.fields.solutionIdea")).isEqualTo("Too late.");
    }

    @Test
    void submitsRacingTheDeadlineAreNeverAcceptedAfterIt() throws Exception {
        Setup s = proposalOnANewChallenge();
        saveDraft(s, "Racing.");
        Instant deadline = firstDeadline(s);
        moveClockTo(deadline.minusMillis(400));

        List<java.util.concurrent.CompletableFuture<io.restassured.response.Response>> racers =
                new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            racers.add(java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> as(s.companyToken()).post("/api/v1/proposals/" + s.proposalId() + "/stages/1/submit")));
        }
        int accepted = 0;
        for (var racer : racers) {
            io.restassured.response.Response response = racer.get();
            if (response.statusCode() == 201) {
                accepted++;
                assertThat(Instant.parse(response.path("submittedAt"))).isBefore(deadline);
            } else {
                assertThat(response.statusCode()).isEqualTo(422);
                assertThat(response.<String>path("type")).isEqualTo("urn:challengemarket:problem:deadline-passed");
            }
        }
        int stored = as(s.companyToken())
                .get("/api/v1/proposals/" + s.proposalId())
                .then()
                .extract()
                .path("stages[0].submissions.size()");
        assertThat(stored).isEqualTo(accepted);
    }

    @Test
    void draftFieldsAreCheckedAndSubmitNeedsEveryRequiredField() {
        Setup s = proposalOnANewChallenge();
        JsonPath json = as(s.companyToken())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "fields", Map.of("solutionIdea", "x".repeat(3501), "costBand", "A_LOT", "legalName", "Sneaky")))
                .put("/api/v1/proposals/" + s.proposalId() + "/stages/1")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("fields.solutionIdea", "fields.costBand", "fields.legalName");
        as(s.companyToken())
                .contentType(ContentType.JSON)
                .body(Map.of("fields", Map.of("solutionIdea", "Half an idea.")))
                .put("/api/v1/proposals/" + s.proposalId() + "/stages/1")
                .then()
                .statusCode(200);
        json = as(s.companyToken())
                .post("/api/v1/proposals/" + s.proposalId() + "/stages/1/submit")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("fields.teamInBrief", "fields.costBand");
        as(s.companyToken())
                .contentType(ContentType.JSON)
                .body(Fixtures.expressionOfInterest("Later stage"))
                .put("/api/v1/proposals/" + s.proposalId() + "/stages/2")
                .then()
                .statusCode(409);
    }

    @Test
    void proposalsAreOnlyForCompanyMembersOfThatCompany() {
        Setup s = proposalOnANewChallenge();
        anonymous().get("/api/v1/proposals/" + s.proposalId()).then().statusCode(401);
        as(s.agency().officer())
                .get("/api/v1/proposals/" + s.proposalId())
                .then()
                .statusCode(403);
        as(s.agency().officer())
                .post("/api/v1/challenges/" + s.challengeId() + "/proposals")
                .then()
                .statusCode(403);
        as(Fixtures.company().token("company_member"))
                .post("/api/v1/proposals/" + s.proposalId() + "/withdraw")
                .then()
                .statusCode(404);
        JsonPath json = as(s.companyToken())
                .get("/api/v1/proposals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(1);
        assertThat(json.getString("items[0].challengeTitle"))
                .isEqualTo("Queues " + s.agency().id());
        assertThat(json.getString("items[0].nextDeadline"))
                .isEqualTo(firstDeadline(s).toString());
    }

    @Test
    void withdrawnProposalCanNoLongerChange() {
        Setup s = proposalOnANewChallenge();
        JsonPath json = as(s.companyToken())
                .post("/api/v1/proposals/" + s.proposalId() + "/withdraw")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(json.<Object>get("nextDeadline")).isNull();
        as(s.companyToken())
                .contentType(ContentType.JSON)
                .body(Fixtures.expressionOfInterest("Back again"))
                .put("/api/v1/proposals/" + s.proposalId() + "/stages/1")
                .then()
                .statusCode(409);
        as(s.companyToken())
                .post("/api/v1/proposals/" + s.proposalId() + "/withdraw")
                .then()
                .statusCode(409);
    }

    @Test
    void submittingNeedsACompanyProfile() {
        Org agency = Fixtures.agency();
        String challengeId = Fixtures.published(agency, "Profile first " + agency.id());
        Org company = Fixtures.organisation("COMPANY");
        String token = company.token("company_member");
        String proposal = as(token)
                .post("/api/v1/challenges/" + challengeId + "/proposals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(token)
                .contentType(ContentType.JSON)
                .body(Fixtures.expressionOfInterest("No profile yet"))
                .put("/api/v1/proposals/" + proposal + "/stages/1")
                .then()
                .statusCode(200);
        JsonPath json = as(token)
                .post("/api/v1/proposals/" + proposal + "/stages/1/submit")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("profile");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
