package org.challengemarket.contract;

import static org.challengemarket.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.support.Api;
import org.challengemarket.support.Awards;
import org.challengemarket.support.Awards.Bidder;
import org.challengemarket.support.Awards.Finalists;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Members;
import org.challengemarket.support.Rows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContractApiTest {

    @Inject
    ServiceClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void awardGivesPendingContractsTellsTheOthersAndAppendsTheEvent() {
        Finalists f = Awards.finalists(clock, 2);
        Bidder winner = f.finalists().get(0);
        Bidder loser = f.finalists().get(1);
        Members.Person loserPerson = Members.member(loser.company(), "company_member");

        String contract = Awards.award(f, List.of(winner), "25000.00", null)
                .then()
                .statusCode(201)
                .body("awards", hasSize(1))
                .body("awards[0].proposalId", equalTo(winner.proposalId()))
                .body("awards[0].value.amount", equalTo(25000.00f))
                .body("standstillEndsAt", notNullValue())
                .extract()
                .path("awards[0].contractId");

        as(winner.token())
                .get("/api/v1/proposals/" + winner.proposalId())
                .then()
                .body("status", equalTo("AWARDED"));
        as(loser.token()).get("/api/v1/proposals/" + loser.proposalId()).then().body("status", equalTo("NOT_AWARDED"));
        as(loserPerson.token())
                .get("/api/v1/notifications")
                .then()
                .body("items.type", hasItem("NOT_AWARDED"))
                .body("items.link", hasItem("/api/v1/proposals/" + loser.proposalId() + "/feedback"));
        Api.anonymous()
                .get("/api/v1/challenges/" + f.challengeId() + "/awards")
                .then()
                .statusCode(200)
                .body("awards[0].companyName", equalTo(winner.company().name()));
        Api.anonymous().get("/api/v1/challenges/" + f.challengeId()).then().body("status", equalTo("AWARDED"));
        as(winner.token())
                .get("/api/v1/contracts/" + contract)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("paymentTermDays", equalTo(30))
                .body("vatRate", equalTo(21.00f));
        List<String> payloads = Rows.list(
                "select payload from outbox_event where event_type = 'challenge.awarded' and aggregate_id = cast(?1 as uuid)",
                f.challengeId());
        assertEquals(1, payloads.size());
        String payload = payloads.get(0);
        org.junit.jupiter.api.Assertions.assertTrue(payload.contains("\"value\":\"25000.00\""), payload);
        org.junit.jupiter.api.Assertions.assertTrue(
                payload.contains("\"companyName\":\"" + winner.company().name() + "\""), payload);
        Awards.award(f, List.of(loser), "1000.00", null).then().statusCode(409);
    }

    @Test
    void anAwardThatDepartsFromTheRankingNeedsAReasonRecordedOnIt() {
        Finalists f = Awards.finalists(clock, 2);
        Bidder second = f.finalists().get(1);
        Awards.award(f, List.of(second), "20000.00", null)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("departureReason"));
        Awards.award(f, List.of(second), "20000.00", "The best-ranked company cannot start before next year.")
                .then()
                .statusCode(201)
                .body("departureReason", equalTo("The best-ranked company cannot start before next year."))
                .body("rankingChecked", equalTo(true))
                .body("awards[0].rank", equalTo(2));
        as(f.finalists().get(0).token())
                .get("/api/v1/proposals/" + f.finalists().get(0).proposalId())
                .then()
                .body("status", equalTo("NOT_AWARDED"));
    }

    @Test
    void awardRefusesTooManyPilotsAboveTheCapAndOutsideTheFinalStage() {
        Finalists f = Awards.finalists(clock, 2);
        as(f.agency().officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "awards",
                        List.of(
                                Map.of(
                                        "proposalId",
                                        f.finalists().get(0).proposalId(),
                                        "value",
                                        Map.of("amount", 30000.01, "currency", "EUR")),
                                Map.of(
                                        "proposalId",
                                        f.stoppedEarly().proposalId(),
                                        "value",
                                        Map.of("amount", 5000.00, "currency", "EUR")))))
                .post("/api/v1/challenges/" + f.challengeId() + "/awards")
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("awards[0].value.amount", "awards[1].proposalId"));
        as(f.finalists().get(0).token())
                .get("/api/v1/proposals/" + f.finalists().get(0).proposalId())
                .then()
                .body("status", equalTo("SUBMITTED"));
        Awards.award(f, f.finalists(), "20000.01", null).then().statusCode(422).body("errors.field", hasItem("awards"));
        as(Fixtures.agency().officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "awards",
                        List.of(Map.of(
                                "proposalId",
                                f.finalists().get(0).proposalId(),
                                "value",
                                Map.of("amount", 10, "currency", "EUR")))))
                .post("/api/v1/challenges/" + f.challengeId() + "/awards")
                .then()
                .statusCode(404);
        as(f.finalists().get(0).token())
                .contentType(ContentType.JSON)
                .body(Map.of("awards", List.of()))
                .post("/api/v1/challenges/" + f.challengeId() + "/awards")
                .then()
                .statusCode(403);
    }

    @Test
    void contractIsSignedOnlyAfterTheStandstillWithMilestonesAddingUpToItsValue() {
        Finalists f = Awards.finalists(clock, 1);
        String contract = Awards.award(f, f.finalists(), "20000.00", null)
                .then()
                .statusCode(201)
                .extract()
                .path("awards[0].contractId");
        String etag = as(f.agency().officer())
                .get("/api/v1/contracts/" + contract)
                .then()
                .extract()
                .header("ETag");
        as(f.agency().officer())
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Awards.terms(clock, 45, null, "5000.00", "14000.00"))
                .put("/api/v1/contracts/" + contract + "/terms")
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("milestones", "paymentTermJustification"));
        as(f.agency().officer())
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Awards.terms(clock, 61, "Two signatures are needed by the council.", "5000.00", "15000.00"))
                .put("/api/v1/contracts/" + contract + "/terms")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("paymentTermDays"));
        as(f.agency().officer())
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Awards.terms(clock, 45, "Two signatures are needed by the council.", "5000.00", "15000.00"))
                .put("/api/v1/contracts/" + contract + "/terms")
                .then()
                .statusCode(200)
                .body("paymentTermDays", equalTo(45))
                .body("milestones", hasSize(2));
        as(f.agency().officer())
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Awards.terms(clock, 30, null, "20000.00"))
                .put("/api/v1/contracts/" + contract + "/terms")
                .then()
                .statusCode(412);

        as(f.agency().officer())
                .post("/api/v1/contracts/" + contract + "/sign")
                .then()
                .statusCode(422)
                .body("detail", containsString("standstill"));
        clock.advance(Duration.ofDays(10));
        as(f.agency().officer())
                .post("/api/v1/contracts/" + contract + "/sign")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("signedAt", notNullValue());
        as(f.agency().officer())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"2\"")
                .body(Awards.terms(clock, 30, null, "20000.00"))
                .put("/api/v1/contracts/" + contract + "/terms")
                .then()
                .statusCode(409);
    }

    @Test
    void companyDeliversAndTheAgencyAcceptsOrRejectsWithAReason() {
        Awards.Active a = Awards.activeContract(clock, "20000.00", "8000.00", "12000.00");
        String second = a.milestones().get(1);
        String path = "/api/v1/contracts/" + a.contractId() + "/milestones/" + second;
        as(a.officer()).post(path + "/accept").then().statusCode(409);
        as(a.companyToken())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "note",
                        "Report attached.",
                        "attachment",
                        Map.of(
                                "fileName",
                                "report.pdf",
                                "mediaType",
                                "application/pdf",
                                "contentBase64",
                                "JVBERi0xLjQK")))
                .post(path + "/deliver")
                .then()
                .statusCode(200)
                .body("status", equalTo("DELIVERED"))
                .body("attachment.fileName", equalTo("report.pdf"))
                .body("acceptanceDueAt", notNullValue());
        as(a.companyToken()).post(path + "/accept").then().statusCode(403);
        as(Fixtures.agency().officer()).post(path + "/accept").then().statusCode(404);
        as(a.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "short"))
                .post(path + "/reject")
                .then()
                .statusCode(400);
        as(a.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "The report misses the second site."))
                .post(path + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejectionReason", equalTo("The report misses the second site."));
        as(a.companyToken())
                .contentType(ContentType.JSON)
                .body(Map.of("note", "Second site added."))
                .post(path + "/deliver")
                .then()
                .statusCode(200)
                .body("status", equalTo("DELIVERED"));
        as(a.officer()).post(path + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        as(a.officer())
                .post("/api/v1/contracts/" + a.contractId() + "/complete")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"));
    }

    @Test
    void onlyTheTwoPartiesSeeAContract() {
        Awards.Active a = Awards.activeContract(clock, "10000.00", "10000.00");
        as(Fixtures.agency().token("finance"))
                .get("/api/v1/contracts/" + a.contractId())
                .then()
                .statusCode(404);
        as(Fixtures.company().token("company_member"))
                .get("/api/v1/contracts/" + a.contractId())
                .then()
                .statusCode(404);
        as(a.finance()).get("/api/v1/contracts/" + a.contractId()).then().statusCode(200);
        as(a.companyToken()).get("/api/v1/contracts").then().statusCode(200).body("items.id", hasItem(a.contractId()));
        as(a.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "The pilot site was closed by the city."))
                .post("/api/v1/contracts/" + a.contractId() + "/terminate")
                .then()
                .statusCode(200)
                .body("status", equalTo("TERMINATED"));
    }
}
