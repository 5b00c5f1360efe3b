package org.challengemarket.evaluation.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.evaluation.ConflictDeclaration;
import org.challengemarket.evaluation.ConsensusScore;
import org.challengemarket.evaluation.Descriptors.Anchor;
import org.challengemarket.evaluation.EvaluationScore;
import org.challengemarket.evaluation.PanelMember;
import org.challengemarket.evaluation.ScoreFields;
import org.challengemarket.evaluation.ScoreStatus;
import org.challengemarket.proposal.dto.ProposalDtos.SubmissionDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the evaluation API. Nothing a company reads names an evaluator. */
public final class EvaluationDtos {

    private EvaluationDtos() {}

    /** The three criteria of a request body, without those left out. */
    private static <T, R> Map<Criterion, R> byCriterion(
            T problemSolving, T teamMotivation, T implementationCost, Function<T, R> map) {
        Map<Criterion, R> byCriterion = new EnumMap<>(Criterion.class);
        if (problemSolving != null) {
            byCriterion.put(Criterion.PROBLEM_SOLVING, map.apply(problemSolving));
        }
        if (teamMotivation != null) {
            byCriterion.put(Criterion.TEAM_MOTIVATION, map.apply(teamMotivation));
        }
        if (implementationCost != null) {
            byCriterion.put(Criterion.IMPLEMENTATION_COST, map.apply(implementationCost));
        }
        return byCriterion;
    }

    // ---- evaluator's work ----------------------------------------------------------------------

    /** A panel the caller sits on, with its progress. */
    public record AssignmentDto(
            UUID challengeId,
            String challengeTitle,
            int stage,
            StageKind stageKind,
            Instant deadline,
            boolean chair,
            boolean sealed,
            int proposals,
            int declared,
            int recused,
            int scored,

            @Schema(description = "For example \"2 of 4 scored\" (proposals the caller is not recused from)")
            String progress) {}

    /** Where the caller stands on one proposal of its panel. */
    public record QueueItemDto(
            UUID proposalId,
            String companyName,
            Instant submittedAt,
            DeclarationState declaration,

            @Schema(description = "The caller's score, once started")
            ScoreStatus score) {}

    /** Whether the caller has declared on a proposal, and what. */
    public enum DeclarationState {
        UNDECLARED,
        NO_CONFLICT,
        CONFLICT
    }

    /** A conflict-of-interest declaration; a conflict needs a reason and recuses the evaluator. */
    public record DeclarationRequest(
            @NotNull Boolean conflict,
            @Size(min = 10, max = 2000) String reason) {}

    /** A declaration as recorded. */
    public record DeclarationDto(UUID proposalId, int stage, boolean conflict, String reason, Instant declaredAt) {

        public static DeclarationDto from(ConflictDeclaration d) {
            return new DeclarationDto(d.proposalId, d.stage, d.conflict, d.reason, d.declaredAt);
        }
    }

    /** A criterion with its published weight and anchored descriptors. */
    public record CriterionDto(
            Criterion criterion,

            @Schema(description = "The criterion's name in score bodies")
            String field,

            String description,
            List<Anchor> anchors) {

        public static CriterionDto from(Criterion criterion, List<Anchor> anchors) {
            return new CriterionDto(criterion, ScoreFields.of(criterion), criterion.description(), anchors);
        }
    }

    /** Points and a justification for one criterion; a draft may leave either out. */
    public record MarkRequest(
            @Min(0) @Max(10) Integer points,
            @Size(min = 30, max = 3000) String justification) {}

    /** An evaluator's (draft) score. */
    public record ScoreRequest(
            @Valid MarkRequest problemSolving,
            @Valid MarkRequest teamMotivation,
            @Valid MarkRequest implementationCost) {

        /** The marks given, by criterion; a criterion left out has none. */
        public Map<Criterion, EvaluationScore.Mark> toMarks() {
            return byCriterion(
                    problemSolving,
                    teamMotivation,
                    implementationCost,
                    m -> new EvaluationScore.Mark(m.points(), m.justification()));
        }
    }

    /** Points and justification as stored. */
    public record MarkDto(Integer points, String justification) {

        public static MarkDto from(EvaluationScore.Mark mark) {
            return new MarkDto(mark.points(), mark.justification());
        }
    }

    /** The caller's own score. */
    public record ScoreDto(
            UUID proposalId,
            int stage,
            ScoreStatus status,
            MarkDto problemSolving,
            MarkDto teamMotivation,
            MarkDto implementationCost,
            Instant updatedAt,
            Instant submittedAt,
            long version) {

        public static ScoreDto from(EvaluationScore s) {
            Map<Criterion, EvaluationScore.Mark> marks = s.marks();
            return new ScoreDto(
                    s.proposalId,
                    s.stage,
                    s.status,
                    MarkDto.from(marks.get(Criterion.PROBLEM_SOLVING)),
                    MarkDto.from(marks.get(Criterion.TEAM_MOTIVATION)),
                    MarkDto.from(marks.get(Criterion.IMPLEMENTATION_COST)),
                    s.updatedAt,
                    s.submittedAt,
                    s.version);
        }
    }

