package org.challengemarket.payment;

import static org.challengemarket.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
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
        clock.advance(Duration.ofDays(25)); // first invoice due 20 days ago, second in 5 days

        as(a.finance())
                .get("/api/v1/finance/dashboard")
                .then()
                .statusCode(200)
                .body("agencyId", equalTo(a.agency().id().toString()))
                .body("overdue.id", hasItem(overdue))
                .body("overdue[0].daysLate", equalTo(20))
                .body("overdue[0].interest", greaterThan(0f))
                .body("overdue[0].compensation", equalTo(40.00f))
                .body("dueSoon.id", hasItem(dueSoon))
                .body("performance.invoicesDue", equalTo(2))
                .body("performance.paidOnTime", equalTo(1))
                .body("performance.onTimeRate", equalTo(50.0f))
                .body("performance.averageDaysToPay", equalTo(0.0f))
                .body("trend", hasSize(12));
        as(a.finance())
                .get("/api/v1/invoices?overdue=true")
                .then()
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(overdue));

        String csv = RestAssured.given()
                .auth()
                .oauth2(a.finance())
                .get("/api/v1/finance/invoices.csv")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("invoice_id,number,company,"))
                .extract()
                .asString();
        String[] lines = csv.split("\r\n");
        org.junit.jupiter.api.Assertions.assertEquals(4, lines.length, csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(overdue + ",O-"), csv);

        Api.anonymous()
                .get("/api/v1/agencies/" + a.agency().id() + "/payment-performance")
                .then()
                .statusCode(200)
                .body("onTimeRate", equalTo(50.0f))
                .body("invoicesPaid", equalTo(1));
        Api.anonymous()
                .get("/api/v1/agencies/" + a.company().id() + "/payment-performance")
                .then()
                .statusCode(404);
        as(a.companyToken()).get("/api/v1/finance/dashboard").then().statusCode(403);
        as(Fixtures.agency().token("finance"))
                .get("/api/v1/finance/dashboard")
                .then()
                .statusCode(200)
                .body("overdue", hasSize(0));
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
                .body("overdue", hasSize(0))
                .body("dueSoon", hasSize(0))
                .body("performance.invoicesDue", equalTo(2))
                .body("performance.paidOnTime", equalTo(1))
                .body("performance.onTimeRate", equalTo(50.0f))
                .body("performance.invoicesPaid", equalTo(2))
                .body("performance.averageDaysToPay", equalTo(25.0f))
                .body("trend", hasSize(12))
                .body(
                        "trend[11].month",
                        equalTo(java.time.YearMonth.from(today()).toString()))
                .extract()
                .jsonPath();
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
        Api.anonymous()
                .get("/api/v1/agencies/" + a.agency().id() + "/payment-performance")
                .then()
                .statusCode(200)
                .body("invoicesDue", equalTo(2))
                .body("onTimeRate", equalTo(50.0f))
                .body("averageDaysToPay", equalTo(25.0f));
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
        as(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("halfYear", "2026-H3", "rate", 2.0, "source", "ECB"))
                .post("/api/v1/reference-rates")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("halfYear"));
        as(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("halfYear", half, "rate", new BigDecimal("1.90"), "source", "ECB press release"))
                .post("/api/v1/reference-rates")
                .then()
                .statusCode(201)
                .body("appliedRate", equalTo(10.0f))
                .body("provisional", equalTo(false));
        as(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("halfYear", half, "rate", 2.0, "source", "ECB"))
                .post("/api/v1/reference-rates")
                .then()
                .statusCode(409);
        Api.anonymous()
                .get("/api/v1/reference-rates")
                .then()
                .statusCode(200)
                .body("halfYear", hasItem("2025-H2"))
                .body("find { it.halfYear == '2025-H2' }.referenceRate", equalTo(2.15f))
                .body("find { it.halfYear == '2025-H2' }.appliedRate", equalTo(10.5f))
                .body("find { it.halfYear == '2025-H2' }.source", containsString("ECB"));
    }
}
