package org.challengemarket.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.challengemarket.notification.NotificationService;
import org.challengemarket.notification.NotificationType;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.metrics.BusinessMetrics;
import org.challengemarket.platform.outbox.Outbox;
import org.challengemarket.platform.outbox.OutboxEvent;
import org.challengemarket.platform.work.ClaimHolder;
import org.challengemarket.platform.work.WorkerInstance;
import org.hibernate.query.NativeQuery;

/**
 * Webhook delivery from the outbox, in two steps any number of instances run at once. Fan-out
 * turns each public event into one delivery row per matching active subscription (the unique
 * subscription and event pair keeps a retaken event from doubling). Delivery claims due rows with
 * {@code FOR UPDATE SKIP LOCKED} and a lease, posts them signed, and records the outcome: a failure
 * is retried after the configured delays, and when they run out the subscription is disabled and
 * its owner notified. Claims name the instance that made them: an instance that stops takes no new
 * batch, finishes the delivery it is sending and gives back the rest of its claims at once.
 */
@ApplicationScoped
public class WebhookDispatcher implements ClaimHolder {

    private static final String FAN_OUT = """
            insert into webhook_delivery (id, subscription_id, event_id, event_type, payload, status, attempts,
                                          created_at, next_attempt_at)
            select gen_random_uuid(), s.id, ?1, cast(?2 as text), cast(?3 as text), 'PENDING', 0, ?4, ?4
              from webhook_subscription s
             where s.status = 'ACTIVE'
               and cast(?2 as text) = any(s.event_types)
               and (s.sector is null or lower(s.sector) = lower(cast(?5 as text)))
               and s.created_at <= ?6
            on conflict (subscription_id, event_id) do nothing
            """;

    private static final String CLAIM = """
            with due as (
                select id from webhook_delivery
                 where status = 'PENDING'
                   and next_attempt_at <= ?1
                   and (claimed_until is null or claimed_until <= ?1)
                 order by next_attempt_at, id
                 limit ?2
                 for update skip locked
            )
            update webhook_delivery d
               set claimed_until = ?3, claimed_by = ?4, attempts = d.attempts + 1
              from due, webhook_subscription s
             where d.id = due.id and s.id = d.subscription_id
            returning d.id, d.subscription_id, d.event_id, d.payload, d.attempts, s.url, s.secret
            """;

    /** A delivery a worker holds. */
    record Claimed(UUID id, UUID subscriptionId, UUID eventId, String body, int attempt, String url, String secret) {}

    @Inject
    BusinessMetrics metrics;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookSender sender;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog audit;

    @Inject
    WorkerInstance instance;

    /**
     * One pass: fan out what the outbox holds, then deliver what is due, until nothing is left or
     * this instance stops taking work. Returns deliveries attempted.
     */
    public int runOnce() {
        while (instance.accepting() && fanOut() > 0) {
            // until the outbox holds no more public events
        }
        int attempted = 0;
        int batch;
        while (instance.accepting() && (batch = deliverDue()) > 0) {
            attempted += batch;
        }
        return attempted;
    }

    /** Turns claimed public events into delivery rows, all in one transaction. Returns events taken. */
    @Transactional
    public int fanOut() {
        List<OutboxEvent> events = outbox.claim(
                WebhookEventType.wireNames(), Math.min(config.batchSize(), Outbox.MAX_BATCH), config.lease());
        Instant now = now();
        for (OutboxEvent event : events) {
            String sector = sector(event.payload());
            em.createNativeQuery(FAN_OUT)
                    .setParameter(1, event.id())
                    .setParameter(2, event.eventType())
                    .setParameter(3, body(event))
                    .setParameter(4, utc(now))
                    .setParameter(5, sector)
                    .setParameter(6, utc(event.createdAt()))
                    .executeUpdate();
            outbox.markProcessed(event.id());
        }
        return events.size();
    }

    /**
     * Claims due deliveries, sends each, and records each outcome. The deliveries not yet sent are
     * given back when the instance stops taking work, and when the lease has too little time left
     * to cover another attempt (a slow batch would otherwise send what another instance may have
     * taken over). Returns deliveries attempted.
     */
    @ActivateRequestContext
    public int deliverDue() {
        Instant sendBefore = clock.instant()
                .plus(config.lease())
                .minus(config.connectTimeout())
                .minus(config.readTimeout());
        List<Claimed> claimed = claim();
        for (int i = 0; i < claimed.size(); i++) {
            if (!instance.accepting() || (i > 0 && !clock.instant().isBefore(sendBefore))) {
                List<Claimed> rest = claimed.subList(i, claimed.size());
                QuarkusTransaction.requiringNew().run(() -> release(rest));
                return i;
            }
            Claimed delivery = claimed.get(i);
            Instant at = clock.instant();
            long timestamp = at.getEpochSecond();
            String id = delivery.eventId().toString();
            WebhookSender.Outcome outcome = sender.send(
                    delivery.url(),
                    id,
                    timestamp,
                    WebhookSigner.sign(delivery.secret(), id, timestamp, delivery.body()),
                    delivery.body());
            QuarkusTransaction.requiringNew().run(() -> record(delivery, outcome, at));
        }
        return claimed.size();
    }

