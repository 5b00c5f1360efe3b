package org.challengemarket.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.proposal.ProposalStatus;

/**
 * Loads the {@link StageEvaluation} aggregate of one challenge stage in six statements, whatever
 * the number of proposals or evaluators.
 */
@ApplicationScoped
class StageEvaluations {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EvaluationConfig config;

    /** The evaluation of stage {@code position} of the challenge, as it stands now. */
    StageEvaluation load(Challenge challenge, int position) {
        Instant now = clock.instant();
        List<PanelMember> panel = em.createQuery(
                        "select m from PanelMember m join fetch m.member mm join fetch mm.organisation"
                                + " where m.challengeId = :c and m.stage = :n order by m.chair desc, m.addedAt, m.id",
                        PanelMember.class)
                .setParameter("c", challenge.id)
                .setParameter("n", position)
                .getResultList();
        List<StageEvaluation.Candidate> candidates =
                challenge.stages.get(position - 1).deadlinePassedAt(now)
                        ? candidates(challenge.id, position)
                        : List.of();
        return new StageEvaluation(
                challenge,
                position,
                panel,
                candidates,
                ofStage(ConflictDeclaration.class, challenge.id, position),
                ofStage(EvaluationScore.class, challenge.id, position),
                ofStage(ConsensusScore.class, challenge.id, position),
                config,
                now);
    }

    /** The proposals with a counting (latest) submission in the stage, not withdrawn there. */
    private List<StageEvaluation.Candidate> candidates(UUID challengeId, int position) {
        return em
                .createQuery(
                        "select p.id, c.id, c.name, p.status, p.stage, s.id, s.submittedAt"
                                + " from Proposal p join p.company c, Submission s"
                                + " where s.proposalId = p.id and p.challenge.id = :c and s.stage = :n"
                                + " and not (p.status = :withdrawn and p.stage = :n)"
                                + " and s.number = (select max(o.number) from Submission o"
                                + " where o.proposalId = s.proposalId and o.stage = s.stage)"
                                + " order by s.submittedAt, p.id",
                        Object[].class)
                .setParameter("c", challengeId)
                .setParameter("n", position)
                .setParameter("withdrawn", ProposalStatus.WITHDRAWN)
                .getResultList()
                .stream()
                .map(r -> new StageEvaluation.Candidate(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        (ProposalStatus) r[3],
                        (Integer) r[4],
                        (UUID) r[5],
                        (Instant) r[6]))
                .toList();
    }

    /** Every row of an evaluation entity (declarations, scores, consensus) for the stage. */
    private <T> List<T> ofStage(Class<T> entity, UUID challengeId, int position) {
        return em.createQuery(
                        "select e from " + entity.getSimpleName() + " e where e.challengeId = :c and e.stage = :n",
                        entity)
                .setParameter("c", challengeId)
                .setParameter("n", position)
                .getResultList();
    }
}
