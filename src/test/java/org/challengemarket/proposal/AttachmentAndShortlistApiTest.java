package org.challengemarket.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.support.Api;
import org.challengemarket.support.ChallengeDraftBuilder;
import org.challengemarket.support.ChallengeDraftBuilder.ChallengeDraft;
import org.challengemarket.support.Evaluations;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.Members;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttachmentAndShortlistApiTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @Inject
    ServiceClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Bid(Org company, String proposalId) {
        String token() {
            return company.token("company_member");
        }
    }

    private static Bid bid(String challengeId, String idea) {
        Org company = Fixtures.company();
        String proposal = as(company.token("company_member"))
                .post("/api/v1/challenges/" + challengeId + "/proposals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(company.token("company_member"))
                .contentType(ContentType.JSON)
                .body(Fixtures.expressionOfInterest(idea))
                .put("/api/v1/proposals/" + proposal + "/stages/1")
                .then()
                .statusCode(200);
        return new Bid(company, proposal);
    }

    private static void submit(Bid bid) {
        as(bid.token())
                .post("/api/v1/proposals/" + bid.proposalId() + "/stages/1/submit")
                .then()
                .statusCode(201);
    }

    private static io.restassured.response.Response upload(Bid bid, String name, byte[] content) {
        return RestAssured.given()
                .auth()
                .oauth2(bid.token())
                .multiPart("file", name, content, "application/octet-stream")
                .post("/api/v1/proposals/" + bid.proposalId() + "/stages/1/attachments");
    }

    private void passFirstDeadline(String challengeId) {
        Instant deadline = Instant.parse(Api.anonymous()
                .get("/api/v1/challenges/" + challengeId)
                .then()
                .extract()
                .path("stages[0].deadline"));
        clock.advance(Duration.between(clock.instant(), deadline).plusSeconds(1));
    }

    @Test
    void attachmentIsStoredWithItsChecksumAndListedInTheSubmission() {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Files " + agency.id());
        Bid bid = bid(challenge, "With a diagram.");

        JsonPath json =
                upload(bid, "diagram.png", PNG).then().statusCode(201).extract().jsonPath();
        assertThat(json.getString("mediaType")).isEqualTo("image/png");
        assertThat(json.<Object>get("size")).isEqualTo(PNG.length);
        assertThat(json.<Object>get("sha256")).isEqualTo(org.challengemarket.platform.Sha256.hex(PNG));
        String id = json.get("id");
        json = as(bid.token())
                .post("/api/v1/proposals/" + bid.proposalId() + "/stages/1/submit")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(json.getString("canonicalContent")).contains(org.challengemarket.platform.Sha256.hex(PNG));

        byte[] downloaded = RestAssured.given()
                .auth()
                .oauth2(bid.token())
                .get("/api/v1/attachments/" + id)
                .then()
                .statusCode(200)
                .contentType("image/png")
                .extract()
                .asByteArray();
        org.assertj.core.api.Assertions.assertThat(downloaded).isEqualTo(PNG);
        RestAssured.given()
                .auth()
                .oauth2(agency.officer())
                .get("/api/v1/attachments/" + id)
                .then()
                .statusCode(404);
        passFirstDeadline(challenge);
        RestAssured.given()
                .auth()
                .oauth2(agency.officer())
                .get("/api/v1/attachments/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void filesUploadedBeforeAnyFieldIsSavedShowOnTheDraft() {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Files first " + agency.id());
        Org company = Fixtures.company();
        String proposal = as(company.token("company_member"))
                .post("/api/v1/challenges/" + challenge + "/proposals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Bid bid = new Bid(company, proposal);
        JsonPath json = as(bid.token())
                .get("/api/v1/proposals/" + proposal)
                .then()
                .extract()
                .jsonPath();
        assertThat(json.<Object>get("stages[0].draft")).isNull();
        upload(bid, "plan.png", PNG).then().statusCode(201);
        json = as(bid.token())
                .get("/api/v1/proposals/" + proposal)
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("stages[0].draft.attachments.fileName")).containsExactly("plan.png");
    }

    @Test
    void disguisedFileIsRefusedWith415() {
        Org agency = Fixtures.agency();
        Bid bid = bid(Fixtures.published(agency, "Disguise " + agency.id()), "Idea.");
        JsonPath json = upload(bid, "invoice.pdf", "#!/bin/sh\necho not a pdf".getBytes(StandardCharsets.US_ASCII))
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();
        assertThat(json.getString("type")).isEqualTo("urn:challengemarket:problem:unsupported-media-type");
        json = as(bid.token())
                .get("/api/v1/proposals/" + bid.proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("stages[0].draft.attachments")).hasSize(0);
    }

    @Test
    void tooLargeFileIsRefusedWith413() {
        Org agency = Fixtures.agency();
        Bid bid = bid(Fixtures.published(agency, "Large " + agency.id()), "Idea.");
        byte[] big = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 10 * 1024 * 1024 + 1);
        JsonPath json = upload(bid, "big.pdf", big)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();
        assertThat(json.getString("type")).isEqualTo("urn:challengemarket:problem:payload-too-large");
    }

    @Test
    void atMostFiveAttachmentsPerStage() {
        Org agency = Fixtures.agency();
        Bid bid = bid(Fixtures.published(agency, "Five " + agency.id()), "Idea.");
        for (int i = 0; i < 5; i++) {
            upload(bid, "page" + i + ".png", PNG).then().statusCode(201);
        }
        upload(bid, "page6.png", PNG).then().statusCode(422);
        JsonPath json = as(bid.token())
                .get("/api/v1/proposals/" + bid.proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("stages[0].draft.attachments")).hasSize(5);
        String first = json.get("stages[0].draft.attachments[0].id");
        RestAssured.given()
                .auth()
                .oauth2(bid.token())
                .delete("/api/v1/attachments/" + first)
                .then()
                .statusCode(204);
        upload(bid, "page6.png", PNG).then().statusCode(201);
    }

    @Test
    void agencyShortlistsAfterTheDeadlineAndOnlyShortlistedProposalsGoOn() {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Shortlist " + agency.id());
        Bid chosen = bid(challenge, "The better idea.");
        Bid other = bid(challenge, "Another idea.");
        Bid late = bid(challenge, "Never submitted.");
        Evaluations.Panel panel = Evaluations.panel(agency, challenge, 1);
        submit(chosen);
        submit(other);
        String path = "/api/v1/challenges/" + challenge + "/stages/1/shortlist";
        Map<String, Object> decision =
                Map.of("proposalIds", List.of(chosen.proposalId()), "reason", "Clearest link to the problem.");

        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(decision)
                .post(path)
                .then()
                .statusCode(409);

        passFirstDeadline(challenge);
        panel.scoreInOrder(List.of(chosen.proposalId(), other.proposalId()));
        JsonPath json = as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "proposalIds", List.of(late.proposalId()), "reason", "The one that did not submit at all."))
                .post(path)
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("proposalIds[0]");
        as(Fixtures.agency().officer())
                .contentType(ContentType.JSON)
                .body(decision)
                .post(path)
                .then()
                .statusCode(404);
        json = as(agency.officer())
                .contentType(ContentType.JSON)
                .body(decision)
                .post(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("shortlisted")).containsExactlyInAnyOrder(chosen.proposalId());
        assertThat(json.getList("notShortlisted")).containsExactlyInAnyOrder(other.proposalId(), late.proposalId());
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(decision)
                .post(path)
                .then()
                .statusCode(409);

        json = Api.anonymous()
                .get("/api/v1/challenges/" + challenge)
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("IN_EVALUATION");
        json = as(chosen.token())
                .get("/api/v1/proposals/" + chosen.proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("SHORTLISTED");
        assertThat(json.getInt("stage")).isEqualTo(2);
        Map<String, Object> fullProposal = Map.of(
                "fields",
                Map.of(
                        "approach",
                        "Text messages with a live queue position.",
                        "costEstimate",
                        Map.of("amount", 18000.00, "currency", "EUR")));
        json = as(chosen.token())
                .contentType(ContentType.JSON)
                .body(fullProposal)
                .put("/api/v1/proposals/" + chosen.proposalId() + "/stages/2")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getFloat("fields.costEstimate.amount")).isEqualTo(18000.00f);
        json = as(other.token())
                .get("/api/v1/proposals/" + other.proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("NOT_SHORTLISTED");
        as(other.token())
                .contentType(ContentType.JSON)
                .body(fullProposal)
                .put("/api/v1/proposals/" + other.proposalId() + "/stages/2")
                .then()
                .statusCode(409);
    }

    @Test
    void companiesAreNotifiedOfTheirSubmissionAndOfTheShortlistDecision() {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Notified " + agency.id());
        Bid chosen = bid(challenge, "Chosen idea.");
        Bid other = bid(challenge, "Other idea.");
        Members.Person chosenPerson = Members.member(chosen.company(), "company_member");
        Members.Person otherPerson = Members.member(other.company(), "company_member");
        Evaluations.Panel panel = Evaluations.panel(agency, challenge, 1);
        submit(chosen);
        submit(other);
        JsonPath json = as(chosenPerson.token())
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("items.type")).containsExactly("SUBMISSION_RECEIVED");

        passFirstDeadline(challenge);
        panel.scoreInOrder(List.of(chosen.proposalId(), other.proposalId()));
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("proposalIds", List.of(chosen.proposalId()), "reason", "Clearest link to the problem."))
                .post("/api/v1/challenges/" + challenge + "/stages/1/shortlist")
                .then()
                .statusCode(200);
        json = as(chosenPerson.token())
                .get("/api/v1/notifications")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("items.type")).containsExactly("SHORTLISTED", "SUBMISSION_RECEIVED");
        json = as(otherPerson.token())
                .get("/api/v1/notifications")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("items.type")).containsExactly("NOT_SHORTLISTED", "SUBMISSION_RECEIVED");
    }

    @Test
    void shortlistCannotExceedTheStageShortlistSize() {
        Org agency = Fixtures.agency();
        ChallengeDraft body = ChallengeDraftBuilder.publishable("Small list " + agency.id())
                .withNumberOfPilots(1)
                .withBudget("25000")
                .withShortlistSize(0, 1)
                .build();
        String challenge = Fixtures.draft(agency, body);
        as(agency.officer())
                .post("/api/v1/challenges/" + challenge + "/publish")
                .then()
                .statusCode(200);
        Evaluations.Panel panel = Evaluations.panel(agency, challenge, 1);
        Bid a = bid(challenge, "A.");
        Bid b = bid(challenge, "B.");
        submit(a);
        submit(b);
        passFirstDeadline(challenge);
        panel.scoreInOrder(List.of(a.proposalId(), b.proposalId()));
        JsonPath json = as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("proposalIds", List.of(a.proposalId(), b.proposalId()), "reason", "Both were good."))
                .post("/api/v1/challenges/" + challenge + "/stages/1/shortlist")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("proposalIds");
    }
}
