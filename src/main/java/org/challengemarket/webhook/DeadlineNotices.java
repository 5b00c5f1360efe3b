package org.challengemarket.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.challengemarket.platform.outbox.Outbox;
import org.hibernate.query.NativeQuery;

/**
 * Announces {@code challenge.deadline_approaching} once per stage deadline of an open challenge,
 * when it comes within the notice period. Exactly once across instances: the announcement is the
 * row that wins the insert into {@code deadline_notice}, written in the transaction that queues
 * the event.
 */
@ApplicationScoped
public class DeadlineNotices {

    private static final String DUE = """
            insert into deadline_notice (challenge_id, stage, deadline, event_id, noticed_at)
            select c.id, s.position, s.deadline, gen_random_uuid(), ?1
              from challenge c
              join challenge_stage s on s.challenge_id = c.id
             where c.status in ('PUBLISHED', 'IN_EVALUATION')
               and s.deadline > ?1 and s.deadline <= ?2
               and s.opens_at <= ?2
            on conflict do nothing
            returning challenge_id, stage, deadline
            """;

    private static final String DETAILS = """
            select c.title, c.sector, c.agency_id, o.name, s.kind
              from challenge c join organisation o on o.id = c.agency_id
              join challenge_stage s on s.challenge_id = c.id and s.position = ?2
             where c.id = ?1
            """;

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

    /** Queues the events of deadlines that came within the notice period; returns how many. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int runOnce() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Object[]> due = em.createNativeQuery(DUE)
                .setParameter(1, utc(now))
                .setParameter(2, utc(now.plus(config.deadlineNotice())))
                .unwrap(NativeQuery.class)
                .addScalar("challenge_id", UUID.class)
                .addScalar("stage", Integer.class)
                .addScalar("deadline", Instant.class)
                .getResultList();
        for (Object[] row : due) {
            announce((UUID) row[0], (Integer) row[1], (Instant) row[2]);
        }
        return due.size();
    }

    private void announce(UUID challenge, int stage, Instant deadline) {
        Object[] d = (Object[]) em.createNativeQuery(DETAILS)
                .setParameter(1, challenge)
                .setParameter(2, stage)
                .getSingleResult();
        var payload = json.createObjectNode()
                .put("challengeId", challenge.toString())
                .put("title", (String) d[0])
                .put("sector", (String) d[1])
                .put("stage", stage)
                .put("stageKind", (String) d[4])
                .put("deadline", deadline.toString())
                .put("url", "/api/v1/challenges/" + challenge);
        payload.putObject("agency").put("id", d[2].toString()).put("name", (String) d[3]);
        try {
            UUID event = outbox.append(
                    "challenge.deadline_approaching", "challenge", challenge, json.writeValueAsString(payload));
            em.createNativeQuery("update deadline_notice set event_id = ?1"
                            + " where challenge_id = ?2 and stage = ?3 and deadline = ?4")
                    .setParameter(1, event)
                    .setParameter(2, challenge)
                    .setParameter(3, stage)
                    .setParameter(4, utc(deadline))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a deadline event", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
