package org.challengemarket.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;

/**
 * Who may see which stage's evaluation: the challenge's agency, and the evaluators its panel names
 * (not recused). Anyone else gets 404, as if the stage did not exist.
 */
@ApplicationScoped
class EvaluationAccess {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    StageEvaluations stages;

    /** The caller as an evaluator: the member id its token's subject names. */
    Optional<UUID> evaluatorId() {
        if (!user.hasRole(Roles.EVALUATOR)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(user.subject()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    boolean isAgencyOf(Challenge challenge) {
        return user.hasRole(Roles.AGENCY_OFFICER) && user.actsFor(challenge.agency.id);
    }

    /** A published challenge and an existing stage of it, else 404. */
    Challenge challenge(UUID challengeId, int position, LockModeType lock) {
        Challenge challenge = em.find(Challenge.class, challengeId, lock);
        if (challenge == null || !challenge.status.isPublic()) {
            throw ProblemException.notFound("Challenge " + challengeId);
        }
        if (position < 1 || position > challenge.stages.size()) {
            throw ProblemException.notFound("Stage " + position + " of challenge " + challengeId);
        }
        return challenge;
    }

    /** A stage of the caller's agency's challenge. */
    StageEvaluation agencyStage(UUID challengeId, int position, LockModeType lock) {
        Challenge challenge = challenge(challengeId, position, lock);
        if (!isAgencyOf(challenge)) {
            throw ProblemException.notFound("Challenge " + challengeId);
        }
        return stages.load(challenge, position);
    }

    /** A stage whose panel names the caller; with the caller's panel seat. */
    PanelSeat panelStage(UUID challengeId, int position, LockModeType lock) {
        UUID me = evaluatorId().orElseThrow(() -> ProblemException.notFound("Evaluation of challenge " + challengeId));
        Challenge challenge = challenge(challengeId, position, lock);
        StageEvaluation stage = stages.load(challenge, position);
        return new PanelSeat(stage, stage.seat(me));
    }

    /**
     * A stage as the challenge's agency, or an evaluator its panel names, reads it; anyone else
     * gets 404. The reader is the evaluator, or empty for the agency.
     */
    ReadStage readStage(UUID challengeId, int position) {
        Challenge challenge = challenge(challengeId, position, LockModeType.NONE);
        if (isAgencyOf(challenge)) {
            return new ReadStage(stages.load(challenge, position), Optional.empty());
        }
        PanelSeat seat = panelStage(challengeId, position, LockModeType.NONE);
        return new ReadStage(seat.stage(), Optional.of(seat.evaluatorId()));
    }

    /** A stage and who reads it: an evaluator of its panel, or (empty) the agency. */
    record ReadStage(StageEvaluation stage, Optional<UUID> evaluator) {}

    /** The caller's place on one stage's panel. */
    record PanelSeat(StageEvaluation stage, PanelMember member) {
        UUID evaluatorId() {
            return member.member.id;
        }
    }
}
