package org.challengemarket.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.challenge.Criterion;

/**
 * The ranking of a stage read from its {@link StageEvaluation}: complete once every unconflicted
 * evaluator has submitted for every proposal and the chair agreed on every wide spread; until then,
 * what is missing.
 */
final class StageRanking {

    /** One thing that keeps the ranking from being complete. */
    record Missing(UUID proposalId, String field, String what) {}

    private final StageEvaluation stage;
    private final EvaluationConfig config;

    StageRanking(StageEvaluation stage, EvaluationConfig config) {
        this.stage = stage;
        this.config = config;
    }

    /** Consensus, else the mean of submitted scores; empty while nothing is submitted. */
    Map<Criterion, BigDecimal> criterionScores(UUID proposalId) {
        List<EvaluationScore> submitted = stage.submittedScores(proposalId);
        Map<Criterion, ConsensusScore> agreed = stage.consensus(proposalId);
        Map<Criterion, BigDecimal> result = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            if (agreed.containsKey(c)) {
                result.put(c, BigDecimal.valueOf(agreed.get(c).points).setScale(Ranking.SCALE));
            } else if (!submitted.isEmpty()) {
                result.put(
                        c, Ranking.mean(submitted.stream().map(s -> s.points(c)).toList()));
            }
        }
        return result;
    }

    /** Everything that keeps the ranking from being complete, in the order a reader fixes it. */
    List<Missing> missing() {
        List<Missing> missing = new ArrayList<>();
        int position = stage.position();
        if (stage.panel.isEmpty()) {
            missing.add(new Missing(null, "panel", "the agency has not named a panel for stage " + position));
        }
        if (stage.sealed()) {
            missing.add(new Missing(null, "stage", "stage " + position + " is sealed until " + stage.stage.deadline));
            return missing;
        }
        if (stage.candidates.isEmpty()) {
            missing.add(new Missing(null, "proposals", "no proposal was submitted in stage " + position));
        }
        if (stage.panel.isEmpty()) {
            return missing;
        }
        for (StageEvaluation.Candidate c : stage.candidates) {
            missing.addAll(missing(c));
        }
        return missing;
    }

    private List<Missing> missing(StageEvaluation.Candidate c) {
        List<Missing> missing = new ArrayList<>();
        UUID id = c.proposalId();
        String field = "proposals." + id;
        List<PanelMember> evaluators = stage.unconflicted(id);
        if (evaluators.size() < config.minimumEvaluators()) {
            missing.add(new Missing(
                    id,
                    field,
                    c.companyName() + " has " + evaluators.size() + " unconflicted evaluator(s); the agency must"
                            + " add one so that at least " + config.minimumEvaluators() + " score it"));
        }
        for (PanelMember m : evaluators) {
            boolean submitted = stage.score(id, m.member.id)
                    .map(EvaluationScore::isSubmitted)
                    .orElse(false);
            if (!submitted) {
                missing.add(new Missing(
                        id, field, m.member.displayName + " has not submitted a score for " + c.companyName()));
            }
        }
        if (stage.fullyScored(id)) {
            for (Criterion criterion : Criterion.values()) {
                if (stage.flagged(id, criterion) && !stage.consensus(id).containsKey(criterion)) {
                    missing.add(new Missing(
                            id,
                            field,
                            "the scores of " + c.companyName() + " on " + criterion + " spread by "
                                    + stage.spreads(id).get(criterion)
                                    + " points: the chair must record a consensus"));
                }
            }
        }
        return missing;
    }

    boolean complete() {
        return missing().isEmpty();
    }

    /** The ranking of every candidate; only meaningful when {@link #complete()}. */
    List<Ranking.Ranked> ranked() {
        List<Ranking.Scored> scored = stage.candidates.stream()
                .map(c -> new Ranking.Scored(c.proposalId(), c.submittedAt(), criterionScores(c.proposalId())))
                .toList();
        return Ranking.rank(scored, stage.challenge.getWeights().byCriterion());
    }

    /** The complete ranking as the decisions take it. */
    List<RankedProposal> rankedProposals() {
        Map<UUID, StageEvaluation.Candidate> byId = new HashMap<>();
        stage.candidates.forEach(c -> byId.put(c.proposalId(), c));
        return ranked().stream()
                .map(r -> {
                    StageEvaluation.Candidate c = byId.get(r.scored().proposalId());
                    return new RankedProposal(
                            c.proposalId(),
                            c.companyId(),
                            c.companyName(),
                            r.rank(),
                            r.weightedTotal(),
                            c.submittedAt());
                })
                .toList();
    }
}