    /** Another panel member's submitted score, shown once the caller's own is submitted. */
    public record PanelScoreDto(
            String evaluator,
            boolean mine,
            MarkDto problemSolving,
            MarkDto teamMotivation,
            MarkDto implementationCost) {

        public static PanelScoreDto from(PanelMember evaluator, EvaluationScore s, boolean mine) {
            ScoreDto score = ScoreDto.from(s);
            return new PanelScoreDto(
                    evaluator.member.displayName,
                    mine,
                    score.problemSolving(),
                    score.teamMotivation(),
                    score.implementationCost());
        }
    }

    /** Where a criterion stands for a proposal once its scores are in. */
    public record CriterionSummaryDto(
            Criterion criterion,

            @Schema(description = "Mean of the submitted scores, two decimals")
            BigDecimal mean,

            @Schema(description = "Highest minus lowest submitted score")
            int spread,

            @Schema(description = "True when the spread reaches the threshold: the chair must record a consensus")
            boolean flagged,

            Integer consensus,
            String consensusReason) {}

    /** One proposal as an unconflicted evaluator of it sees it. */
    public record EvaluationItemDto(
            UUID challengeId,
            int stage,
            UUID proposalId,
            String companyName,
            DeclarationDto declaration,

            @Schema(description = "The counting submission; only after declaring no conflict")
            SubmissionDto submission,

            ScoreDto ownScore,

            @Schema(description = "Every unconflicted evaluator has submitted: the chair may record a consensus")
            boolean fullyScored,

            @Schema(description = "Every submitted score of the panel; empty until the caller submitted its own")
            List<PanelScoreDto> panelScores,

            @Schema(description = "Means, spreads and consensus; empty until the caller submitted its own")
            List<CriterionSummaryDto> criteria) {}

    /** The chair's consensus on one criterion. */
    public record ConsensusMark(
            @NotNull @Min(0) @Max(10) Integer points,
            @NotBlank @Size(min = 10, max = 3000) String reason) {}

    /** The chair's consensus on the criteria it names (required where scores spread widely). */
    public record ConsensusRequest(
            @Valid ConsensusMark problemSolving,
            @Valid ConsensusMark teamMotivation,
            @Valid ConsensusMark implementationCost) {

        /** The agreements given, by criterion; a criterion left out has none. */
        public Map<Criterion, ConsensusScore.Agreement> toAgreements() {
            return byCriterion(
                    problemSolving,
                    teamMotivation,
                    implementationCost,
                    m -> new ConsensusScore.Agreement(m.points(), m.reason()));
        }
    }

    /** One proposal on the chair's moderation list. */
    public record ModerationItemDto(
            UUID proposalId,
            String companyName,

            @Schema(description = "Every unconflicted evaluator has submitted")
            boolean fullyScored,

            int submittedScores,
            int evaluators,

            @Schema(description = "A criterion's scores spread by the threshold or more")
            boolean flagged,

            @Schema(description = "True when the chair is recused from it: another chair must moderate")
            boolean chairRecused,

            List<CriterionSummaryDto> criteria) {}

    // ---- ranking ------------------------------------------------------------------------------

    /** What keeps a ranking from being complete. */
    public record MissingDto(UUID proposalId, String field, String what) {}

    /** A stage's ranking, or what is missing before there is one. */
    public record RankingDto(
            UUID challengeId,
            int stage,
            boolean complete,
            List<MissingDto> missing,
            List<RankingEntryDto> entries,

            @Schema(description = "True once the stage's decision (shortlist or award) has been made")
            boolean decided) {}

    /** A proposal's place in the ranking. */
    public record RankingEntryDto(
            int rank,
            UUID proposalId,
            String companyName,

            @Schema(description = "Σ weight × score / 100, two decimals")
            BigDecimal weightedTotal,

            BigDecimal problemSolving,
            BigDecimal teamMotivation,
            BigDecimal implementationCost,
            Instant submittedAt,

            @Schema(description = "Some criterion's score is the chair's consensus rather than the mean")
            boolean consensus) {}

    // ---- feedback -----------------------------------------------------------------------------

    /** A company's feedback on its own proposal, per decided stage. */
    public record FeedbackDto(
            UUID proposalId,
            UUID challengeId,
            String challengeTitle,

            @Schema(description = "Stages whose decision has been made; empty before the first decision")
            List<StageFeedbackDto> stages) {}

    /** Outcome of a proposal in one stage. */
    public enum Outcome {
        WENT_ON,
        STOPPED,
        AWARDED,
        NOT_AWARDED
    }

    /** The proposal's scores, total and place in one decided stage. */
    public record StageFeedbackDto(
            int stage,
            StageKind kind,
            Outcome outcome,
            int rank,
            int of,

            @Schema(description = "For example \"3rd of 12\"")
            String place,

            BigDecimal weightedTotal,

            @Schema(description = "The lowest weighted total that went on (shortlist or award); absent if none did")
            BigDecimal threshold,

            List<CriterionFeedbackDto> criteria) {}

    /** One criterion of a company's feedback: the score and every justification, without names. */
    public record CriterionFeedbackDto(
            Criterion criterion,
            int weight,
            BigDecimal score,
            boolean consensus,
            String consensusReason,
            List<String> justifications) {}
}
