package org.challengemarket.challenge;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.organisation.OrganisationType;
import org.challengemarket.platform.money.Money;

/** Challenges for domain tests without a container. */
public final class ChallengeFixtures {

    /** The publication rules of the Belgian programme. */
    public static final PublicationRules RULES = new PublicationRules(
            Money.eur("30000.00"), Duration.ofDays(15), Duration.ofDays(7), Set.of("nl", "fr", "de", "en"));

    private ChallengeFixtures() {}

    /** The first stage's deadline of a challenge {@link #published} at {@code now}. */
    public static Instant firstDeadline(Instant now) {
        return now.plus(Duration.ofDays(20));
    }

    /** The second stage's deadline of a challenge {@link #published} at {@code now}. */
    public static Instant secondDeadline(Instant now) {
        return firstDeadline(now).plus(Duration.ofDays(30));
    }

    /** The third and last stage's deadline of a challenge {@link #published} at {@code now}. */
    public static Instant lastDeadline(Instant now) {
        return secondDeadline(now).plus(Duration.ofDays(14));
    }

    /**
     * A challenge for two pilots of at most EUR 20,000 each, published at {@code now} by a new
     * agency, with three stages back to back: open from {@code now} until {@link #firstDeadline},
     * then until {@link #secondDeadline} and {@link #lastDeadline}.
     */
    public static Challenge published(Instant now) {
        Challenge challenge = Challenge.draft(
                new Organisation("City of Mechelen", OrganisationType.AGENCY, now),
                new ChallengeContent(
                        "Safer school streets",
                        "Parents drive up to the school gate at rush hour.",
                        "Eleven primary schools in the centre.",
                        "Fewer cars at the gates in a three-month pilot.",
                        "mobility",
                        Money.eur("40000.00"),
                        2,
                        List.of("nl"),
                        List.of(
                                new Stage(1, StageKind.EXPRESSION_OF_INTEREST, now, firstDeadline(now), 6),
                                new Stage(2, StageKind.FULL_PROPOSAL, firstDeadline(now), secondDeadline(now), 3),
                                new Stage(3, StageKind.PITCH, secondDeadline(now), lastDeadline(now), null)),
                        new Weights(50, 30, 20)),
                now);
        challenge.publish(now, RULES);
        return challenge;
    }
}
