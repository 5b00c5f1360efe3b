package org.challengemarket.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.organisation.OrganisationType;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.money.Money;
import org.junit.jupiter.api.Test;

/** {@link Challenge#extendDeadline}: the amendment a late clarification answer makes. */
class ChallengeDeadlineExtensionTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private static final Instant D1 = NOW.plus(Duration.ofDays(20));
    private static final Instant D2 = D1.plus(Duration.ofDays(30));
    private static final Instant D3 = D2.plus(Duration.ofDays(14));
    private static final PublicationRules RULES =
            new PublicationRules(Money.eur("30000.00"), Duration.ofDays(15), Duration.ofDays(7), Set.of("nl", "fr"));

    private static Challenge published() {
        Challenge challenge = Challenge.draft(
                new Organisation("City of Hasselt", OrganisationType.AGENCY, NOW),
                new ChallengeContent(
                        "Fewer empty parking searches",
                        "Drivers circle the centre looking for a space.",
                        "Six car parks, sensors in two of them.",
                        "Ten percent less search traffic.",
                        "mobility",
                        Money.eur("40000.00"),
                        2,
                        List.of("nl"),
                        List.of(
                                new Stage(1, StageKind.EXPRESSION_OF_INTEREST, NOW, D1, 6),
                                new Stage(2, StageKind.FULL_PROPOSAL, D1, D2, 3),
                                new Stage(3, StageKind.PITCH, D2, D3, null)),
                        new Weights(50, 30, 20)),
                NOW);
        challenge.publish(NOW, RULES);
        return challenge;
    }

    @Test
    void extendingTheOpenStagePushesLaterStagesAndListsEveryChange() {
        Challenge challenge = published();
        Duration shortfall = Duration.ofDays(2);

        List<Amendment.Change> changes = challenge.extendDeadline(1, D1.plus(shortfall), D1.minus(Duration.ofDays(4)));

        assertThat(challenge.deadline).isEqualTo(D1.plus(shortfall));
        assertThat(challenge.stages.get(1).opensAt).isEqualTo(D1.plus(shortfall));
        assertThat(challenge.stages.get(1).deadline).isEqualTo(D2.plus(shortfall));
        assertThat(challenge.stages.get(2).deadline).isEqualTo(D3.plus(shortfall));
        assertThat(changes)
                .extracting(Amendment.Change::field)
                .containsExactly(
                        "stages[0].deadline",
                        "stages[1].opensAt",
                        "stages[1].deadline",
                        "stages[2].opensAt",
                        "stages[2].deadline");
        assertThat(changes.get(0))
                .isEqualTo(new Amendment.Change(
                        "stages[0].deadline", D1.toString(), D1.plus(shortfall).toString()));
    }

    @Test
    void aClosedStagesDeadlineIsFinal() {
        Challenge challenge = published();
        assertThatThrownBy(() -> challenge.extendDeadline(1, D1.plus(Duration.ofDays(1)), D1))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        assertThat(challenge.stages.get(0).deadline).isEqualTo(D1);
    }

    @Test
    void anExtensionNeverShortensADeadline() {
        Challenge challenge = published();
        assertThatThrownBy(() -> challenge.extendDeadline(1, D1.minusSeconds(1), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> challenge.extendDeadline(4, D1.plusSeconds(1), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCancelledChallengeKeepsItsDates() {
        Challenge challenge = published();
        challenge.cancel("The city merged the two departments.", NOW);
        assertThatThrownBy(() -> challenge.extendDeadline(1, D1.plus(Duration.ofDays(1)), NOW))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
    }
}
