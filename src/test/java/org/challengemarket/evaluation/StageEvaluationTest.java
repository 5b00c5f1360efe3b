package org.challengemarket.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.challengemarket.evaluation.StageEvaluationFixture.JUSTIFICATION;
import static org.challengemarket.evaluation.StageEvaluationFixture.NOW;
import static org.challengemarket.evaluation.StageEvaluationFixture.aClosedStage;
import static org.challengemarket.evaluation.StageEvaluationFixture.marks;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.platform.error.Problem.FieldError;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules of a stage's evaluation, as verbs of its aggregate, without a container. */
class StageEvaluationTest {

    private static final Instant LATER = NOW.plus(Duration.ofHours(1));

    private final StageEvaluationFixture fixture = aClosedStage();
    private final UUID chair = fixture.chair("Victor Chair");
    private final UUID eva = fixture.evaluator("Eva Expert");
    private final UUID routewise = fixture.proposal("Routewise");
    private final UUID solarbyte = fixture.proposal("Solarbyte");

    private static ProblemException refusal(ThrowingCallable action) {
        ProblemException e = catchThrowableOfType(ProblemException.class, action);
        assertThat(e).as("a refusal").isNotNull();
        return e;
    }

    private static void assertRefused(ThrowingCallable action, ProblemType type, String detail) {
        ProblemException e = refusal(action);
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.getMessage()).isEqualTo(detail);
    }

    private String closed() {
        return "Stage 1 has been decided; its evaluation is closed";
    }

    @Nested
    class DeclaringAConflict {

        @Test
        void shouldRecordThatAnEvaluatorHasNoConflict() {
            StageEvaluation stage = fixture.build();

            Optional<ConflictDeclaration> made = stage.declareConflict(routewise, eva, false, "  ", LATER);

            assertThat(made).get().satisfies(d -> {
                assertThat(d.conflict).isFalse();
                assertThat(d.reason).isNull();
                assertThat(d.declaredAt).isEqualTo(LATER);
            });
            assertThat(stage.declaration(routewise, eva)).isEqualTo(made);
            assertThat(stage.recused(routewise, eva)).isFalse();
        }

        @Test
        void shouldRecuseAnEvaluatorWhoDeclaresAConflictWithItsReason() {
            StageEvaluation stage = fixture.build();

            ConflictDeclaration d = stage.declareConflict(routewise, eva, true, "  I advised this company.  ", LATER)
                    .orElseThrow();

            assertThat(d.reason).isEqualTo("I advised this company.");
            assertThat(stage.recused(routewise, eva)).isTrue();
            assertThat(stage.unconflicted(routewise))
                    .extracting(m -> m.member.id)
                    .containsExactly(chair);
        }

        @Test
        void shouldChangeNothingWhenTheSameDeclarationIsMadeAgain() {
            StageEvaluation stage = fixture.declaredNoConflict(routewise, eva).build();

            assertThat(stage.declareConflict(routewise, eva, false, null, LATER))
                    .isEmpty();
            assertThat(stage.declaration(routewise, eva).orElseThrow().declaredAt)
                    .isEqualTo(NOW);
        }

        @Test
        void shouldRefuseAConflictWithoutAReason() {
            StageEvaluation stage = fixture.build();

            ProblemException e = refusal(() -> stage.declareConflict(routewise, eva, true, " ", LATER));

            assertThat(e.type()).isEqualTo(ProblemType.INVALID_REQUEST);
            assertThat(e.errors())
                    .containsExactly(new FieldError(
                            "reason", "say why you have a conflict of interest (at least 10 characters)"));
            assertThat(stage.declaration(routewise, eva)).isEmpty();
        }

        @Test
        void shouldRefuseToChangeADeclaration() {
            StageEvaluation stage = fixture.declaredNoConflict(routewise, eva).build();

            assertRefused(
                    () -> stage.declareConflict(routewise, eva, true, "I advised this company.", LATER),
                    ProblemType.CONFLICT,
                    "You declared on this proposal at " + NOW + "; a declaration never changes");
        }

        @Test
        void shouldRefuseADeclarationOnceTheStageIsDecided() {
            StageEvaluation stage = fixture.decided().build();

            assertRefused(
                    () -> stage.declareConflict(routewise, eva, false, null, LATER), ProblemType.CONFLICT, closed());
        }

        @Test
        void shouldRefuseSomeoneThePanelDoesNotName() {
            StageEvaluation stage = fixture.build();

            assertRefused(
                    () -> stage.declareConflict(routewise, UUID.randomUUID(), false, null, LATER),
                    ProblemType.NOT_FOUND,
                    "Evaluation of challenge " + fixture.challengeId() + " was not found");
        }

        @Test
        void shouldRefuseAProposalOutsideTheStage() {
            StageEvaluation stage = fixture.build();
            UUID elsewhere = UUID.randomUUID();

            assertRefused(
                    () -> stage.declareConflict(elsewhere, eva, false, null, LATER),
                    ProblemType.NOT_FOUND,
                    "Proposal " + elsewhere + " on your panel was not found");
        }
    }

    @Nested
    class SavingAScore {

        @Test
        void shouldStartADraftOnTheFirstSave() {
            StageEvaluation stage = fixture.declaredNoConflict(routewise, eva).build();

            EvaluationScore score = stage.saveScore(
                    routewise,
                    eva,
                    null,
                    Map.of(Criterion.PROBLEM_SOLVING, new EvaluationScore.Mark(7, "  " + JUSTIFICATION)),
                    LATER);

            assertThat(score.status).isEqualTo(ScoreStatus.DRAFT);
            assertThat(score.marks())
                    .containsEntry(Criterion.PROBLEM_SOLVING, new EvaluationScore.Mark(7, JUSTIFICATION))
                    .containsEntry(Criterion.TEAM_MOTIVATION, new EvaluationScore.Mark(null, null));
            assertThat(stage.score(routewise, eva)).containsSame(score);
        }

        @Test
        void shouldReplaceTheMarksOfTheDraftOnTheNextSave() {
            StageEvaluation stage = fixture.declaredNoConflict(routewise, eva).build();
            EvaluationScore first = stage.saveScore(routewise, eva, null, marks(7, 6, 5), NOW);

            EvaluationScore second = stage.saveScore(routewise, eva, 0L, marks(8, 6, 5), LATER);

            assertThat(second).isSameAs(first);
            assertThat(second.points(Criterion.PROBLEM_SOLVING)).isEqualTo(8);
            assertThat(second.updatedAt).isEqualTo(LATER);
        }

        @Test
        void shouldRefuseAScoreBeforeTheConflictDeclaration() {
            StageEvaluation stage = fixture.build();

            assertRefused(
                    () -> stage.saveScore(routewise, eva, null, marks(7, 6, 5), LATER),
                    ProblemType.CONFLICT,
                    "Declare whether you have a conflict of interest with this proposal first");
        }

        @Test
        void shouldRefuseAScoreFromARecusedEvaluator() {
            StageEvaluation stage = fixture.declaredConflict(routewise, eva).build();

            assertRefused(
                    () -> stage.saveScore(routewise, eva, null, marks(7, 6, 5), LATER),
                    ProblemType.NOT_FOUND,
                    "Proposal " + routewise + " on your panel was not found");
        }

        @Test
        void shouldRefuseAScoreOnceTheStageIsDecided() {
            StageEvaluation stage =
                    fixture.declaredNoConflict(routewise, eva).decided().build();

            assertRefused(
                    () -> stage.saveScore(routewise, eva, null, marks(7, 6, 5), LATER), ProblemType.CONFLICT, closed());
        }

        @Test
        void shouldRefuseAScoreSavedOverAnotherVersion() {
            StageEvaluation stage = fixture.declaredNoConflict(routewise, eva).build();

            assertRefused(
                    () -> stage.saveScore(routewise, eva, 3L, marks(7, 6, 5), LATER),
                    ProblemType.PRECONDITION_FAILED,
                    "The score changed since you read it");
        }

        @Test
        void shouldRefuseToChangeASubmittedScore() {
            StageEvaluation stage = fixture.submitted(routewise, eva, 7, 6, 5).build();

            assertRefused(
                    () -> stage.saveScore(routewise, eva, null, marks(9, 9, 9), LATER),
                    ProblemType.CONFLICT,
                    "This score was submitted at " + NOW + " and never changes");
        }
    }

    @Nested
    class SubmittingAScore {

        @Test
        void shouldSubmitACompleteDraftForGood() {
            StageEvaluation stage = fixture.declaredNoConflict(routewise, eva).build();
            stage.saveScore(routewise, eva, null, marks(7, 6, 5), NOW);

            EvaluationScore score = stage.submitScore(routewise, eva, LATER);

            assertThat(score.isSubmitted()).isTrue();
            assertThat(score.submittedAt).isEqualTo(LATER);
            assertThat(stage.submittedScores(routewise)).containsExactly(score);
        }

        @Test
        void shouldRefuseToSubmitWhatWasNeverSaved() {
            StageEvaluation stage = fixture.declaredNoConflict(routewise, eva).build();

            ProblemException e = refusal(() -> stage.submitScore(routewise, eva, LATER));

            assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION);
            assertThat(e.getMessage()).isEqualTo("Save a score before submitting it");
            assertThat(e.errors()).isEmpty();
        }

        @Test
        void shouldRefuseAnIncompleteScoreNamingEachGap() {
            StageEvaluation stage = fixture.declaredNoConflict(routewise, eva).build();
            Map<Criterion, EvaluationScore.Mark> partial = new EnumMap<>(marks(7, 6, 5));
            partial.put(Criterion.TEAM_MOTIVATION, new EvaluationScore.Mark(6, null));
            partial.remove(Criterion.IMPLEMENTATION_COST);
            stage.saveScore(routewise, eva, null, partial, NOW);

            ProblemException e = refusal(() -> stage.submitScore(routewise, eva, LATER));

            assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION);
            assertThat(e.getMessage()).isEqualTo("The score is not complete yet");
            assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly(
                            "teamMotivation.justification",
                            "implementationCost.points",
                            "implementationCost.justification");
            assertThat(stage.score(routewise, eva).orElseThrow().isSubmitted()).isFalse();
        }

        @Test
        void shouldRefuseToSubmitTwice() {
            StageEvaluation stage = fixture.submitted(routewise, eva, 7, 6, 5).build();

            assertRefused(
                    () -> stage.submitScore(routewise, eva, LATER),
                    ProblemType.CONFLICT,
                    "This score was submitted at " + NOW + " and never changes");
        }

        @Test
        void shouldRefuseToSubmitBeforeTheConflictDeclaration() {
            StageEvaluation stage = fixture.build();

            assertRefused(
                    () -> stage.submitScore(routewise, eva, LATER),
                    ProblemType.CONFLICT,
                    "Declare whether you have a conflict of interest with this proposal first");
        }

        @Test
        void shouldRefuseToSubmitADraftOnceTheStageIsDecided() {
            StageEvaluation stage =
                    fixture.drafted(routewise, eva, 7, 6, 5).decided().build();

            assertRefused(() -> stage.submitScore(routewise, eva, LATER), ProblemType.CONFLICT, closed());
        }
    }

    @Nested
    class RecordingAConsensus {

        private final Map<Criterion, ConsensusScore.Agreement> agreement =
                Map.of(Criterion.PROBLEM_SOLVING, new ConsensusScore.Agreement(6, "  We settled on the middle.  "));

        private StageEvaluationFixture fullyScored() {
            return fixture.submitted(routewise, chair, 4, 6, 5).submitted(routewise, eva, 8, 6, 5);
        }

        @Test
        void shouldRecordTheChairsConsensusOnAWideSpread() {
            StageEvaluation stage = fullyScored().build();
            assertThat(stage.flagged(routewise, Criterion.PROBLEM_SOLVING)).isTrue();

            List<ConsensusScore> recorded = stage.recordConsensus(routewise, chair, agreement, LATER);

            assertThat(recorded).singleElement().satisfies(c -> {
                assertThat(c.criterion).isEqualTo(Criterion.PROBLEM_SOLVING);
                assertThat(c.points).isEqualTo(6);
                assertThat(c.reason).isEqualTo("We settled on the middle.");
                assertThat(c.recordedBy).isEqualTo(chair);
            });
            assertThat(stage.consensus(routewise)).containsOnlyKeys(Criterion.PROBLEM_SOLVING);
            assertThat(stage.ranking().missing()).noneMatch(m -> routewise.equals(m.proposalId()));
        }

        @Test
        void shouldReviseAConsensusUntilTheDecision() {
            StageEvaluation stage = fullyScored()
                    .agreed(routewise, chair, Criterion.PROBLEM_SOLVING, 5)
                    .build();
            ConsensusScore before = stage.consensus(routewise).get(Criterion.PROBLEM_SOLVING);

            List<ConsensusScore> recorded = stage.recordConsensus(routewise, chair, agreement, LATER);

            assertThat(recorded).singleElement().isSameAs(before);
            assertThat(before.points).isEqualTo(6);
            assertThat(before.recordedAt).isEqualTo(LATER);
        }

        @Test
        void shouldRefuseAConsensusFromAnEvaluatorWhoDoesNotChair() {
            StageEvaluation stage = fullyScored().build();

            assertRefused(
                    () -> stage.recordConsensus(routewise, eva, agreement, LATER),
                    ProblemType.FORBIDDEN,
                    "Only the panel's chair records a consensus");
        }

        @Test
        void shouldRefuseAConsensusBeforeEveryScoreIsIn() {
            StageEvaluation stage = fixture.submitted(routewise, chair, 4, 6, 5).build();

            assertRefused(
                    () -> stage.recordConsensus(routewise, chair, agreement, LATER),
                    ProblemType.CONFLICT,
                    "Every unconflicted evaluator must submit a score before the chair records a consensus");
        }

        @Test
        void shouldRefuseAConsensusOnNoCriterion() {
            StageEvaluation stage = fullyScored().build();

            ProblemException e = refusal(() -> stage.recordConsensus(routewise, chair, Map.of(), LATER));

            assertThat(e.type()).isEqualTo(ProblemType.INVALID_REQUEST);
            assertThat(e.errors())
                    .containsExactly(new FieldError("body", "give a consensus for at least one criterion"));
        }

        @Test
        void shouldRefuseAConsensusOnAProposalTheChairIsRecusedFrom() {
            StageEvaluation stage = fixture.declaredConflict(solarbyte, chair).build();

            assertRefused(
                    () -> stage.recordConsensus(solarbyte, chair, agreement, LATER),
                    ProblemType.NOT_FOUND,
                    "Proposal " + solarbyte + " on your panel was not found");
        }

        @Test
        void shouldRefuseAConsensusOnceTheStageIsDecided() {
            StageEvaluation stage = fullyScored().decided().build();

            assertRefused(
                    () -> stage.recordConsensus(routewise, chair, agreement, LATER), ProblemType.CONFLICT, closed());
        }
    }
}
