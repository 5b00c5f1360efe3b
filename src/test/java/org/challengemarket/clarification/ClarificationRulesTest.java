package org.challengemarket.clarification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeContent;
import org.challengemarket.challenge.PublicationRules;
import org.challengemarket.challenge.Stage;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.challenge.Weights;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.organisation.OrganisationType;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.money.Money;
import org.junit.jupiter.api.Test;

/** The question cut-off and answer lead-time arithmetic, without a container. */
class ClarificationRulesTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private static final ClarificationRules RULES = new ClarificationRules(Duration.ofDays(10), Duration.ofDays(6));
    private static final PublicationRules PUBLICATION = new PublicationRules(
            Money.eur("30000.00"), Duration.ofDays(15), Duration.ofDays(7), Set.of("nl", "fr", "en"));
    private static final Organisation AGENCY = new Organisation("City of Mechelen", OrganisationType.AGENCY, NOW);

    /** Published at NOW; stage 1 closes in 16 days, stage 2 opens {@code gap} after it. */
    private static Challenge published(Duration gap) {
        Instant d1 = NOW.plus(Duration.ofDays(16));
        Instant d2 = d1.plus(gap).plus(Duration.ofDays(30));
        Challenge challenge = Challenge.draft(
                AGENCY,
                new ChallengeContent(
                        "Cooler school playgrounds",
                        "Playgrounds of concrete get too hot in June.",
                        "Forty schools, most with little shade.",
                        "Five degrees cooler in a summer pilot.",
                        "climate",
                        Money.eur("40000.00"),
                        2,
                        List.of("nl", "fr"),
                        List.of(
                                new Stage(1, StageKind.EXPRESSION_OF_INTEREST, NOW, d1, 6),
                                new Stage(2, StageKind.FULL_PROPOSAL, d1.plus(gap), d2, 3),
                                new Stage(3, StageKind.PITCH, d2, d2.plus(Duration.ofDays(14)), null)),
                        new Weights(50, 30, 20)),
                NOW);
        challenge.publish(NOW, PUBLICATION);
        return challenge;
    }

    private static Stage stage(Instant deadline) {
        return new Stage(1, StageKind.EXPRESSION_OF_INTEREST, NOW, deadline, 6);
    }

    @Test
    void questionsAreAboutTheOpenStageUntilTenDaysBeforeItsDeadline() {
        Challenge challenge = published(Duration.ZERO);
        Instant cutOff = challenge.stages.get(0).deadline.minus(Duration.ofDays(10));

        assertThat(RULES.stageTakingQuestions(challenge, NOW).position).isEqualTo(1);
        assertThat(RULES.stageTakingQuestions(challenge, cutOff.minusSeconds(1)).position)
                .isEqualTo(1);
        assertThat(RULES.questionsCloseAt(challenge.stages.get(0))).isEqualTo(cutOff);
    }

    @Test
    void questionAtOrAfterTheCutOffIsRefusedSayingWhenQuestionsClosed() {
        Challenge challenge = published(Duration.ZERO);
        Instant cutOff = challenge.stages.get(0).deadline.minus(Duration.ofDays(10));

        assertThatThrownBy(() -> RULES.stageTakingQuestions(challenge, cutOff))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION);
                    assertThat(e.getMessage())
                            .contains("stage 1")
                            .contains("closed at 2027-03-07 10:00 CET")
                            .contains("10 days before its deadline of 2027-03-17 10:00 CET");
                });
    }

    @Test
    void onceAStageHasClosedQuestionsAreAboutTheNextOne() {
        Challenge challenge = published(Duration.ZERO);
        Instant afterFirst = challenge.stages.get(0).deadline.plus(DAY);

        assertThat(RULES.stageTakingQuestions(challenge, afterFirst).position).isEqualTo(2);
    }

    @Test
    void inEvaluationQuestionsWaitUntilTheNextStageOpens() {
        Challenge challenge = published(Duration.ofDays(5));
        Instant firstDeadline = challenge.stages.get(0).deadline;
        challenge.beginEvaluation(firstDeadline.plus(DAY));

        assertThatThrownBy(() -> RULES.stageTakingQuestions(challenge, firstDeadline.plus(DAY)))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.getMessage()).contains("no stage is open"));
        assertThat(RULES.stageTakingQuestions(challenge, firstDeadline.plus(Duration.ofDays(6))).position)
                .isEqualTo(2);
    }

    @Test
    void cancelledChallengeTakesNoQuestions() {
        Challenge challenge = published(Duration.ZERO);
        challenge.cancel("The pilot budget was withdrawn.", NOW);

        assertThatThrownBy(() -> RULES.stageTakingQuestions(challenge, NOW))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
    }

    @Test
    void answerUpToSixDaysBeforeTheDeadlineIsOnTime() {
        Instant deadline = NOW.plus(Duration.ofDays(20));
        Stage stage = stage(deadline);

        assertThat(RULES.answerDueBy(stage)).isEqualTo(deadline.minus(Duration.ofDays(6)));
        assertThat(RULES.deadlineAfterAnswer(stage, deadline.minus(Duration.ofDays(7))))
                .isEmpty();
        assertThat(RULES.deadlineAfterAnswer(stage, deadline.minus(Duration.ofDays(6))))
                .isEmpty();
    }

    @Test
    void lateAnswerExtendsTheDeadlineByTheShortfall() {
        Instant deadline = NOW.plus(Duration.ofDays(20));
        Instant answeredAt = deadline.minus(Duration.ofDays(4));

        assertThat(RULES.deadlineAfterAnswer(stage(deadline), answeredAt))
                .contains(deadline.plus(Duration.ofDays(2)))
                .contains(answeredAt.plus(Duration.ofDays(6)));
    }

    @Test
    void answerOneSecondLateExtendsByOneSecond() {
        Instant deadline = NOW.plus(Duration.ofDays(20));
        Instant answeredAt = deadline.minus(Duration.ofDays(6)).plusSeconds(1);

        assertThat(RULES.deadlineAfterAnswer(stage(deadline), answeredAt)).contains(deadline.plusSeconds(1));
    }

    @Test
    void answerAfterTheStageClosedExtendsNothing() {
        Instant deadline = NOW.plus(Duration.ofDays(20));

        assertThat(RULES.deadlineAfterAnswer(stage(deadline), deadline)).isEmpty();
        assertThat(RULES.deadlineAfterAnswer(stage(deadline), deadline.plus(DAY)))
                .isEmpty();
    }

    @Test
    void otherPeriodsFromConfigurationAreUsedAsGiven() {
        ClarificationRules rules = new ClarificationRules(Duration.ofDays(14), Duration.ofHours(36));
        Instant deadline = NOW.plus(Duration.ofDays(20));

        assertThat(rules.questionsCloseAt(stage(deadline))).isEqualTo(deadline.minus(Duration.ofDays(14)));
        assertThat(rules.deadlineAfterAnswer(stage(deadline), deadline.minus(DAY)))
                .contains(deadline.plus(Duration.ofHours(12)));
        assertThat(ClarificationRules.describe(Duration.ofHours(36))).isEqualTo("PT36H");
        assertThat(ClarificationRules.describe(Duration.ofDays(1))).isEqualTo("1 day");
    }

    @Test
    void negativePeriodsAreRefused() {
        assertThatThrownBy(() -> new ClarificationRules(Duration.ofDays(-1), Duration.ofDays(6)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
