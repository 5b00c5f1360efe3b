package org.challengemarket.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.challengemarket.support.Refusals.fields;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.challengemarket.platform.error.Problem.FieldError;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.error.RuleViolations;
import org.junit.jupiter.api.Test;

/** {@link StageSchedule}: a challenge's stage dates and their rules, without a container. */
class StageScheduleTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration MINIMUM_OPEN = Duration.ofDays(15);
    private static final Instant D1 = NOW.plus(Duration.ofDays(20));
    private static final Instant D2 = D1.plus(Duration.ofDays(30));
    private static final Instant D3 = D2.plus(Duration.ofDays(14));

    /** Three stages back to back: the first open from now until D1, then D1–D2 and D2–D3. */
    private static StageSchedule threeStages() {
        return StageSchedule.of(List.of(
                new Stage(1, StageKind.EXPRESSION_OF_INTEREST, NOW, D1, 6),
                new Stage(2, StageKind.FULL_PROPOSAL, D1, D2, 3),
                new Stage(3, StageKind.PITCH, D2, D3, null)));
    }

    private static List<FieldError> publicationRefusals(StageSchedule schedule, Integer pilots, Instant now) {
        RuleViolations v = new RuleViolations();
        schedule.checkPublishable(v, pilots, now, MINIMUM_OPEN);
        return v.errors();
    }

    private static Amendment.StageChange deadline(int position, Instant deadline) {
        return new Amendment.StageChange(position, null, deadline);
    }

    private static Amendment.StageChange opening(int position, Instant opensAt) {
        return new Amendment.StageChange(position, opensAt, null);
    }

    // ---- building and reading ------------------------------------------------------------------

    @Test
    void shouldNumberStagesInTheOrderGiven() {
        StageSchedule schedule = StageSchedule.of(List.of(
                new Stage(7, StageKind.FULL_PROPOSAL, NOW, D1, 3), new Stage(2, StageKind.PITCH, D1, D2, null)));

        assertThat(schedule).extracting(s -> s.position).containsExactly(1, 2);
        assertThat(schedule).extracting(s -> s.kind).containsExactly(StageKind.FULL_PROPOSAL, StageKind.PITCH);
        assertThat(schedule.size()).isEqualTo(2);
    }

    @Test
    void shouldReplaceEveryStageWithCopies() {
        Stage given = new Stage(1, StageKind.PITCH, NOW, D1, null);
        StageSchedule schedule = threeStages();

        schedule.replace(List.of(given));
        given.deadline = D3;

        assertThat(schedule.size()).isEqualTo(1);
        assertThat(schedule.get(0).kind).isEqualTo(StageKind.PITCH);
        assertThat(schedule.firstDeadline()).isEqualTo(D1);
    }

    @Test
    void shouldFindAStageByItsPositionOnly() {
        StageSchedule schedule = threeStages();

        assertThat(schedule.at(2))
                .hasValueSatisfying(s -> assertThat(s.deadline).isEqualTo(D2));
        assertThat(schedule.at(0)).isEmpty();
        assertThat(schedule.at(4)).isEmpty();
    }

    @Test
    void shouldHaveNoDeadlineToEnterWithoutStages() {
        StageSchedule empty = StageSchedule.of(List.of());

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.firstDeadline()).isNull();
        assertThat(threeStages().firstDeadline()).isEqualTo(D1);
    }

    @Test
    void shouldBeOpenForEntryOnlyWhileTheFirstStageIsOpen() {
        StageSchedule schedule = threeStages();

        assertThat(schedule.entryOpenAt(NOW.minusSeconds(1))).isFalse();
        assertThat(schedule.entryOpenAt(NOW)).isTrue();
        assertThat(schedule.entryOpenAt(D1)).isFalse();
        assertThat(StageSchedule.of(List.of()).entryOpenAt(NOW)).isFalse();
    }

    @Test
    void shouldCloseEntryAtTheFirstDeadline() {
        StageSchedule schedule = threeStages();

        assertThat(schedule.entryClosedAt(D1.minusSeconds(1))).isFalse();
        assertThat(schedule.entryClosedAt(D1)).isTrue();
    }

    // ---- publication ---------------------------------------------------------------------------

    @Test
    void shouldAcceptACompleteOrderedScheduleForPublication() {
        assertThat(publicationRefusals(threeStages(), 2, NOW)).isEmpty();
    }

    @Test
    void shouldRefuseToPublishWithoutStages() {
        assertThat(publicationRefusals(StageSchedule.of(List.of()), 2, NOW))
                .containsExactly(new FieldError("stages", "name at least one stage"));
    }

    @Test
    void shouldRefuseToPublishStagesWithoutDatesOrShortlistSize() {
        StageSchedule schedule = StageSchedule.of(List.of(
                new Stage(1, StageKind.EXPRESSION_OF_INTEREST, null, null, null),
                new Stage(2, StageKind.PITCH, null, null, null)));

        assertThat(fields(publicationRefusals(schedule, 2, NOW)))
                .containsExactly(
                        "stages[0].opensAt",
                        "stages[0].deadline",
                        "stages[0].shortlistSize",
                        "stages[1].opensAt",
                        "stages[1].deadline");
    }

    @Test
    void shouldRefuseAShortlistSmallerThanTheNumberOfPilots() {
        StageSchedule schedule = StageSchedule.of(List.of(
                new Stage(1, StageKind.EXPRESSION_OF_INTEREST, NOW, D1, 1),
                new Stage(2, StageKind.PITCH, D1, D2, null)));

        assertThat(publicationRefusals(schedule, 2, NOW))
                .containsExactly(
                        new FieldError("stages[0].shortlistSize", "must be at least the number of pilots (2)"));
    }

    @Test
    void shouldRefuseToPublishPastDeadlinesAndOpeningsOfLaterStages() {
        Instant later = D3.plus(DAY);

        assertThat(publicationRefusals(threeStages(), 2, later))
                .contains(
                        new FieldError("stages[0].deadline", "must be in the future"),
                        new FieldError("stages[1].opensAt", "must be in the future"),
                        new FieldError("stages[2].deadline", "must be in the future"));
    }

    @Test
    void shouldRefuseAStageThatClosesBeforeItOpens() {
        StageSchedule schedule = StageSchedule.of(List.of(
                new Stage(1, StageKind.EXPRESSION_OF_INTEREST, NOW, D1, 6),
                new Stage(2, StageKind.PITCH, D2, D1.plus(DAY), null)));

        assertThat(publicationRefusals(schedule, 2, NOW))
                .containsExactly(new FieldError("stages[1].deadline", "must be after the stage opens"));
    }

    @Test
    void shouldRefuseAStageOpeningBeforeThePreviousDeadline() {
        StageSchedule schedule = StageSchedule.of(List.of(
                new Stage(1, StageKind.EXPRESSION_OF_INTEREST, NOW, D1, 6),
                new Stage(2, StageKind.PITCH, D1.minus(DAY), D2, null)));

        assertThat(publicationRefusals(schedule, 2, NOW))
                .containsExactly(
                        new FieldError("stages[1].opensAt", "must not be before the previous stage's deadline"));
    }

    @Test
    void shouldRefuseAFirstStageOpenShorterThanTheMinimumPeriod() {
        StageSchedule rushed = StageSchedule.of(List.of(
                new Stage(1, StageKind.PITCH, NOW, NOW.plus(MINIMUM_OPEN).minusSeconds(1), null)));
        StageSchedule lateOpening = StageSchedule.of(List.of(
                new Stage(1, StageKind.PITCH, NOW.plus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(24)), null)));

        assertThat(publicationRefusals(rushed, 2, NOW))
                .containsExactly(new FieldError("stages[0].deadline", "must leave the stage open at least 15 days"));
        assertThat(fields(publicationRefusals(lateOpening, 2, NOW))).containsExactly("stages[0].deadline");
    }

    @Test
    void shouldOpenAnOverdueFirstStageAtPublication() {
        StageSchedule schedule = threeStages();

        schedule.publishAt(NOW.plus(DAY));

        assertThat(schedule.get(0).opensAt).isEqualTo(NOW.plus(DAY));
    }

    @Test
    void shouldKeepAFutureOpeningAtPublication() {
        StageSchedule schedule = threeStages();

        schedule.publishAt(NOW.minus(DAY));

        assertThat(schedule.get(0).opensAt).isEqualTo(NOW);
    }

    // ---- amendments ----------------------------------------------------------------------------

    @Test
    void shouldExtendADeadlineByAmendmentAndPushLaterStages() {
        StageSchedule schedule = threeStages();
        RuleViolations v = new RuleViolations();

        List<Amendment.Change> changes = schedule.amend(List.of(deadline(1, D1.plus(DAY))), NOW, v);

        assertThat(v.isEmpty()).isTrue();
        assertThat(changes)
                .containsExactly(
                        new Amendment.Change(
                                "stages[0].deadline",
                                D1.toString(),
                                D1.plus(DAY).toString()),
                        new Amendment.Change(
                                "stages[1].opensAt", D1.toString(), D1.plus(DAY).toString()),
                        new Amendment.Change(
                                "stages[1].deadline",
                                D2.toString(),
                                D2.plus(DAY).toString()),
                        new Amendment.Change(
                                "stages[2].opensAt", D2.toString(), D2.plus(DAY).toString()),
                        new Amendment.Change(
                                "stages[2].deadline",
                                D3.toString(),
                                D3.plus(DAY).toString()));
        assertThat(schedule).extracting(s -> s.deadline).containsExactly(D1.plus(DAY), D2.plus(DAY), D3.plus(DAY));
    }

    @Test
    void shouldMoveTheOpeningOfAStageNotYetOpen() {
        StageSchedule schedule = threeStages();
        RuleViolations v = new RuleViolations();

        List<Amendment.Change> changes = schedule.amend(List.of(opening(3, D2.plus(DAY))), NOW, v);

        assertThat(v.isEmpty()).isTrue();
        assertThat(changes)
                .containsExactly(new Amendment.Change(
                        "stages[2].opensAt", D2.toString(), D2.plus(DAY).toString()));
        assertThat(schedule.get(2).opensAt).isEqualTo(D2.plus(DAY));
    }

    @Test
    void shouldIgnoreRequestedDatesThatAreAlreadyTheStagesDates() {
        StageSchedule schedule = threeStages();
        RuleViolations v = new RuleViolations();

        List<Amendment.Change> changes = schedule.amend(List.of(new Amendment.StageChange(2, D1, D2)), NOW, v);

        assertThat(v.isEmpty()).isTrue();
        assertThat(changes).isEmpty();
    }

    @Test
    void shouldRefuseToAmendAStageThatDoesNotExist() {
        RuleViolations v = new RuleViolations();

        threeStages().amend(List.of(deadline(2, D2.plus(DAY)), deadline(4, D3.plus(DAY))), NOW, v);

        assertThat(v.errors()).containsExactly(new FieldError("stages[1].position", "there is no stage 4"));
    }

    @Test
    void shouldRefuseToAmendTheDatesOfAClosedStage() {
        StageSchedule schedule = threeStages();
        RuleViolations v = new RuleViolations();

        schedule.amend(List.of(deadline(1, D1.plus(DAY))), D1, v);

        assertThat(v.errors())
                .containsExactly(new FieldError("stages[0].position", "stage 1 has closed; its dates are final"));
        assertThat(schedule.get(0).deadline).isEqualTo(D1);
    }

    @Test
    void shouldRefuseToMoveTheOpeningOfAnOpenStage() {
        StageSchedule schedule = threeStages();
        RuleViolations v = new RuleViolations();

        schedule.amend(List.of(opening(1, NOW.plus(DAY))), NOW.plus(DAY), v);

        assertThat(v.errors()).containsExactly(new FieldError("stages[0].opensAt", "stage 1 is already open"));
        assertThat(schedule.get(0).opensAt).isEqualTo(NOW);
    }

    @Test
    void shouldRefuseToMoveAnOpeningIntoThePast() {
        RuleViolations v = new RuleViolations();

        threeStages().amend(List.of(opening(2, NOW.minus(DAY))), NOW, v);

        assertThat(v.errors()).containsExactly(new FieldError("stages[0].opensAt", "must be in the future"));
    }

    @Test
    void shouldRefuseToShortenADeadline() {
        StageSchedule schedule = threeStages();
        RuleViolations v = new RuleViolations();

        schedule.amend(List.of(deadline(2, D2.minus(DAY))), NOW, v);

        assertThat(v.errors())
                .containsExactly(
                        new FieldError("stages[0].deadline", "an amendment may extend a deadline, never shorten it"));
        assertThat(schedule.get(1).deadline).isEqualTo(D2);
    }

    @Test
    void shouldRefuseAnOpeningMovedPastTheStagesDeadline() {
        RuleViolations v = new RuleViolations();

        threeStages().amend(List.of(opening(3, D3.plus(DAY))), NOW, v);

        assertThat(v.errors()).containsExactly(new FieldError("stages[2].deadline", "must be after the stage opens"));
    }

    @Test
    void shouldKeepTheOpenStageOpenAfterAMaterialAmendment() {
        StageSchedule schedule = threeStages();
        Instant threeDaysBefore = D1.minus(Duration.ofDays(3));

        List<Amendment.Change> changes = schedule.keepOpenStageOpen(threeDaysBefore, Duration.ofDays(7));

        Instant earliest = threeDaysBefore.plus(Duration.ofDays(7));
        assertThat(changes)
                .extracting(Amendment.Change::field)
                .containsExactly(
                        "stages[0].deadline",
                        "stages[1].opensAt",
                        "stages[1].deadline",
                        "stages[2].opensAt",
                        "stages[2].deadline");
        assertThat(schedule.get(0).deadline).isEqualTo(earliest);
        assertThat(schedule.get(1).opensAt).isEqualTo(earliest);
        assertThat(schedule.get(2).deadline).isEqualTo(D3.plus(Duration.ofDays(4)));
    }

    @Test
    void shouldKeepTheNextOpenStageOpenOnceTheFirstHasClosed() {
        StageSchedule schedule = threeStages();
        Instant dayBeforeSecondCloses = D2.minus(DAY);

        List<Amendment.Change> changes = schedule.keepOpenStageOpen(dayBeforeSecondCloses, Duration.ofDays(7));

        assertThat(changes).extracting(Amendment.Change::field).startsWith("stages[1].deadline");
        assertThat(schedule.get(0).deadline).isEqualTo(D1);
        assertThat(schedule.get(1).deadline).isEqualTo(dayBeforeSecondCloses.plus(Duration.ofDays(7)));
    }

    @Test
    void shouldLeaveAStageOpenLongEnoughAsItIs() {
        StageSchedule schedule = threeStages();

        assertThat(schedule.keepOpenStageOpen(NOW, Duration.ofDays(7))).isEmpty();
        assertThat(schedule.keepOpenStageOpen(D3, Duration.ofDays(7))).isEmpty();
        assertThat(schedule).extracting(s -> s.deadline).containsExactly(D1, D2, D3);
    }

    // ---- deadline extensions -------------------------------------------------------------------

    @Test
    void shouldExtendAnOpenStagesDeadlineAndPushLaterStages() {
        StageSchedule schedule = threeStages();

        List<Amendment.Change> changes = schedule.extendDeadline(2, D2.plus(DAY), D1.plus(DAY));

        assertThat(changes)
                .containsExactly(
                        new Amendment.Change(
                                "stages[1].deadline",
                                D2.toString(),
                                D2.plus(DAY).toString()),
                        new Amendment.Change(
                                "stages[2].opensAt", D2.toString(), D2.plus(DAY).toString()),
                        new Amendment.Change(
                                "stages[2].deadline",
                                D3.toString(),
                                D3.plus(DAY).toString()));
        assertThat(schedule).extracting(s -> s.deadline).containsExactly(D1, D2.plus(DAY), D3.plus(DAY));
    }

    @Test
    void shouldRefuseToExtendAClosedStagesDeadline() {
        StageSchedule schedule = threeStages();

        assertThatThrownBy(() -> schedule.extendDeadline(1, D1.plus(DAY), D1))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
                    assertThat(e.getMessage()).isEqualTo("Stage 1 closed at " + D1 + "; its dates are final");
                });
        assertThat(schedule.get(0).deadline).isEqualTo(D1);
    }

    @Test
    void shouldRefuseAnExtensionThatIsNotLater() {
        StageSchedule schedule = threeStages();

        assertThatThrownBy(() -> schedule.extendDeadline(1, D1, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> schedule.extendDeadline(1, D1.minusSeconds(1), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(schedule.get(0).deadline).isEqualTo(D1);
    }

    @Test
    void shouldRefuseToExtendAStageThatDoesNotExist() {
        assertThatThrownBy(() -> threeStages().extendDeadline(0, D1.plus(DAY), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> threeStages().extendDeadline(4, D3.plus(DAY), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
