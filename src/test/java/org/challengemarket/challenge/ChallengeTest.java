package org.challengemarket.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.organisation.OrganisationType;
import org.challengemarket.platform.error.Problem.FieldError;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.money.Money;
import org.junit.jupiter.api.Test;

/** The challenge aggregate's lifecycle rules, without a container. */
class ChallengeTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private static final PublicationRules RULES = new PublicationRules(
            Money.eur("30000.00"), Duration.ofDays(15), Duration.ofDays(7), Set.of("nl", "fr", "de", "en"));
    private static final Organisation AGENCY = new Organisation("City of Leuven", OrganisationType.AGENCY, NOW);

    private static ChallengeContent complete() {
        return content(new Weights(50, 30, 20), Money.eur("40000.00"), stages(NOW.plus(Duration.ofDays(30))));
    }

    private static List<Stage> stages(Instant firstDeadline) {
        Instant d2 = firstDeadline.plus(Duration.ofDays(30));
        return List.of(
                new Stage(1, StageKind.EXPRESSION_OF_INTEREST, NOW, firstDeadline, 6),
                new Stage(2, StageKind.FULL_PROPOSAL, firstDeadline, d2, 3),
                new Stage(3, StageKind.PITCH, d2, d2.plus(Duration.ofDays(14)), null));
    }

    private static ChallengeContent content(Weights weights, Money budget, List<Stage> stages) {
        return new ChallengeContent(
                "Quieter night buses",
                "Night buses wake people up along the route.",
                "Twelve lines, diesel and electric.",
                "Fewer complaints in a three-month pilot.",
                "mobility",
                budget,
                2,
                List.of("nl", "fr"),
                stages,
                weights);
    }

    private static List<String> refusedFields(Runnable action) {
        try {
            action.run();
        } catch (ProblemException e) {
            assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION);
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void newDraftWithoutStagesGetsTheThreeDefaultStages() {
        Challenge draft = Challenge.draft(AGENCY, content(null, null, null), NOW);
        assertThat(draft.status).isEqualTo(ChallengeStatus.DRAFT);
        assertThat(draft.stages)
                .extracting(s -> s.kind)
                .containsExactly(StageKind.EXPRESSION_OF_INTEREST, StageKind.FULL_PROPOSAL, StageKind.PITCH);
    }

    @Test
    void completeDraftIsPublished() {
        Challenge challenge = Challenge.draft(AGENCY, complete(), NOW);
        challenge.publish(NOW, RULES);
        assertThat(challenge.status).isEqualTo(ChallengeStatus.PUBLISHED);
        assertThat(challenge.publishedAt).isEqualTo(NOW);
        assertThat(challenge.deadline).isEqualTo(NOW.plus(Duration.ofDays(30)));
    }

    @Test
    void publishingAnEmptyDraftListsEveryMissingField() {
        Challenge draft = Challenge.draft(
                AGENCY,
                new ChallengeContent("Only a title", null, null, null, null, null, null, null, null, null),
                NOW);
        assertThat(refusedFields(() -> draft.publish(NOW, RULES)))
                .contains(
                        "problemStatement",
                        "context",
                        "expectedOutcomes",
                        "sector",
                        "languages",
                        "numberOfPilots",
                        "budget",
                        "weights.problemSolving",
                        "stages[0].opensAt",
                        "stages[0].deadline",
                        "stages[0].shortlistSize");
        assertThat(draft.status).isEqualTo(ChallengeStatus.DRAFT);
    }

    @Test
    void weightsMustSumToOneHundred() {
        Challenge draft = Challenge.draft(
                AGENCY,
                content(new Weights(50, 30, 30), Money.eur("40000.00"), stages(NOW.plus(Duration.ofDays(30)))),
                NOW);
        assertThat(refusedFields(() -> draft.publish(NOW, RULES))).containsExactly("weights");
    }

    @Test
    void budgetMustBePositiveAndWithinTheCapPerPilot() {
        Challenge zero = Challenge.draft(
                AGENCY, content(new Weights(50, 30, 20), Money.eur("0"), stages(NOW.plus(Duration.ofDays(30)))), NOW);
        assertThat(refusedFields(() -> zero.publish(NOW, RULES))).containsExactly("budget.amount");

        Challenge tooMuch = Challenge.draft(
                AGENCY,
                content(new Weights(50, 30, 20), Money.eur("60000.01"), stages(NOW.plus(Duration.ofDays(30)))),
                NOW);
        assertThat(refusedFields(() -> tooMuch.publish(NOW, RULES))).containsExactly("budget.amount");

        Challenge dollars = Challenge.draft(
                AGENCY,
                content(
                        new Weights(50, 30, 20),
                        new Money(new java.math.BigDecimal("100"), "USD"),
                        stages(NOW.plus(Duration.ofDays(30)))),
                NOW);
        assertThat(refusedFields(() -> dollars.publish(NOW, RULES))).containsExactly("budget.currency");
    }

    @Test
    void firstStageMustStayOpenTheMinimumPeriod() {
        Challenge rushed = Challenge.draft(
                AGENCY,
                content(new Weights(50, 30, 20), Money.eur("40000.00"), stages(NOW.plus(Duration.ofDays(14)))),
                NOW);
        assertThat(refusedFields(() -> rushed.publish(NOW, RULES))).containsExactly("stages[0].deadline");
    }

    @Test
    void stagesMustBeOrderedAndInTheFuture() {
        Instant d1 = NOW.plus(Duration.ofDays(30));
        List<Stage> overlapping = List.of(
                new Stage(1, StageKind.EXPRESSION_OF_INTEREST, NOW, d1, 6),
                new Stage(2, StageKind.FULL_PROPOSAL, d1.minus(Duration.ofDays(1)), d1.plus(Duration.ofDays(9)), 3));
        Challenge challenge =
                Challenge.draft(AGENCY, content(new Weights(50, 30, 20), Money.eur("40000.00"), overlapping), NOW);
        assertThat(refusedFields(() -> challenge.publish(NOW, RULES))).containsExactly("stages[1].opensAt");

        Challenge past = Challenge.draft(AGENCY, complete(), NOW);
        Instant later = NOW.plus(Duration.ofDays(200));
        assertThat(refusedFields(() -> past.publish(later, RULES)))
                .contains("stages[0].deadline", "stages[1].opensAt", "stages[2].deadline");
    }

    @Test
    void onlyDraftsAreEditedAndPublished() {
        Challenge challenge = Challenge.draft(AGENCY, complete(), NOW);
        challenge.publish(NOW, RULES);
        assertThatThrownBy(() -> challenge.edit(complete(), NOW))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        assertThatThrownBy(() -> challenge.publish(NOW, RULES))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
    }

    @Test
    void amendmentRecordsEachChangeAndNeverShortensADeadline() {
        Challenge challenge = Challenge.draft(AGENCY, complete(), NOW);
        challenge.publish(NOW, RULES);
        Instant later = challenge.stages.get(0).deadline.plus(Duration.ofDays(2));
        List<Amendment.Change> changes = challenge.amend(
                new Amendment(
                        "Longer first stage and a clearer title",
                        false,
                        "Quieter night buses in Leuven",
                        null,
                        null,
                        null,
                        List.of(new Amendment.StageChange(1, null, later))),
                NOW.plus(Duration.ofDays(1)),
                RULES);
        assertThat(changes)
                .extracting(Amendment.Change::field)
                .containsExactly(
                        "title",
                        "stages[0].deadline",
                        "stages[1].opensAt",
                        "stages[1].deadline",
                        "stages[2].opensAt",
                        "stages[2].deadline");
        assertThat(challenge.deadline).isEqualTo(later);

        Instant earlier = later.minus(Duration.ofDays(5));
        assertThat(refusedFields(() -> challenge.amend(
                        new Amendment(
                                "Shorter first stage please",
                                false,
                                null,
                                null,
                                null,
                                null,
                                List.of(new Amendment.StageChange(1, null, earlier))),
                        NOW.plus(Duration.ofDays(1)),
                        RULES)))
                .containsExactly("stages[0].deadline");
    }

    @Test
    void materialAmendmentKeepsTheOpenStageOpenAndShiftsLaterStages() {
        Challenge challenge = Challenge.draft(AGENCY, complete(), NOW);
        challenge.publish(NOW, RULES);
        Instant threeDaysBefore = challenge.stages.get(0).deadline.minus(Duration.ofDays(3));
        Instant secondOpens = challenge.stages.get(1).opensAt;

        challenge.amend(
                new Amendment(
                        "The expected outcomes now include accessibility",
                        true,
                        null,
                        null,
                        null,
                        "Fewer complaints and step-free boarding.",
                        List.of()),
                threeDaysBefore,
                RULES);

        assertThat(challenge.stages.get(0).deadline).isEqualTo(threeDaysBefore.plus(Duration.ofDays(7)));
        assertThat(challenge.stages.get(1).opensAt).isEqualTo(secondOpens.plus(Duration.ofDays(4)));
        assertThat(challenge.deadline).isEqualTo(challenge.stages.get(0).deadline);
    }

    @Test
    void amendmentThatChangesNothingIsRefused() {
        Challenge challenge = Challenge.draft(AGENCY, complete(), NOW);
        challenge.publish(NOW, RULES);
        assertThat(refusedFields(() -> challenge.amend(
                        new Amendment("Nothing really changes", false, null, null, null, null, List.of()), NOW, RULES)))
                .containsExactly("body");
    }

    @Test
    void cancellationNeedsAPublicReasonAndIsFinal() {
        Challenge challenge = Challenge.draft(AGENCY, complete(), NOW);
        assertThatThrownBy(() -> challenge.cancel("Budget cut for this year.", NOW))
                .isInstanceOf(ProblemException.class);
        challenge.publish(NOW, RULES);
        assertThatThrownBy(() -> challenge.cancel("short", NOW)).isInstanceOf(ProblemException.class);
        challenge.cancel("Budget cut for this year.", NOW);
        assertThat(challenge.status).isEqualTo(ChallengeStatus.CANCELLED);
        assertThat(challenge.cancellationReason).isEqualTo("Budget cut for this year.");
        assertThatThrownBy(() -> challenge.cancel("Cancelled once more, by mistake.", NOW))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> challenge.amend(
                        new Amendment("Too late to amend now", false, "New title", null, null, null, List.of()),
                        NOW,
                        RULES))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void evaluationBeginsOnlyAfterTheFirstDeadline() {
        Challenge challenge = Challenge.draft(AGENCY, complete(), NOW);
        challenge.publish(NOW, RULES);
        assertThatThrownBy(() -> challenge.beginEvaluation(NOW)).isInstanceOf(ProblemException.class);
        challenge.beginEvaluation(NOW.plus(Duration.ofDays(31)));
        assertThat(challenge.status).isEqualTo(ChallengeStatus.IN_EVALUATION);
    }

    @Test
    void statusTransitionsFollowTheLifecycle() {
        assertThat(ChallengeStatus.DRAFT.next()).containsExactly(ChallengeStatus.PUBLISHED);
        assertThat(ChallengeStatus.CANCELLED.next()).isEmpty();
        assertThat(ChallengeStatus.CLOSED.next()).isEmpty();
        assertThat(ChallengeStatus.PUBLISHED.canMoveTo(ChallengeStatus.CANCELLED))
                .isTrue();
        assertThat(ChallengeStatus.AWARDED.canMoveTo(ChallengeStatus.CANCELLED)).isFalse();
    }
}
