package org.challengemarket.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.support.Api;
import org.challengemarket.support.Awards;
import org.challengemarket.support.Awards.Active;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FinanceApiTest {

    @Inject
    ServiceClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Awards.BRUSSELS);
    }

    @Test
    void theDashboardShowsDueSoonOverduePaidAndTheOnTimeRate() {
        Active a = Awards.activeContract(clock, "3000.00", "1000.00", "1000.00", "1000.00");
        String paid = Awards.invoice(
                        a, a.milestones().get(0), "P-" + a.contractId().substring(0, 8), "1000.00")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        approveAndPay(a, paid);
        Awards.deliverAndAccept(
                a.agency(), a.company(), a.contractId(), a.milestones().get(1));
        String overdue = Awards.invoice(
                        a, a.milestones().get(1), "O-" + a.contractId().substring(0, 8), "1000.00")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        clock.advance(Duration.ofDays(25));
        Awards.deliverAndAccept(
                a.agency(), a.company(), a.contractId(), a.milestones().get(2));
        String dueSoon = Awards.invoice(
                        a, a.milestones().get(2), "S-" + a.contractId().substring(0, 8), "1000.00")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        clock.advance(Duration.ofDays(25));
        JsonPath json = // first invoice due 20 days ago, second in 5 days
                as(a.finance())
                        .get("/api/v1/finance/dashboard")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(json.getString("agencyId")).isEqualTo(a.agency().id().toString());
        assertThat(json.getList("overdue.id")).contains(overdue);
        assertThat(json.getInt("overdue[0].daysLate")).isEqualTo(20);
        assertThat(json.getFloat("overdue[0].interest")).isGreaterThan(0f);
        assertThat(json.getFloat("overdue[0].compensation")).isEqualTo(40.00f);
        assertThat(json.getList("dueSoon.id")).contains(dueSoon);
        assertThat(json.getInt("performance.invoicesDue")).isEqualTo(2);
        assertThat(json.getInt("performance.paidOnTime")).isEqualTo(1);
        assertThat(json.getFloat("performance.onTimeRate")).isEqualTo(50.0f);
        assertThat(json.getFloat("performance.averageDaysToPay")).isEqualTo(0.0f);
        assertThat(json.getList("trend")).hasSize(12);
        json = as(a.finance())
                .get("/api/v1/invoices?overdue=true")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("items")).hasSize(1);
        assertThat(json.<Object>get("items[0].id")).isEqualTo(overdue);

        ExtractableResponse<Response> export = RestAssured.given()
                .auth()
                .oauth2(a.finance())
                .get("/api/v1/finance/invoices.csv")
                .then()
                .statusCode(200)
                .extract();
        assertThat(export.contentType()).startsWith("text/csv");
        String csv = export.asString();
        assertThat(csv).startsWith("invoice_id,number,company,");
        String[] lines = csv.split("\r\n");
        assertThat(lines).as(csv).hasSize(4);
        assertThat(csv).contains(overdue + ",O-");

        json = Api.anonymous()
                .get("/api/v1/agencies/" + a.agency().id() + "/payment-performance")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getFloat("onTimeRate")).isEqualTo(50.0f);
        assertThat(json.getInt("invoicesPaid")).isEqualTo(1);
        Api.anonymous()
                .get("/api/v1/agencies/" + a.company().id() + "/payment-performance")
                .then()
                .statusCode(404);
        as(a.companyToken()).get("/api/v1/finance/dashboard").then().statusCode(403);
        json = as(Fixtures.agency().token("finance"))
                .get("/api/v1/finance/dashboard")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("overdue")).hasSize(0);
    }

    private void approveAndPay(Active a, String invoice) {
        as(a.finance()).post("/api/v1/invoices/" + invoice + "/approve").then().statusCode(200);
        as(a.finance())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "paidOn",
                        today().toString(),
                        "amount",
                        Map.of("amount", 1210.00, "currency", "EUR"),
                        "reference",
                        "T-" + invoice.substring(0, 8)))
                .post("/api/v1/invoices/" + invoice + "/payments")
                .then()
                .statusCode(201);
    }

    @Test
    void theOnTimeRateTrendAndDaysToPayCountLateAndOnTimePaymentsInTheirMonths() {
        Active a = Awards.activeContract(clock, "2000.00", "1000.00", "1000.00");
        String late = Awards.invoice(
                        a, a.milestones().get(0), "L-" + a.contractId().substring(0, 8), "1000.00")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        LocalDate lateDue = today().plusDays(30);
        clock.advance(Duration.ofDays(40));
        approveAndPay(a, late); // ten days late, forty days after receipt
        Awards.deliverAndAccept(
                a.agency(), a.company(), a.contractId(), a.milestones().get(1));
        String onTime = Awards.invoice(
                        a, a.milestones().get(1), "T-" + a.contractId().substring(0, 8), "1000.00")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        LocalDate onTimeDue = today().plusDays(30);
        clock.advance(Duration.ofDays(10));
        approveAndPay(a, onTime); // ten days after receipt, twenty before the due date
        clock.advance(Duration.ofDays(25));

        io.restassured.path.json.JsonPath dashboard = as(a.finance())
                .get("/api/v1/finance/dashboard")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(dashboard.getList("overdue")).hasSize(0);
        assertThat(dashboard.getList("dueSoon")).hasSize(0);
        assertThat(dashboard.getInt("performance.invoicesDue")).isEqualTo(2);
        assertThat(dashboard.getInt("performance.paidOnTime")).isEqualTo(1);
        assertThat(dashboard.getFloat("performance.onTimeRate")).isEqualTo(50.0f);
        assertThat(dashboard.getInt("performance.invoicesPaid")).isEqualTo(2);
        assertThat(dashboard.getFloat("performance.averageDaysToPay")).isEqualTo(25.0f);
        assertThat(dashboard.getList("trend")).hasSize(12);
        assertThat(dashboard.getString("trend[11].month"))
                .isEqualTo(java.time.YearMonth.from(today()).toString());
        Map<String, Integer> due = new java.util.HashMap<>();
        Map<String, Integer> paidOnTime = new java.util.HashMap<>();
        for (int i = 0; i < 12; i++) {
            due.put(dashboard.getString("trend[" + i + "].month"), dashboard.getInt("trend[" + i + "].due"));
            paidOnTime.put(
                    dashboard.getString("trend[" + i + "].month"), dashboard.getInt("trend[" + i + "].paidOnTime"));
        }
        String lateMonth = java.time.YearMonth.from(lateDue).toString();
        String onTimeMonth = java.time.YearMonth.from(onTimeDue).toString();
        org.assertj.core.api.Assertions.assertThat(
                        due.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(due.get(lateMonth)).isGreaterThanOrEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(paidOnTime.get(onTimeMonth)).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(
                        paidOnTime.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(1);
        JsonPath json = Api.anonymous()
                .get("/api/v1/agencies/" + a.agency().id() + "/payment-performance")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("invoicesDue")).isEqualTo(2);
        assertThat(json.getFloat("onTimeRate")).isEqualTo(50.0f);
        assertThat(json.getFloat("averageDaysToPay")).isEqualTo(25.0f);
    }

    @Test
    void thePlatformAdminRecordsANewHalfYearsRateOnce() {
        int year = 2090 + java.util.concurrent.ThreadLocalRandom.current().nextInt(0, 9);
        String half = year + "-H2";
        as(Fixtures.agency().token("finance"))
                .contentType(ContentType.JSON)
                .body(Map.of("halfYear", half, "rate", 2.0, "source", "ECB"))
                .post("/api/v1/reference-rates")
                .then()
                .statusCode(403);
        JsonPath json = as(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("halfYear", "2026-H3", "rate", 2.0, "source", "ECB"))
                .post("/api/v1/reference-rates")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getString("errors[0].field")).isEqualTo("halfYear");
        json = as(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("halfYear", half, "rate", new BigDecimal("1.90"), "source", "ECB press release"))
                .post("/api/v1/reference-rates")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(json.getFloat("appliedRate")).isEqualTo(10.0f);
        assertThat(json.getBoolean("provisional")).isFalse();
        as(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("halfYear", half, "rate", 2.0, "source", "ECB"))
                .post("/api/v1/reference-rates")
                .then()
                .statusCode(409);
        json = Api.anonymous()
                .get("/api/v1/reference-rates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("halfYear")).contains("2025-H2");
        assertThat(json.getFloat("find { it.halfYear == '2025-H2' }.referenceRate"))
                .isEqualTo(2.15f);
        assertThat(json.getFloat("find { it.halfYear == '2025-H2' }.appliedRate"))
                .isEqualTo(10.5f);
        assertThat(json.getString("find { it.halfYear == '2025-H2' }.source")).contains("ECB");
    }
}
