package org.challengemarket.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.challengemarket.platform.work.ClaimHolder;
import org.challengemarket.platform.work.WorkerInstance;
import org.hibernate.query.NativeQuery;

/**
 * The transactional outbox: events are written in the transaction of the change they report, and
 * senders (e-mail, webhooks) claim them in batches with {@code FOR UPDATE SKIP LOCKED}, so any
 * number of instances share the work without taking the same event twice. A claim is a lease: an
 * event neither processed nor released by then can be claimed again, so a crashed sender loses
 * nothing (delivery is at least once; the event id lets receivers drop duplicates). A claim names
 * the instance that made it, and an instance that stops gracefully gives its claims back.
 */
@ApplicationScoped
public class Outbox implements ClaimHolder {

    /** The most events one claim takes. */
    public static final int MAX_BATCH = 500;

    private static final String CLAIM = """
            with claimable as (
                select id from outbox_event
                where processed_at is null
                  and available_at <= ?1
                  and (?4 or event_type = any(?5))
                  and (claimed_until is null or claimed_until <= ?1)
                order by available_at, created_at, id
                limit ?2
                for update skip locked
            )
            update outbox_event e
               set claimed_until = ?3, claimed_by = ?6, attempts = e.attempts + 1
              from claimable c
             where e.id = c.id
            returning e.id, e.event_type, e.aggregate_type, e.aggregate_id, e.payload, e.created_at, e.attempts
            """;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<OutboxEvent> appended;

    @Inject
    WorkerInstance instance;

    /**
     * Writes an event in the caller's transaction, so it exists exactly when the change does.
     * Synchronous observers of {@link OutboxEvent} run in that same transaction (open data keeps
     * its record of public events this way); one that fails rolls the change back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String eventType, String aggregateType, UUID aggregateId, String payloadJson) {
        UUID id = write(eventType, aggregateType, aggregateId, payloadJson);
        appended.fire(new OutboxEvent(id, eventType, aggregateType, aggregateId, payloadJson, now(), 0));
        return id;
    }

    private UUID write(String eventType, String aggregateType, UUID aggregateId, String payloadJson) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = utc(now());
        em.createNativeQuery("insert into outbox_event (id, event_type, aggregate_type, aggregate_id, payload,"
                        + " created_at, available_at, attempts) values (?1, ?2, ?3, ?4, ?5, ?6, ?6, 0)")
                .setParameter(1, id)
                .setParameter(2, eventType)
                .setParameter(3, aggregateType)
                .setParameter(4, aggregateId)
                .setParameter(5, payloadJson)
                .setParameter(6, now)
                .executeUpdate();
        return id;
    }

    /**
     * Claims up to {@code max} events that are due and not held by another sender, oldest first,
     * and holds them for {@code lease} in the name of this instance. Rows another transaction is
     * claiming at the same moment are skipped, not waited for.
     */
    @Transactional
    public List<OutboxEvent> claim(int max, Duration lease) {
        return claim(null, max, lease);
    }

    /**
     * Claims as {@link #claim(int, Duration)} does, only events of the given types, so that each
     * sender takes the events it delivers and leaves the others to theirs.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<OutboxEvent> claim(Set<String> eventTypes, int max, Duration lease) {
        if (max < 1 || max > MAX_BATCH) {
            throw new IllegalArgumentException("claim between 1 and " + MAX_BATCH + " events, not " + max);
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("the lease must be positive");
        }
        Instant now = now();
        List<Object[]> rows = em.createNativeQuery(CLAIM)
                .setParameter(1, utc(now))
                .setParameter(2, max)
                .setParameter(3, utc(now.plus(lease)))
                .setParameter(4, eventTypes == null)
                .setParameter(5, eventTypes == null ? new String[0] : eventTypes.toArray(String[]::new))
                .setParameter(6, instance.id())
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("event_type", String.class)
                .addScalar("aggregate_type", String.class)
                .addScalar("aggregate_id", UUID.class)
                .addScalar("payload", String.class)
                .addScalar("created_at", Instant.class)
                .addScalar("attempts", Integer.class)
                .getResultList();
        return rows.stream()
                .map(r -> new OutboxEvent(
                        (UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3], (String) r[4], (Instant) r[5], (Integer)
                                r[6]))
                .sorted(Comparator.comparing(OutboxEvent::createdAt).thenComparing(OutboxEvent::id))
                .toList();
    }

    /** Records that a claimed event was delivered; it is never claimed again. */
    @Transactional
    public void markProcessed(UUID id) {
        em.createNativeQuery("update outbox_event set processed_at = ?1, claimed_until = null, claimed_by = null"
                        + " where id = ?2")
                .setParameter(1, utc(now()))
                .setParameter(2, id)
                .executeUpdate();
    }

    /** Gives a claimed event back after a failed delivery, to be claimed again from {@code retryAt}. */
    @Transactional
    public void retryLater(UUID id, String error, Instant retryAt) {
        String reason = error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error;
        em.createNativeQuery("update outbox_event set claimed_until = null, claimed_by = null, available_at = ?1,"
                        + " last_error = cast(?2 as text)"
                        + " where id = ?3 and processed_at is null")
                .setParameter(1, utc(retryAt))
                .setParameter(2, reason)
                .setParameter(3, id)
                .executeUpdate();
    }

    /**
     * Gives back the events {@code instanceId} claimed and has neither processed nor given back, as
     * if it had never claimed them: they are claimable at once, and the claim does not count as an
     * attempt.
     */
    @Override
    @Transactional
    public int releaseClaims(UUID instanceId) {
        return em.createNativeQuery("update outbox_event set claimed_until = null, claimed_by = null,"
                        + " attempts = greatest(attempts - 1, 0) where claimed_by = ?1 and processed_at is null")
                .setParameter(1, instanceId)
                .executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The service time at the database's precision, so what a response shows is what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
