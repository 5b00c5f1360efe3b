package org.challengemarket.platform.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.challengemarket.platform.Sha256;
import org.challengemarket.platform.metrics.BusinessMetrics;
import org.challengemarket.platform.security.CurrentUser;
import org.hibernate.query.NativeQuery;

/**
 * Appends hash-chained audit events in the caller's transaction and verifies the chains. There is
 * one chain per acting organisation and one for anonymous and system actions, so writers of
 * different organisations never wait for each other; writers of one chain take turns on its head
 * row until they commit. Each recorded action also counts as a business event for the metrics once
 * it commits.
 */
@ApplicationScoped
public class AuditLog {

    /** The hash the first event of every chain points back to. */
    public static final String GENESIS = "0".repeat(64);

    /** The chain of anonymous and system actions, and of people who act for no organisation. */
    public static final String SYSTEM = "system";

    /** The closed chain of the events written while the whole log was one chain (migration V54). */
    public static final String LEGACY = "legacy";

    private static final int BATCH = 1000;

    /** Locks the chain's head until commit and answers the hash to link to. */
    private static final String LOCK_HEAD = "select last_hash from audit_chain where chain = ?1 for update";

    private static final String NEW_HEAD =
            "insert into audit_chain (chain, last_seq, last_hash) values (?1, 0, ?2) on conflict (chain) do nothing";

    /** Writes the event and moves its chain's head to it, in one statement. */
    private static final String APPEND = """
            with event as (
                insert into audit_event (chain, occurred_at, actor, actor_organisation_id, action, object_type,
                                         object_id, details, previous_hash, hash)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                returning seq, chain, hash
            )
            update audit_chain h set last_seq = event.seq, last_hash = event.hash
              from event where h.chain = event.chain
            """;

    /** The next events in chain and sequence order (a range scan of the chain index). */
    private static final String NEXT_EVENTS =
            "select * from audit_event where (chain, seq) > (?1, ?2) order by chain, seq limit " + BATCH;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    BusinessMetrics metrics;

    /** The last event of a chain, as its head row names it. */
    public record Head(String chain, long lastSeq, String lastHash) {}

    /** A chain that failed verification, and its first event that is wrong or missing. */
    public record BrokenChain(String chain, long firstBrokenSeq) {}

    /**
     * The outcome of verifying every chain: how many events and chains were checked, the lowest
     * first broken event of any chain, and each broken chain.
     */
    public record Verification(
            boolean valid, long events, long chains, Long firstBrokenSeq, List<BrokenChain> brokenChains) {}

    /**
     * Records that the current user did {@code action} to an object, in the chain of the
     * organisation the user acts for. Must run inside the transaction of the change it records, so
     * both land or neither does.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String objectType, Object objectId, String details) {
        boolean anonymous = currentUser.isAnonymous();
        append(
                anonymous ? "system" : currentUser.subject(),
                anonymous ? null : currentUser.organisationId().orElse(null),
                action,
                objectType,
                objectId,
                details);
    }

    /** Records an action of {@code actor} acting for {@code organisation} (null: none). */
    @Transactional(Transactional.TxType.MANDATORY)
    void append(String actor, UUID organisation, String action, String objectType, Object objectId, String details) {
        AuditEvent event = new AuditEvent();
        event.chain = chainOf(organisation);
        event.occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        event.actor = actor;
        event.actorOrganisationId = organisation;
        event.action = action;
        event.objectType = objectType;
        event.objectId = String.valueOf(objectId);
        event.details = details == null ? "" : details;
        event.previousHash = lockHead(event.chain);
        event.hash = hash(event);
        em.createNativeQuery(APPEND)
                .unwrap(NativeQuery.class)
                .setParameter(1, event.chain)
                .setParameter(2, OffsetDateTime.ofInstant(event.occurredAt, ZoneOffset.UTC))
                .setParameter(3, event.actor)
                .setParameter(4, event.actorOrganisationId, UUID.class)
                .setParameter(5, event.action)
                .setParameter(6, event.objectType)
                .setParameter(7, event.objectId)
                .setParameter(8, event.details)
                .setParameter(9, event.previousHash)
                .setParameter(10, event.hash)
                .executeUpdate();
        metrics.countOnCommit(action);
    }

    /** The chain an event of someone acting for {@code organisation} (null: none) extends. */
    static String chainOf(UUID organisation) {
        return organisation == null ? SYSTEM : organisation.toString();
    }

    /**
     * Locks the chain's head row until the transaction ends (creating it for the chain's first
     * event) and answers the hash of its last event. A writer that waited for the lock reads the
     * head as its holder committed it.
     */
    private String lockHead(String chain) {
        List<?> head = em.createNativeQuery(LOCK_HEAD).setParameter(1, chain).getResultList();
        if (head.isEmpty()) {
            em.createNativeQuery(NEW_HEAD)
                    .setParameter(1, chain)
                    .setParameter(2, GENESIS)
                    .executeUpdate();
            head = em.createNativeQuery(LOCK_HEAD).setParameter(1, chain).getResultList();
        }
        return (String) head.get(0);
    }

    /**
     * Recomputes every hash of every chain in order, in one snapshot of the log, and checks that
     * each chain ends at its head; reports the first event of each chain whose link or content is
     * wrong, or that is missing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Verification verify() {
        // one snapshot for the heads and every batch, so events written meanwhile are not half-seen
        em.createNativeQuery("set transaction isolation level repeatable read, read only")
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> heads = em.createNativeQuery("select chain, last_seq, last_hash from audit_chain")
                .getResultList();
        ChainCheck check = new ChainCheck(heads.stream()
                .map(h -> new Head((String) h[0], ((Number) h[1]).longValue(), (String) h[2]))
                .toList());
        String chain = "";
        long after = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<AuditEvent> batch = em.createNativeQuery(NEXT_EVENTS, AuditEvent.class)
                    .setParameter(1, chain)
                    .setParameter(2, after)
                    .getResultList();
            if (batch.isEmpty()) {
                return check.result();
            }
            for (AuditEvent event : batch) {
                check.accept(event);
                chain = event.chain;
                after = event.seq;
            }
            em.clear();
        }
    }

    /**
     * SHA-256 over a JSON array of the event's fields, so no field's text can pass for another's
     * (a separator inside one value cannot move a boundary). The chain is not hashed: outside
     * the legacy chain it is the hashed actor organisation (the verification checks it), and
     * legacy events keep the hashes they were written with.
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