    @SuppressWarnings("unchecked")
    List<Claimed> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = now();
            List<Object[]> rows = em.createNativeQuery(CLAIM)
                    .setParameter(1, utc(now))
                    .setParameter(2, config.batchSize())
                    .setParameter(3, utc(now.plus(config.lease())))
                    .setParameter(4, instance.id())
                    .unwrap(NativeQuery.class)
                    .addScalar("id", UUID.class)
                    .addScalar("subscription_id", UUID.class)
                    .addScalar("event_id", UUID.class)
                    .addScalar("payload", String.class)
                    .addScalar("attempts", Integer.class)
                    .addScalar("url", String.class)
                    .addScalar("secret", String.class)
                    .getResultList();
            return rows.stream()
                    .map(r -> new Claimed(
                            (UUID) r[0],
                            (UUID) r[1],
                            (UUID) r[2],
                            (String) r[3],
                            (Integer) r[4],
                            (String) r[5],
                            (String) r[6]))
                    .toList();
        });
    }

    /**
     * Gives back claimed deliveries that were not sent, as if they had never been claimed: they
     * are due at once for any instance, and the claim does not count as an attempt.
     */
    private void release(List<Claimed> unsent) {
        em.createNativeQuery("update webhook_delivery set claimed_until = null, claimed_by = null,"
                        + " attempts = greatest(attempts - 1, 0)"
                        + " where id in (?1) and claimed_by = ?2 and status = 'PENDING'")
                .setParameter(1, unsent.stream().map(Claimed::id).toList())
                .setParameter(2, instance.id())
                .executeUpdate();
    }

    /**
     * Gives back every delivery {@code instanceId} claimed and has not recorded; called when the
     * instance stops, after the delivery it was sending is recorded.
     */
    @Override
    @Transactional
    public int releaseClaims(UUID instanceId) {
        return em.createNativeQuery("update webhook_delivery set claimed_until = null, claimed_by = null,"
                        + " attempts = greatest(attempts - 1, 0) where claimed_by = ?1 and status = 'PENDING'")
                .setParameter(1, instanceId)
                .executeUpdate();
    }

    private void record(Claimed claimed, WebhookSender.Outcome outcome, Instant attemptedAt) {
        // locked, so that of two instances that sent the same delivery (a lease that ran out
        // mid-send) only the first records it delivered
        WebhookDelivery delivery = WebhookDelivery.findById(claimed.id(), LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || delivery.status != DeliveryStatus.PENDING) {
            return; // cancelled or recorded meanwhile
        }
        Instant at = attemptedAt.truncatedTo(ChronoUnit.MICROS);
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.id = UUID.randomUUID();
        attempt.deliveryId = delivery.id;
        attempt.number = (int) WebhookAttempt.count("deliveryId", delivery.id) + 1;
        attempt.attemptedAt = at;
        attempt.statusCode = outcome.status();
        attempt.error = cut(outcome.error());
        attempt.durationMs = outcome.durationMs();
        attempt.instanceId = instance.id();
        attempt.persist();

        delivery.lastAttemptAt = at;
        delivery.lastStatus = outcome.status();
        delivery.lastError = cut(outcome.error());
        delivery.claimedUntil = null;
        delivery.claimedBy = null;
        if (outcome.delivered()) {
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.deliveredAt = at;
            delivery.nextAttemptAt = null;
            return;
        }
        metrics.countOnCommit("webhook.attempt_failed");
        List<Duration> delays = config.retryDelays();
        if (delivery.attempts <= delays.size()) {
            delivery.nextAttemptAt = now().plus(delays.get(delivery.attempts - 1));
            return;
        }
        delivery.status = DeliveryStatus.FAILED;
        delivery.nextAttemptAt = null;
        disable(delivery);
    }

    /** The retries of one delivery ran out: stop the subscription and tell its owner. */
    private void disable(WebhookDelivery delivery) {
        WebhookSubscription subscription = WebhookSubscription.findById(delivery.subscriptionId);
        if (subscription == null || subscription.status != SubscriptionStatus.ACTIVE) {
            return;
        }
        String reason = "Event " + delivery.eventId + " could not be delivered after " + delivery.attempts
                + " attempts (last: " + (delivery.lastError == null ? "no answer" : delivery.lastError) + ")";
        subscription.disable(reason, now());
        em.flush();
        WebhookService.cancelPending(em, subscription.id);
        audit.record("webhook.disabled", "webhook_subscription", subscription.id, reason);
        notifications.notifyOrganisation(
                subscription.organisationId,
                NotificationType.WEBHOOK_DISABLED,
                "Your webhook to " + subscription.url + " was disabled: deliveries kept failing",
                "/api/v1/webhooks/" + subscription.id + "/deliveries");
    }

    /** The Standard Webhooks body: type, timestamp and the event's data. */
    private String body(OutboxEvent event) {
        try {
            ObjectNode body = json.createObjectNode()
                    .put("type", event.eventType())
                    .put("timestamp", event.createdAt().toString());
            body.set("data", json.readTree(event.payload()));
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox event " + event.id() + " holds no JSON", e);
        }
    }

    private String sector(String payload) {
        try {
            var sector = json.readTree(payload).get("sector");
            return sector == null || sector.isNull() ? null : sector.asText();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String cut(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
