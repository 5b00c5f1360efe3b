package org.challengemarket.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.platform.work.WorkerInstance;
import org.challengemarket.support.Awards;
import org.challengemarket.support.Awards.Active;
import org.challengemarket.support.Members;
import org.challengemarket.support.Rows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReminderServiceTest {

    @Inject
    ServiceClock clock;

    @Inject
    ReminderService reminders;

    @Inject
    WorkerInstance instance;

    @AfterEach
    void resetClock() {
        clock.reset();
        instance.resume();
    }

    /** Runs two reminder workers at the same moment on the one database; answers what each sent. */
    private List<Integer> twoWorkers() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return reminders.runOnce();
                }));
            }
            start.countDown();
            List<Integer> sent = new ArrayList<>();
            for (Future<Integer> run : runs) {
                sent.add(run.get());
            }
            return sent;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long notifications(Members.Person person, String type, String invoice) {
        return Rows.count(
                "select count(*) from notification where recipient_id = cast(?1 as uuid) and type = ?2 and link = ?3",
                person.id().toString(),
                type,
                "/api/v1/invoices/" + invoice);
    }

    private static long reminders(String invoice, String kind) {
        return Rows.count(
                "select count(*) from payment_reminder where invoice_id = cast(?1 as uuid) and kind = ?2",
                invoice,
                kind);
    }

    @Test
    void twoWorkersOnOneDatabaseSendEachReminderExactlyOnce() throws Exception {
        Active a = Awards.activeContract(clock, "1000.00", "1000.00");
        Members.Person finance = Members.member(a.agency(), "finance");
        Members.Person officer = Members.member(a.agency(), "agency_officer");
        Members.Person companyMember = Members.member(a.company(), "company_member");
        String invoice = Awards.invoice(
                        a, a.milestones().get(0), "R-" + a.contractId().substring(0, 8), "1000.00")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        twoWorkers();
        assertThat(reminders(invoice, "DUE_IN_7_DAYS"))
                .as("due in 30 days: nothing yet")
                .isEqualTo(0);

        clock.advance(Duration.ofDays(24)); // due in 6 days
        twoWorkers();
        twoWorkers();
        assertThat(reminders(invoice, "DUE_IN_7_DAYS")).isEqualTo(1);
        assertThat(notifications(finance, "PAYMENT_DUE_SOON", invoice)).isEqualTo(1);
        assertThat(notifications(officer, "PAYMENT_DUE_SOON", invoice))
                .as("only finance staff are reminded")
                .isEqualTo(0);

        clock.advance(Duration.ofDays(5)); // due tomorrow
        twoWorkers();
        assertThat(reminders(invoice, "DUE_TOMORROW")).isEqualTo(1);
        assertThat(notifications(finance, "PAYMENT_DUE_SOON", invoice)).isEqualTo(2);

        clock.advance(Duration.ofDays(2)); // one day overdue
        twoWorkers();
        twoWorkers();
        clock.advance(Duration.ofDays(1)); // two days overdue
        twoWorkers();
        assertThat(reminders(invoice, "OVERDUE")).as("once per late day").isEqualTo(2);
        assertThat(notifications(finance, "PAYMENT_OVERDUE", invoice)).isEqualTo(2);

        as(a.finance()).post("/api/v1/invoices/" + invoice + "/approve").then().statusCode(200);
        as(a.finance())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "paidOn",
                                LocalDate.ofInstant(clock.instant(), Awards.BRUSSELS)
                                        .toString(),
                        "amount", Map.of("amount", new BigDecimal("1210.00"), "currency", "EUR"),
                        "reference", "BANK-1"))
                .post("/api/v1/invoices/" + invoice + "/payments")
                .then()
                .statusCode(201);
        clock.advance(Duration.ofDays(1));
        twoWorkers();
        twoWorkers();
        assertThat(notifications(companyMember, "PAYMENT_RECEIVED", invoice)).isEqualTo(1);
        assertThat(reminders(invoice, "OVERDUE"))
                .as("a paid invoice is no longer overdue")
                .isEqualTo(2);
    }

    @Test
    void aStoppingInstanceStartsNoReminderBatchAndEachReminderNamesTheInstanceThatSentIt() {
        Active a = Awards.activeContract(clock, "1000.00", "1000.00");
        String invoice = Awards.invoice(
                        a, a.milestones().get(0), "S-" + a.contractId().substring(0, 8), "1000.00")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        clock.advance(Duration.ofDays(24)); // due in 6 days

        instance.stopTakingWork();
        reminders.runOnce();
        assertThat(reminders(invoice, "DUE_IN_7_DAYS"))
                .as("a stopping instance sends nothing more")
                .isEqualTo(0);

        instance.resume();
        reminders.runOnce();
        assertThat(Rows.count(
                        "select count(*) from payment_reminder where invoice_id = cast(?1 as uuid)"
                                + " and kind = 'DUE_IN_7_DAYS' and sent_by = ?2",
                        invoice,
                        instance.id()))
                .isEqualTo(1);
    }
}
