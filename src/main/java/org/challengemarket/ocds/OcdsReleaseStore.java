package org.challengemarket.ocds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
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
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeAmendment;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.clarification.Question;

/**
 * Appends the immutable OCDS releases of a challenge, each in the transaction of the public event
 * it reports: loads what the release says, has {@link OcdsReleaseBuilder} build it, stores it.
 */
@ApplicationScoped
public class OcdsReleaseStore {

    private static final String INSERT = """
            insert into ocds_release (id, ocid, release_id, challenge_id, tag, release_date, payload)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            """;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    OcdsConfig config;

    private OcdsReleaseBuilder builder;

    @PostConstruct
    void init() {
        builder = new OcdsReleaseBuilder(config.ocidPrefix(), config.language());
    }

    /** The ocid of a challenge's contracting process. */
    public String ocid(UUID challengeId) {
        return builder.ocid(challengeId);
    }

    /** The tender release of a challenge just published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordTender(UUID challengeId, Instant date) {
        writeTender(challenge(challengeId), "tender", date);
    }

    /** A tenderAmendment release: the tender as amended, with every amendment so far. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAmendment(UUID challengeId, Instant date) {
        writeTender(challenge(challengeId), "tenderAmendment", date);
    }

    /** A tenderUpdate release: the tender with every published answer as an enquiry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordClarification(UUID challengeId, Instant date) {
        writeTender(challenge(challengeId), "tenderUpdate", date);
    }

    /** The award release of a challenge's decision. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAward(OcdsAwardFacts facts) {
        Challenge challenge = challenge(facts.challengeId());
        write(challenge, "award", facts.awardedAt(), builder.award(challenge, facts));
    }

    /** The contract release of one signed pilot contract, with its milestones. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordContract(OcdsContractFacts facts) {
        Challenge challenge = challenge(facts.challengeId());
        write(challenge, "contract", facts.dateSigned(), builder.contract(challenge, facts));
    }

    /** An implementation release: milestones met and payments made under one pilot contract. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordImplementation(OcdsPaymentFacts facts) {
        Challenge challenge = challenge(facts.challengeId());
        Instant date = clock.instant().truncatedTo(ChronoUnit.MICROS);
        write(challenge, "implementation", date, builder.implementation(challenge, facts, date));
    }

    /**
     * Writes the tender release of every public challenge that has none yet (challenges that
     * existed before open data was published, such as the demo ones), and a tenderUpdate where
     * answers are published. Returns how many challenges it published.
     */
    @Transactional
    public int publishMissing() {
        @SuppressWarnings("unchecked")
        List<UUID> published = em.createNativeQuery("select distinct challenge_id from ocds_release", UUID.class)
                .getResultList();
        List<Challenge> missing = Challenge.<Challenge>list(
                        "from Challenge c join fetch c.agency where c.status <> ?1 and c.publishedAt is not null"
                                + " order by c.publishedAt",
                        ChallengeStatus.DRAFT)
                .stream()
                .filter(c -> !published.contains(c.id))
                .toList();
        for (Challenge challenge : missing) {
            writeTender(challenge, "tender", challenge.publishedAt);
            Question.<Question>find(
                            "challengeId = ?1 and answeredAt is not null order by answeredAt desc", challenge.id)
                    .firstResultOptional()
                    .ifPresent(last -> writeTender(challenge, "tenderUpdate", last.answeredAt));
        }
        return missing.size();
    }

    private void writeTender(Challenge challenge, String tag, Instant date) {
        List<Question> answered =
                Question.list("challengeId = ?1 and answeredAt is not null order by number", challenge.id);
        write(challenge, tag, date, builder.tender(challenge, ChallengeAmendment.of(challenge), answered, tag, date));
    }

    private void write(Challenge challenge, String tag, Instant date, ObjectNode release) {
        try {
            em.createNativeQuery(INSERT)
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, release.get("ocid").asText())
                    .setParameter(3, release.get("id").asText())
                    .setParameter(4, challenge.id)
                    .setParameter(5, tag)
                    .setParameter(6, OffsetDateTime.ofInstant(date, ZoneOffset.UTC))
                    .setParameter(7, json.writeValueAsString(release))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an OCDS release", e);
        }
    }

    private static Challenge challenge(UUID id) {
        return Challenge.<Challenge>find("from Challenge c join fetch c.agency where c.id = ?1", id)
                .firstResultOptional()
                .orElseThrow(() -> new IllegalArgumentException("no challenge " + id));
    }
}
