package org.challengemarket.platform.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.challengemarket.platform.Sha256;
import org.challengemarket.platform.metrics.BusinessMetrics;
import org.challengemarket.platform.security.CurrentUser;

/**
 * Appends hash-chained audit events in the caller's transaction and verifies the chain. Each
 * recorded action also counts as a business event for the metrics once it commits.
 */
@ApplicationScoped
public class AuditLog {

    /** The hash the first event points back to. */
    public static final String GENESIS = "0".repeat(64);

    private static final long CHAIN_LOCK = 0x4155444954L; // "AUDIT"
    private static final int BATCH = 1000;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    BusinessMetrics metrics;

    /** The outcome of a chain verification. */
    public record Verification(boolean valid, long events, Long firstBrokenSeq) {}

    /**
     * Records that the current user did {@code action} to an object. Must run inside the
     * transaction of the change it records, so both land or neither does.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String objectType, Object objectId, String details) {
        // one writer at a time extends the chain, across every instance of the service
        em.createNativeQuery("select pg_advisory_xact_lock(" + CHAIN_LOCK + ")").getSingleResult();
        List<String> last = em.createQuery("select e.hash from AuditEvent e order by e.seq desc", String.class)
                .setMaxResults(1)
                .getResultList();
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        event.actor = currentUser.isAnonymous() ? "system" : currentUser.subject();
        event.actorOrganisationId =
                currentUser.isAnonymous() ? null : currentUser.organisationId().orElse(null);
        event.action = action;
        event.objectType = objectType;
        event.objectId = String.valueOf(objectId);
        event.details = details == null ? "" : details;
        event.previousHash = last.isEmpty() ? GENESIS : last.get(0);
        event.hash = hash(event);
        em.persist(event);
        metrics.countOnCommit(action);
    }

    /** Recomputes every hash in order; reports the first event whose link or content is wrong. */
    @Transactional
    public Verification verify() {
        String previous = GENESIS;
        long count = 0;
        long after = 0;
        while (true) {
            List<AuditEvent> batch = em.createQuery(
                            "select e from AuditEvent e where e.seq > :after order by e.seq", AuditEvent.class)
                    .setParameter("after", after)
                    .setMaxResults(BATCH)
                    .getResultList();
            if (batch.isEmpty()) {
                return new Verification(true, count, null);
            }
            for (AuditEvent event : batch) {
                if (!event.previousHash.equals(previous) || !event.hash.equals(hash(event))) {
                    return new Verification(false, count, event.seq);
                }
                previous = event.hash;
                after = event.seq;
                count++;
            }
            em.clear();
        }
    }

    /**
     * SHA-256 over a JSON array of the event's fields, so no field's text can pass for another's
     * (a separator inside one value cannot move a boundary).
     */
    static String hash(AuditEvent e) {
        ArrayNode fields = JsonNodeFactory.instance
                .arrayNode()
                .add(e.previousHash)
                .add(e.occurredAt.toString())
                .add(e.actor)
                .add(Objects.toString(e.actorOrganisationId, ""))
                .add(e.action)
                .add(e.objectType)
                .add(e.objectId)
                .add(e.details);
        return Sha256.hex(fields.toString());
    }
}
