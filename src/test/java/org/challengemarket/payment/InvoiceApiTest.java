package org.challengemarket.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.support.Api;
import org.challengemarket.support.Awards;
import org.challengemarket.support.Awards.Active;
import org.challengemarket.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvoiceApiTest {

    @Inject
    ServiceClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Awards.BRUSSELS);
    }

    private static String number() {
        return "INV-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** An approved invoice of 1000.00 + 210.00 VAT for the contract's first (accepted) milestone. */
    private static String approvedInvoice(Active a) {
        String invoice = Awards.invoice(a, a.milestones().get(0), number(), "1000.00")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(a.finance()).post("/api/v1/invoices/" + invoice + "/approve").then().statusCode(200);
        return invoice;
    }

    private static io.restassured.response.Response pay(Active a, String invoice, LocalDate on, String amount) {
        return as(a.finance())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "paidOn", on.toString(),
                        "amount", Map.of("amount", new BigDecimal(amount), "currency", "EUR"),
                        "reference", "BANK-" + on))
                .post("/api/v1/invoices/" + invoice + "/payments");
    }

    @Test
    void anInvoiceReceivedOnThirtyFirstJanuaryOfALeapYearIsDueOnFirstMarch() {
        Active a = Awards.activeContract(clock, "1000.00", "1000.00");
        Instant target = Instant.parse("2028-01-31T10:00:00Z");
        Api.anonymous()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "advance", Duration.between(clock.instant(), target).toString()))
                .post("/dev/clock")
                .then()
                .statusCode(200);
        JsonPath json = Awards.invoice(a, a.milestones().get(0), number(), "1000.00")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(json.getString("dueDate")).isEqualTo("2028-03-01");
        assertThat(json.getFloat("total")).isEqualTo(1210.00f);
        assertThat(json.getString("status")).isEqualTo("RECEIVED");
        assertThat(json.getBoolean("overdue")).isFalse();
    }

    @Test
    void theCompanyInvoicesOnlyAcceptedMilestonesOnceWithTheContractsVat() {
        Active a = Awards.activeContract(clock, "3000.00", "1000.00", "2000.00");
        JsonPath json = Awards.invoice(a, a.milestones().get(1), number(), "2000.00")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("milestoneId");
        json = as(a.companyToken())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "milestoneId",
                        a.milestones().get(0),
                        "number",
                        "X-1",
                        "issueDate",
                        today().toString(),
                        "amountExclVat",
                        1000.00,
                        "vatAmount",
                        200.00,
                        "currency",
                        "EUR"))
                .post("/api/v1/contracts/" + a.contractId() + "/invoices")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("vatAmount");
        String number = number();
        json = Awards.invoice(a, a.milestones().get(0), number, "1000.00")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(json.getString("dueDate")).isEqualTo(today().plusDays(30).toString());
        Awards.invoice(a, a.milestones().get(0), number(), "1000.00").then().statusCode(409);
        json = as(a.officer())
                .get("/api/v1/invoices")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("items.number")).contains(number);
    }

    @Test
    void financeOfAnotherAgencySeesNothingAndACompanyCannotPay() {
        Active a = Awards.activeContract(clock, "1000.00", "1000.00");
        String invoice = approvedInvoice(a);
        as(Fixtures.agency().token("finance"))
                .get("/api/v1/invoices/" + invoice)
                .then()
                .statusCode(404);
        JsonPath json = as(Fixtures.agency().token("finance"))
                .get("/api/v1/invoices")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
        as(Fixtures.company().token("company_member"))
                .get("/api/v1/invoices/" + invoice)
                .then()
                .statusCode(404);
        pay(
                        new Active(Fixtures.agency(), a.company(), a.challengeId(), a.contractId(), a.milestones()),
                        invoice,
                        today(),
                        "10.00")
                .then()
                .statusCode(404);
        as(a.companyToken())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "paidOn", today().toString(),
                        "amount", Map.of("amount", 10.00, "currency", "EUR"),
                        "reference", "self"))
                .post("/api/v1/invoices/" + invoice + "/payments")
                .then()
                .statusCode(403);
        as(a.companyToken()).get("/api/v1/invoices/" + invoice).then().statusCode(200);
        json = as(a.companyToken())
                .get("/api/v1/invoices?overdue=maybe")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getString("errors[0].field")).isEqualTo("overdue");
    }

    @Test
    void partialPaymentsAddUpAndAnOverpaymentIsRefused() {
        Active a = Awards.activeContract(clock, "1000.00", "1000.00");
        String invoice = approvedInvoice(a);
        JsonPath json = pay(a, invoice, today(), "500.00")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(json.getString("invoice.status")).isEqualTo("PARTIALLY_PAID");
        assertThat(json.getFloat("invoice.outstanding")).isEqualTo(710.00f);
        pay(a, invoice, today(), "710.01").then().statusCode(409);
        json = pay(a, invoice, today(), "710.00")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(json.getString("invoice.status")).isEqualTo("PAID");
        assertThat(json.getString("invoice.paidOn")).isEqualTo(today().toString());
        assertThat(json.getInt("interestAtPayment.daysLate")).isEqualTo(0);
        assertThat(json.getFloat("interestAtPayment.compensation")).isEqualTo(0.00f);
        pay(a, invoice, today(), "0.01").then().statusCode(409);
        json = as(a.companyToken())
                .get("/api/v1/invoices/" + invoice)
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("payments")).hasSize(2);
    }

    @Test
    void twoRecordingsOfTheSamePaymentAtOnceCannotPayTwice() throws Exception {
        Active a = Awards.activeContract(clock, "1000.00", "1000.00");
        String invoice = approvedInvoice(a);
        LocalDate today = today();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Integer> call = () -> {
                    start.await();
                    return pay(a, invoice, today, "1210.00").statusCode();
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            statuses.sort(Integer::compare);
            assertThat(statuses).isEqualTo(List.of(201, 409));
        } finally {
            pool.shutdownNow();
        }
        JsonPath json = as(a.finance())
                .get("/api/v1/invoices/" + invoice)
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("payments")).hasSize(1);
        assertThat(json.getFloat("paidAmount")).isEqualTo(1210.00f);
    }

    @Test
    void paymentOnTheDueDateIsOnTimeAndADayLaterOwesInterestAndFortyEuros() {
        Active a = Awards.activeContract(clock, "2000.00", "1000.00", "1000.00");
        String onTime = approvedInvoice(a);
        Awards.deliverAndAccept(
                a.agency(), a.company(), a.contractId(), a.milestones().get(1));
        String late = Awards.invoice(a, a.milestones().get(1), number(), "1000.00")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(a.finance()).post("/api/v1/invoices/" + late + "/approve").then().statusCode(200);
        LocalDate due = LocalDate.parse(as(a.finance())
                .get("/api/v1/invoices/" + onTime)
                .then()
                .extract()
                .path("dueDate"));
        clock.advance(Duration.ofDays(32));
        JsonPath json =
                pay(a, onTime, due, "1210.00").then().statusCode(201).extract().jsonPath();
        assertThat(json.getInt("interestAtPayment.daysLate")).isEqualTo(0);
        assertThat(json.getFloat("interestAtPayment.interest")).isEqualTo(0.00f);
        assertThat(json.getFloat("interestAtPayment.compensation")).isEqualTo(0.00f);
        LocalDate lateDue = LocalDate.parse(
                as(a.finance()).get("/api/v1/invoices/" + late).then().extract().path("dueDate"));
        json = as(a.finance())
                .get("/api/v1/invoices/" + late + "/interest?asOf=" + lateDue.plusDays(1))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("daysLate")).isEqualTo(1);
        assertThat(json.getList("periods")).hasSize(1);
        assertThat(json.getFloat("compensation")).isEqualTo(40.00f);
        BigDecimal rate = new BigDecimal(json.get("periods[0].rate").toString());
        // 1210 × rate × 1 / 36500, rounded half up to the cent
        BigDecimal expected = new BigDecimal("1210.00")
                .multiply(rate)
                .divide(new BigDecimal("36500"), 2, java.math.RoundingMode.HALF_UP);
        json = pay(a, late, lateDue.plusDays(1), "1210.00")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(json.getString("invoice.status")).isEqualTo("PAID");
        assertThat(json.getInt("interestAtPayment.daysLate")).isEqualTo(1);
        assertThat(json.<Object>get("interestAtPayment.interest")).isEqualTo(expected.floatValue());
        assertThat(json.<Object>get("interestAtPayment.interestOutstanding"))
                .isEqualTo(expected.add(new BigDecimal("40.00")).floatValue());
        // the interest owed is itself payable, and no more than owed
        as(a.finance())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "paidOn",
                        today().toString(),
                        "amount",
                        Map.of("amount", expected.add(new BigDecimal("40.01")), "currency", "EUR"),
                        "reference",
                        "INTEREST",
                        "kind",
                        "INTEREST"))
                .post("/api/v1/invoices/" + late + "/payments")
                .then()
                .statusCode(409);
        json = as(a.finance())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "paidOn",
                        today().toString(),
                        "amount",
                        Map.of("amount", expected.add(new BigDecimal("40.00")), "currency", "EUR"),
                        "reference",
                        "INTEREST",
                        "kind",
                        "INTEREST"))
                .post("/api/v1/invoices/" + late + "/payments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(json.getFloat("invoice.interest.interestOutstanding")).isEqualTo(0.00f);
    }

    @Test
    void aDisputedInvoiceAccruesNoInterestOnTheDisputedAmount() {
        Active a = Awards.activeContract(clock, "1000.00", "1000.00");
        String invoice = approvedInvoice(a);
        LocalDate due = LocalDate.parse(as(a.finance())
                .get("/api/v1/invoices/" + invoice)
                .then()
                .extract()
                .path("dueDate"));
        JsonPath json = as(a.finance())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "The report was not attached."))
                .post("/api/v1/invoices/" + invoice + "/dispute")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("DISPUTED");
        assertThat(json.getFloat("disputes[0].amount")).isEqualTo(1210.00f);
        clock.advance(Duration.ofDays(40));
        json = as(a.finance())
                .get("/api/v1/invoices/" + invoice)
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("overdue")).isTrue();
        assertThat(json.getInt("interest.daysLate")).isEqualTo(10);
        assertThat(json.getFloat("interest.interest")).isEqualTo(0.00f);
        assertThat(json.getFloat("interest.compensation")).isEqualTo(0.00f);
        json = as(a.finance())
                .contentType(ContentType.JSON)
                .body(Map.of("resolution", "The report arrived by post."))
                .post("/api/v1/invoices/" + invoice + "/dispute/resolve")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("APPROVED");
        json = as(a.finance())
                .get("/api/v1/invoices/" + invoice + "/interest?asOf=" + today().plusDays(1))
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("periods")).hasSize(1);
        assertThat(json.getString("periods[0].from")).isEqualTo(today().toString());
        assertThat(json.getInt("periods[0].days")).isEqualTo(2);
        assertThat(json.getFloat("compensation")).isEqualTo(40.00f);
        assertThat(today()).isEqualTo(due.plusDays(10));
    }

    @Test
    void interestOnADateCenturiesAwayIsRefusedOnTheField() {
        Active a = Awards.activeContract(clock, "1000.00", "1000.00");
        String invoice = approvedInvoice(a);
        JsonPath json = as(a.finance())
                .get("/api/v1/invoices/" + invoice + "/interest?asOf=9999-12-31")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getString("errors[0].field")).isEqualTo("asOf");
        as(a.finance())
                .get("/api/v1/invoices/" + invoice + "/interest?asOf=" + today())
                .then()
                .statusCode(200);
    }
}
