package org.challengemarket.payment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.challengemarket.notification.NotificationService;
import org.challengemarket.notification.NotificationType;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.work.WorkerInstance;
import org.hibernate.query.NativeQuery;

/**
 * Sends payment reminders: finance staff hear of an invoice a week and a day before it is due and
 * every day while it is overdue; the company hears when it is paid. Each reminder is a row whose
 * key (invoice, kind, day) is unique, inserted with its notifications in one transaction per
 * batch, so each reminder is sent exactly once however many instances run at once. The batch's
 * invoices are locked with {@code SKIP LOCKED}: instances running together take different
 * invoices instead of waiting for each other. Nothing outlives a batch's transaction, so an
 * instance that dies mid-batch leaves nothing claimed (its batch rolls back and is sent by the
 * next run of any instance); one that stops gracefully finishes its batch and starts no other.
 */
@ApplicationScoped
public class ReminderService {

    private static final String SEND = """
            with due as (
                select i.id, %1$s as for_date
                  from invoice i
                 where %2$s
                   and not exists (select 1 from payment_reminder r
                                    where r.invoice_id = i.id and r.kind = cast(?1 as text) and r.for_date = %1$s)
                 order by i.due_date, i.id
                 limit ?4
                 for no key update of i skip locked
            ), sent as (
                insert into payment_reminder (invoice_id, kind, for_date, sent_at, sent_by)
                select d.id, cast(?1 as text), d.for_date, ?2, ?5
                  from due d
                on conflict do nothing
                returning invoice_id, for_date
            )
            select s.invoice_id, s.for_date, i.number, i.agency_id, i.company_id, i.due_date, i.total, i.currency,
                   o.name
              from sent s
              join invoice i on i.id = s.invoice_id
              join organisation o on o.id = i.company_id
             order by i.due_date, i.id
            """;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NotificationService notifications;

    @Inject
    PaymentConfig config;

    @Inject
    WorkerInstance instance;

    /**
     * Sends every reminder due today that no instance has sent, in batches of its own transaction,
     * until none is left or this instance stops taking work; returns how many were sent.
     */
    @ActivateRequestContext
    public int runOnce() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), config.zone());
        int first = config.firstReminderDays();
        int second = config.secondReminderDays();
        int sent = 0;
        sent += send(
                ReminderKind.DUE_IN_7_DAYS,
                "i.due_date",
                "i.status <> 'PAID' and i.due_date - cast(?3 as date) > " + second
                        + " and i.due_date - cast(?3 as date) <= " + first,
                today);
        sent += send(
                ReminderKind.DUE_TOMORROW,
                "i.due_date",
                "i.status <> 'PAID' and i.due_date - cast(?3 as date) between 0 and " + second,
                today);
        sent += send(
                ReminderKind.OVERDUE,
                "cast(?3 as date)",
                "i.status <> 'PAID' and i.due_date < cast(?3 as date)",
                today);
        sent += send(ReminderKind.PAID, "i.paid_on", "i.status = 'PAID' and i.paid_on <= cast(?3 as date)", today);
        return sent;
    }

    /** Sends the reminders of one kind, batch after batch; returns how many were sent. */
    private int send(ReminderKind kind, String forDate, String condition, LocalDate today) {
        int batch = config.reminderBatchSize();
        int sent = 0;
        while (instance.accepting()) {
            int n = QuarkusTransaction.requiringNew().call(() -> sendBatch(kind, forDate, condition, today, batch));
            sent += n;
            if (n < batch) {
                return sent; // none left, or the rest is being sent by another instance
            }
        }
        return sent;
    }

    @SuppressWarnings("unchecked")
    private int sendBatch(ReminderKind kind, String forDate, String condition, LocalDate today, int batch) {
        List<Object[]> rows = em.createNativeQuery(String.format(SEND, forDate, condition))
                .setParameter(1, kind.name())
                .setParameter(
                        2, OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
                .setParameter(3, today)
                .setParameter(4, batch)
                .setParameter(5, instance.id())
                .unwrap(NativeQuery.class)
                .addScalar("invoice_id", UUID.class)
                .addScalar("for_date", LocalDate.class)
                .addScalar("number", String.class)
                .addScalar("agency_id", UUID.class)
                .addScalar("company_id", UUID.class)
                .addScalar("due_date", LocalDate.class)
                .addScalar("total", BigDecimal.class)
                .addScalar("currency", String.class)
                .addScalar("name", String.class)
                .getResultList();
        for (Object[] r : rows) {
            UUID invoice = (UUID) r[0];
            String number = (String) r[2];
            LocalDate due = (LocalDate) r[5];
            String amount = r[7] + " " + ((BigDecimal) r[6]).toPlainString();
            String link = "/api/v1/invoices/" + invoice;
            String of = "Invoice " + number + " of " + r[8] + " (" + amount + ")";
            switch (kind) {
                case DUE_IN_7_DAYS ->
                    notifications.notifyRole(
                            (UUID) r[3],
                            Roles.FINANCE,
                            NotificationType.PAYMENT_DUE_SOON,
                            of + " is due on " + due + ", in " + ChronoUnit.DAYS.between(today, due) + " days",
                            link);
                case DUE_TOMORROW ->
                    notifications.notifyRole(
                            (UUID) r[3],
                            Roles.FINANCE,
                            NotificationType.PAYMENT_DUE_SOON,
                            of + " is due on " + due + (due.equals(today) ? ", today" : ", tomorrow"),
                            link);
                case OVERDUE ->
                    notifications.notifyRole(
                            (UUID) r[3],
                            Roles.FINANCE,
                            NotificationType.PAYMENT_OVERDUE,
                            of + " is " + ChronoUnit.DAYS.between(due, today) + " days overdue (due " + due
                                    + "): late-payment interest accrues",
                            link);
                case PAID ->
                    notifications.notifyOrganisation(
                            (UUID) r[4],
                            NotificationType.PAYMENT_RECEIVED,
                            "Your invoice " + number + " (" + amount + ") was paid in full on " + r[1],
                            link);
            }
        }
        return rows.size();
    }
}
