package org.challengemarket.proposal;

import static org.challengemarket.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.support.Api;
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

        String id = upload(bid, "diagram.png", PNG)
                .then()
                .statusCode(201)
                .body("mediaType", equalTo("image/png"))
                .body("size", equalTo(PNG.length))
                .body("sha256", equalTo(org.challengemarket.platform.Sha256.hex(PNG)))
                .extract()
                .path("id");
        as(bid.token())
                .post("/api/v1/proposals/" + bid.proposalId() + "/stages/1/submit")
                .then()
                .statusCode(201)
                .body(
                        "canonicalContent",
                        org.hamcrest.Matchers.containsString(org.challengemarket.platform.Sha256.hex(PNG)));

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
        as(bid.token())
                .get("/api/v1/proposals/" + proposal)
                .then()
                .body("stages[0].draft", org.hamcrest.Matchers.nullValue());
        upload(bid, "plan.png", PNG).then().statusCode(201);
        as(bid.token())
                .get("/api/v1/proposals/" + proposal)
                .then()
                .body("stages[0].draft.attachments.fileName", contains("plan.png"));
    }

    @Test
    void disguisedFileIsRefusedWith415() {
        Org agency = Fixtures.agency();
        Bid bid = bid(Fixtures.published(agency, "Disguise " + agency.id()), "Idea.");
        upload(bid, "invoice.pdf", "#!/bin/sh\necho not a pdf".getBytes(StandardCharsets.US_ASCII))
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:challengemarket:problem:unsupported-media-type"));
        as(bid.token())
                .get("/api/v1/proposals/" + bid.proposalId())
                .then()
                .body("stages[0].draft.attachments", hasSize(0));
    }

    @Test
    void tooLargeFileIsRefusedWith413() {
        Org agency = Fixtures.agency();
        Bid bid = bid(Fixtures.published(agency, "Large " + agency.id()), "Idea.");
        byte[] big = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 10 * 1024 * 1024 + 1);
        upload(bid, "big.pdf", big)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:challengemarket:problem:payload-too-large"));
    }

    @Test
    void atMostFiveAttachmentsPerStage() {
        Org agency = Fixtures.agency();
        Bid bid = bid(Fixtures.published(agency, "Five " + agency.id()), "Idea.");
        for (int i = 0; i < 5; i++) {
            upload(bid, "page" + i + ".png", PNG).then().statusCode(201);
        }
        upload(bid, "page6.png", PNG).then().statusCode(422);
        String first = as(bid.token())
                .get("/api/v1/proposals/" + bid.proposalId())
                .then()
                .body("stages[0].draft.attachments", hasSize(5))
                .extract()
                .path("stages[0].draft.attachments[0].id");
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
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "proposalIds", List.of(late.proposalId()), "reason", "The one that did not submit at all."))
                .post(path)
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("proposalIds[0]"));
        as(Fixtures.agency().officer())
                .contentType(ContentType.JSON)
                .body(decision)
                .post(path)
                .then()
                .statusCode(404);
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(decision)
                .post(path)
                .then()
                .statusCode(200)
                .body("shortlisted", containsInAnyOrder(chosen.proposalId()))
                .body("notShortlisted", containsInAnyOrder(other.proposalId(), late.proposalId()));
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(decision)
                .post(path)
                .then()
                .statusCode(409);

        Api.anonymous().get("/api/v1/challenges/" + challenge).then().body("status", equalTo("IN_EVALUATION"));
        as(chosen.token())
                .get("/api/v1/proposals/" + chosen.proposalId())
                .then()
                .body("status", equalTo("SHORTLISTED"))
                .body("stage", equalTo(2));
        Map<String, Object> fullProposal = Map.of(
                "fields",
                Map.of(
                        "approach",
                        "Text messages with a live queue position.",
                        "costEstimate",
                        Map.of("amount", 18000.00, "currency", "EUR")));
        as(chosen.token())
                .contentType(ContentType.JSON)
                .body(fullProposal)
                .put("/api/v1/proposals/" + chosen.proposalId() + "/stages/2")
                .then()
                .statusCode(200)
                .body("fields.costEstimate.amount", equalTo(18000.00f));
        as(other.token())
                .get("/api/v1/proposals/" + other.proposalId())
                .then()
                .body("status", equalTo("NOT_SHORTLISTED"));
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
        as(chosenPerson.token())
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("items.type", contains("SUBMISSION_RECEIVED"));

        passFirstDeadline(challenge);
        panel.scoreInOrder(List.of(chosen.proposalId(), other.proposalId()));
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("proposalIds", List.of(chosen.proposalId()), "reason", "Clearest link to the problem."))
                .post("/api/v1/challenges/" + challenge + "/stages/1/shortlist")
                .then()
                .statusCode(200);
        as(chosenPerson.token())
                .get("/api/v1/notifications")
                .then()
                .body("items.type", contains("SHORTLISTED", "SUBMISSION_RECEIVED"));
        as(otherPerson.token())
                .get("/api/v1/notifications")
                .then()
                .body("items.type", contains("NOT_SHORTLISTED", "SUBMISSION_RECEIVED"));
    }

    @Test
    void shortlistCannotExceedTheStageShortlistSize() {
        Org agency = Fixtures.agency();
        Map<String, Object> body = Fixtures.publishableChallenge("Small list " + agency.id());
        body.put("numberOfPilots", 1);
        body.put("budget", Map.of("amount", 25000, "currency", "EUR"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stages = (List<Map<String, Object>>) body.get("stages");
        stages.get(0).put("shortlistSize", 1);
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
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("proposalIds", List.of(a.proposalId(), b.proposalId()), "reason", "Both were good."))
                .post("/api/v1/challenges/" + challenge + "/stages/1/shortlist")
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("proposalIds"));
    }
}
