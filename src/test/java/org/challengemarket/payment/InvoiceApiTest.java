package org.challengemarket.payment;

import static org.challengemarket.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
        Awards.invoice(a, a.milestones().get(0), number(), "1000.00")
                .then()
                .statusCode(201)
                .body("dueDate", equalTo("2028-03-01"))
                .body("total", equalTo(1210.00f))
                .body("status", equalTo("RECEIVED"))
                .body("overdue", equalTo(false));
    }

    @Test
    void theCompanyInvoicesOnlyAcceptedMilestonesOnceWithTheContractsVat() {
        Active a = Awards.activeContract(clock, "3000.00", "1000.00", "2000.00");
        Awards.invoice(a, a.milestones().get(1), number(), "2000.00")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("milestoneId"));
        as(a.companyToken())
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
                .body("errors.field", hasItem("vatAmount"));
        String number = number();
        Awards.invoice(a, a.milestones().get(0), number, "1000.00")
                .then()
                .statusCode(201)
                .body("dueDate", equalTo(today().plusDays(30).toString()));
        Awards.invoice(a, a.milestones().get(0), number(), "1000.00").then().statusCode(409);
        as(a.officer()).get("/api/v1/invoices").then().statusCode(200).body("items.number", hasItem(number));
    }

    @Test
    void financeOfAnotherAgencySeesNothingAndACompanyCannotPay() {
        Active a = Awards.activeContract(clock, "1000.00", "1000.00");
        String invoice = approvedInvoice(a);
        as(Fixtures.agency().token("finance"))
                .get("/api/v1/invoices/" + invoice)
                .then()
                .statusCode(404);
        as(Fixtures.agency().token("finance"))
                .get("/api/v1/invoices")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
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
        as(a.companyToken())
                .get("/api/v1/invoices?overdue=maybe")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("overdue"));
    }

    @Test
    void partialPaymentsAddUpAndAnOverpaymentIsRefused() {
        Active a = Awards.activeContract(clock, "1000.00", "1000.00");
        String invoice = approvedInvoice(a);
        pay(a, invoice, today(), "500.00")
                .then()
                .statusCode(201)
                .body("invoice.status", equalTo("PARTIALLY_PAID"))
                .body("invoice.outstanding", equalTo(710.00f));
        pay(a, invoice, today(), "710.01").then().statusCode(409);
        pay(a, invoice, today(), "710.00")
                .then()
                .statusCode(201)
                .body("invoice.status", equalTo("PAID"))
                .body("invoice.paidOn", equalTo(today().toString()))
                .body("interestAtPayment.daysLate", equalTo(0))
                .body("interestAtPayment.compensation", equalTo(0.00f));
        pay(a, invoice, today(), "0.01").then().statusCode(409);
        as(a.companyToken()).get("/api/v1/invoices/" + invoice).then().body("payments", hasSize(2));
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
            assertEquals(List.of(201, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        as(a.finance())
                .get("/api/v1/invoices/" + invoice)
                .then()
                .body("payments", hasSize(1))
                .body("paidAmount", equalTo(1210.00f));
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
        pay(a, onTime, due, "1210.00")
                .then()
                .statusCode(201)
                .body("interestAtPayment.daysLate", equalTo(0))
                .body("interestAtPayment.interest", equalTo(0.00f))
                .body("interestAtPayment.compensation", equalTo(0.00f));
        LocalDate lateDue = LocalDate.parse(
                as(a.finance()).get("/api/v1/invoices/" + late).then().extract().path("dueDate"));
        BigDecimal rate = new BigDecimal(as(a.finance())
                .get("/api/v1/invoices/" + late + "/interest?asOf=" + lateDue.plusDays(1))
                .then()
                .statusCode(200)
                .body("daysLate", equalTo(1))
                .body("periods", hasSize(1))
                .body("compensation", equalTo(40.00f))
                .extract()
                .path("periods[0].rate")
                .toString());
        // 1210 × rate × 1 / 36500, rounded half up to the cent
        BigDecimal expected = new BigDecimal("1210.00")
                .multiply(rate)
                .divide(new BigDecimal("36500"), 2, java.math.RoundingMode.HALF_UP);
        pay(a, late, lateDue.plusDays(1), "1210.00")
                .then()
                .statusCode(201)
                .body("invoice.status", equalTo("PAID"))
                .body("interestAtPayment.daysLate", equalTo(1))
                .body("interestAtPayment.interest", equalTo(expected.floatValue()))
                .body(
                        "interestAtPayment.interestOutstanding",
                        equalTo(expected.add(new BigDecimal("40.00")).floatValue()));
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
        as(a.finance())
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
                .body("invoice.interest.interestOutstanding", equalTo(0.00f));
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
        as(a.finance())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "The report was not attached."))
                .post("/api/v1/invoices/" + invoice + "/dispute")
                .then()
                .statusCode(200)
                .body("status", equalTo("DISPUTED"))
                .body("disputes[0].amount", equalTo(1210.00f));
        clock.advance(Duration.ofDays(40));
        as(a.finance())
                .get("/api/v1/invoices/" + invoice)
                .then()
                .body("overdue", equalTo(true))
                .body("interest.daysLate", equalTo(10))
                .body("interest.interest", equalTo(0.00f))
                .body("interest.compensation", equalTo(0.00f));
        as(a.finance())
                .contentType(ContentType.JSON)
                .body(Map.of("resolution", "The report arrived by post."))
                .post("/api/v1/invoices/" + invoice + "/dispute/resolve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        as(a.finance())
                .get("/api/v1/invoices/" + invoice + "/interest?asOf=" + today().plusDays(1))
                .then()
                .body("periods", hasSize(1))
                .body("periods[0].from", equalTo(today().toString()))
                .body("periods[0].days", equalTo(2))
                .body("compensation", equalTo(40.00f));
        assertEquals(due.plusDays(10), today());
    }

    @Test
    void interestOnADateCenturiesAwayIsRefusedOnTheField() {
        Active a = Awards.activeContract(clock, "1000.00", "1000.00");
        String invoice = approvedInvoice(a);
        as(a.finance())
                .get("/api/v1/invoices/" + invoice + "/interest?asOf=9999-12-31")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        as(a.finance())
                .get("/api/v1/invoices/" + invoice + "/interest?asOf=" + today())
                .then()
                .statusCode(200);
    }
}
