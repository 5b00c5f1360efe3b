package org.challengemarket.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.evaluation.dto.EvaluationDtos.MissingDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.RankingDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.RankingEntryDto;
import org.challengemarket.platform.error.Problem;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;

/**
 * A stage's ranking: for the agency and the panel once every unconflicted evaluator has submitted
 * for every proposal (and the chair agreed on every wide spread); until then, what is missing. The
 * shortlist and award decisions take {@link #decisionRanking} as their input.
 */
@ApplicationScoped
public class RankingService {

    @Inject
    EvaluationAccess access;

    @Inject
    StageEvaluations stages;

    /** The ranking as the agency or a panel member sees it; a recused member sees no numbers of that proposal. */
    @Transactional
    public RankingDto ranking(UUID challengeId, int position) {
        EvaluationAccess.ReadStage read = access.readStage(challengeId, position);
        StageEvaluation stage = read.stage();
        Optional<UUID> evaluator = read.evaluator();
        StageRanking ranking = stage.ranking();
        List<StageRanking.Missing> missing = ranking.missing();
        List<RankingEntryDto> entries = new ArrayList<>();
        if (missing.isEmpty()) {
            for (Ranking.Ranked r : ranking.ranked()) {
                UUID id = r.scored().proposalId();
                StageEvaluation.Candidate c = stage.candidate(id).orElseThrow();
                boolean hidden = evaluator.isPresent() && stage.recused(id, evaluator.get());
                Map<Criterion, BigDecimal> s = r.scored().scores();
                entries.add(new RankingEntryDto(
                        r.rank(),
                        id,
                        c.companyName(),
                        hidden ? null : r.weightedTotal(),
                        hidden ? null : s.get(Criterion.PROBLEM_SOLVING),
                        hidden ? null : s.get(Criterion.TEAM_MOTIVATION),
                        hidden ? null : s.get(Criterion.IMPLEMENTATION_COST),
                        c.submittedAt(),
                        !hidden && !stage.consensus(id).isEmpty()));
            }
        }
        return new RankingDto(
                challengeId,
                position,
                missing.isEmpty(),
                missing.stream()
                        .map(m -> new MissingDto(m.proposalId(), m.field(), m.what()))
                        .toList(),
                entries,
                stage.decided());
    }

    /**
     * The complete ranking of a stage, best first; a 422 problem naming what is missing when it is
     * not complete. Callers (the shortlist and award decisions) check who may decide.
     */
    @Transactional
    public List<RankedProposal> decisionRanking(UUID challengeId, int stage) {
        Challenge challenge = access.challenge(challengeId, stage, LockModeType.NONE);
        StageRanking ranking = stages.load(challenge, stage).ranking();
        List<StageRanking.Missing> missing = ranking.missing();
        if (!missing.isEmpty()) {
            throw new ProblemException(
                    ProblemType.RULE_VIOLATION,
                    "The ranking of stage " + stage + " is not complete: "
                            + missing.get(0).what()
                            + (missing.size() > 1 ? " (and " + (missing.size() - 1) + " more)" : ""),
                    missing.stream()
                            .map(m -> new Problem.FieldError(m.field(), m.what()))
                            .toList());
        }
        return ranking.rankedProposals();
    }

    /**
     * True when a decision choosing {@code chosen} departs from the ranking: some proposal left out
     * ranks above one that was chosen. Choosing fewer than allowed, from the top, is no departure.
     */
    public static boolean departsFrom(List<RankedProposal> ranking, Collection<UUID> chosen) {
        int lowestChosen = 0;
        int highestLeftOut = Integer.MAX_VALUE;
        for (RankedProposal r : ranking) {
            if (chosen.contains(r.proposalId())) {
                lowestChosen = Math.max(lowestChosen, r.rank());
            } else {
                highestLeftOut = Math.min(highestLeftOut, r.rank());
            }
        }
        return highestLeftOut < lowestChosen;
    }
}
