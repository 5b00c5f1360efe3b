package org.challengemarket.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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

        JsonPath json = Awards.award(f, List.of(winner), "25000.00", null)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(json.getList("awards")).hasSize(1);
        assertThat(json.<Object>get("awards[0].proposalId")).isEqualTo(winner.proposalId());
        assertThat(json.getFloat("awards[0].value.amount")).isEqualTo(25000.00f);
        assertThat(json.<Object>get("standstillEndsAt")).isNotNull();
        String contract = json.get("awards[0].contractId");

        json = as(winner.token())
                .get("/api/v1/proposals/" + winner.proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("AWARDED");
        json = as(loser.token())
                .get("/api/v1/proposals/" + loser.proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("NOT_AWARDED");
        json = as(loserPerson.token())
                .get("/api/v1/notifications")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("items.type")).contains("NOT_AWARDED");
        assertThat(json.getList("items.link")).contains("/api/v1/proposals/" + loser.proposalId() + "/feedback");
        json = Api.anonymous()
                .get("/api/v1/challenges/" + f.challengeId() + "/awards")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("awards[0].companyName"))
                .isEqualTo(winner.company().name());
        json = Api.anonymous()
                .get("/api/v1/challenges/" + f.challengeId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("AWARDED");
        json = as(winner.token())
                .get("/api/v1/contracts/" + contract)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("PENDING");
        assertThat(json.getInt("paymentTermDays")).isEqualTo(30);
        assertThat(json.getFloat("vatRate")).isEqualTo(21.00f);
        List<String> payloads = Rows.list(
                "select payload from outbox_event where event_type = 'challenge.awarded' and aggregate_id = cast(?1 as uuid)",
                f.challengeId());
        assertThat(payloads.size()).isEqualTo(1);
        String payload = payloads.get(0);
        assertThat(payload)
                .contains("\"value\":\"25000.00\"")
                .contains("\"companyName\":\"" + winner.company().name() + "\"");
        Awards.award(f, List.of(loser), "1000.00", null).then().statusCode(409);
    }

    @Test
    void anAwardThatDepartsFromTheRankingNeedsAReasonRecordedOnIt() {
        Finalists f = Awards.finalists(clock, 2);
        Bidder second = f.finalists().get(1);
        JsonPath json = Awards.award(f, List.of(second), "20000.00", null)
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("departureReason");
        json = Awards.award(f, List.of(second), "20000.00", "The best-ranked company cannot start before next year.")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(json.getString("departureReason"))
                .isEqualTo("The best-ranked company cannot start before next year.");
        assertThat(json.getBoolean("rankingChecked")).isTrue();
        assertThat(json.getInt("awards[0].rank")).isEqualTo(2);
        json = as(f.finalists().get(0).token())
                .get("/api/v1/proposals/" + f.finalists().get(0).proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("NOT_AWARDED");
    }

    @Test
    void awardRefusesTooManyPilotsAboveTheCapAndOutsideTheFinalStage() {
        Finalists f = Awards.finalists(clock, 2);
        JsonPath json = as(f.agency().officer())
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
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("awards[0].value.amount", "awards[1].proposalId");
        json = as(f.finalists().get(0).token())
                .get("/api/v1/proposals/" + f.finalists().get(0).proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("SUBMITTED");
        json = Awards.award(f, f.finalists(), "20000.01", null)
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("awards");
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
        JsonPath json = as(f.agency().officer())
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Awards.terms(clock, 45, null, "5000.00", "14000.00"))
                .put("/api/v1/contracts/" + contract + "/terms")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("milestones", "paymentTermJustification");
        json = as(f.agency().officer())
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Awards.terms(clock, 61, "Two signatures are needed by the council.", "5000.00", "15000.00"))
                .put("/api/v1/contracts/" + contract + "/terms")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("paymentTermDays");
        json = as(f.agency().officer())
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Awards.terms(clock, 45, "Two signatures are needed by the council.", "5000.00", "15000.00"))
                .put("/api/v1/contracts/" + contract + "/terms")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("paymentTermDays")).isEqualTo(45);
        assertThat(json.getList("milestones")).hasSize(2);
        as(f.agency().officer())
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Awards.terms(clock, 30, null, "20000.00"))
                .put("/api/v1/contracts/" + contract + "/terms")
                .then()
                .statusCode(412);

        json = as(f.agency().officer())
                .post("/api/v1/contracts/" + contract + "/sign")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertThat(json.getString("detail")).contains("standstill");
        clock.advance(Duration.ofDays(10));
        json = as(f.agency().officer())
                .post("/api/v1/contracts/" + contract + "/sign")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("ACTIVE");
        assertThat(json.<Object>get("signedAt")).isNotNull();
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
        JsonPath json = as(a.companyToken())
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
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("DELIVERED");
        assertThat(json.getString("attachment.fileName")).isEqualTo("report.pdf");
        assertThat(json.<Object>get("acceptanceDueAt")).isNotNull();
        as(a.companyToken()).post(path + "/accept").then().statusCode(403);
        as(Fixtures.agency().officer()).post(path + "/accept").then().statusCode(404);
        as(a.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "short"))
                .post(path + "/reject")
                .then()
                .statusCode(400);
        json = as(a.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "The report misses the second site."))
                .post(path + "/reject")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("REJECTED");
        assertThat(json.getString("rejectionReason")).isEqualTo("The report misses the second site.");
        json = as(a.companyToken())
                .contentType(ContentType.JSON)
                .body(Map.of("note", "Second site added."))
                .post(path + "/deliver")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("DELIVERED");
        json = as(a.officer())
                .post(path + "/accept")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("ACCEPTED");
        json = as(a.officer())
                .post("/api/v1/contracts/" + a.contractId() + "/complete")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("COMPLETED");
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
        JsonPath json = as(a.companyToken())
                .get("/api/v1/contracts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("items.id")).contains(a.contractId());
        json = as(a.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "The pilot site was closed by the city."))
                .post("/api/v1/contracts/" + a.contractId() + "/terminate")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("TERMINATED");
    }
}
