package org.challengemarket.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.evaluation.dto.EvaluationDtos.CriterionFeedbackDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.FeedbackDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.Outcome;
import org.challengemarket.evaluation.dto.EvaluationDtos.StageFeedbackDto;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.proposal.Proposal;
import org.challengemarket.proposal.ProposalStatus;

/**
 * A company's own feedback, available in the platform as soon as a stage is decided: per criterion
 * its score and the panel's justifications (never who wrote them), its weighted total, its place
 * and the threshold to go on. Never another company's data.
 */
@ApplicationScoped
public class FeedbackService {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    StageEvaluations evaluations;

    @Transactional
    public FeedbackDto feedback(UUID proposalId) {
        Proposal proposal = em.find(Proposal.class, proposalId);
        if (proposal == null || !user.hasRole(Roles.COMPANY_MEMBER) || !user.actsFor(proposal.company.id)) {
            throw ProblemException.notFound("Proposal " + proposalId);
        }
        List<StageFeedbackDto> stages = new ArrayList<>();
        for (int position = 1; position <= proposal.stage; position++) {
            StageEvaluation stage = evaluations.load(proposal.challenge, position);
            if (stage.candidate(proposalId).isEmpty()
                    || !stage.decided()
                    || !stage.ranking().complete()) {
                continue;
            }
            stages.add(stageFeedback(stage, proposalId));
        }
        return new FeedbackDto(proposalId, proposal.challenge.id, proposal.challenge.title, stages);
    }

    private StageFeedbackDto stageFeedback(StageEvaluation stage, UUID proposalId) {
        List<Ranking.Ranked> ranking = stage.ranking().ranked();
        Ranking.Ranked own = ranking.stream()
                .filter(r -> r.scored().proposalId().equals(proposalId))
                .findFirst()
                .orElseThrow();
        BigDecimal threshold = ranking.stream()
                .filter(r -> StageEvaluation.wentOn(
                        stage.candidate(r.scored().proposalId()).orElseThrow(), stage.position()))
                .map(Ranking.Ranked::weightedTotal)
                .min(Comparator.naturalOrder())
                .orElse(null);
        StageEvaluation.Candidate candidate = stage.candidate(proposalId).orElseThrow();
        Map<Criterion, Integer> weights = stage.challenge.getWeights().byCriterion();
        Map<Criterion, ConsensusScore> agreed = stage.consensus(proposalId);
        List<EvaluationScore> submitted = stage.submittedScores(proposalId);
        List<CriterionFeedbackDto> criteria = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            ConsensusScore consensus = agreed.get(c);
            criteria.add(new CriterionFeedbackDto(
                    c,
                    weights.get(c),
                    own.scored().scores().get(c),
                    consensus != null,
                    consensus == null ? null : consensus.reason,
                    // sorted by text, so the order tells nothing about who wrote which
                    submitted.stream()
                            .map(s -> s.marks().get(c).justification())
                            .sorted()
                            .toList()));
        }
        return new StageFeedbackDto(
                stage.position(),
                stage.stage.kind,
                outcome(candidate, stage.position()),
                own.rank(),
                ranking.size(),
                ordinal(own.rank()) + " of " + ranking.size(),
                own.weightedTotal(),
                threshold,
                criteria);
    }

    private static Outcome outcome(StageEvaluation.Candidate c, int position) {
        if (c.status() == ProposalStatus.AWARDED && c.proposalStage() == position) {
            return Outcome.AWARDED;
        }
        if (c.status() == ProposalStatus.NOT_AWARDED && c.proposalStage() == position) {
            return Outcome.NOT_AWARDED;
        }
        return StageEvaluation.wentOn(c, position) ? Outcome.WENT_ON : Outcome.STOPPED;
    }

    /** 1st, 2nd, 3rd, 4th, … 11th, 12th, 13th, … 21st. */
    public static String ordinal(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return switch (n % 10) {
            case 1 -> n + "st";
            case 2 -> n + "nd";
            case 3 -> n + "rd";
            default -> n + "th";
        };
    }
}
