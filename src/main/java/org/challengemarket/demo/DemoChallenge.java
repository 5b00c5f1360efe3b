package org.challengemarket.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeRequest;
import org.challengemarket.challenge.dto.ChallengeDtos.StageRequest;
import org.challengemarket.challenge.dto.ChallengeDtos.WeightsDto;
import org.challengemarket.platform.money.MoneyDto;

/**
 * A demo challenge as its agency drafts it: the problem, a budget in euros, and the three stages,
 * timed from the moment it opens (stage 1 closes 30 days later, stage 2 30 days after that, the
 * pitch 21 days after that).
 */
record DemoChallenge(
        String title,
        String problem,
        String context,
        String outcomes,
        String sector,
        String budget,
        int pilots,
        int firstShortlist,
        int secondShortlist) {

    private static final int[] DEADLINE_DAYS = {30, 60, 81};

    /** A challenge with the usual context, outcomes, budget, two pilots and shortlists of 6 and 3. */
    static DemoChallenge of(String title, String problem, String sector) {
        return new DemoChallenge(
                title,
                problem,
                "Who runs the service today and with which systems.",
                "A working pilot with measured results after six months.",
                sector,
                "50000.00",
                2,
                6,
                3);
    }

    DemoChallenge about(String newContext, String newOutcomes) {
        return new DemoChallenge(
                title, problem, newContext, newOutcomes, sector, budget, pilots, firstShortlist, secondShortlist);
    }

    DemoChallenge budget(String amount, int numberOfPilots) {
        return new DemoChallenge(
                title, problem, context, outcomes, sector, amount, numberOfPilots, firstShortlist, secondShortlist);
    }

    DemoChallenge shortlists(int first, int second) {
        return new DemoChallenge(title, problem, context, outcomes, sector, budget, pilots, first, second);
    }

    /** When stage {@code position} (1 to 3) closes, for a challenge that opened at {@code opens}. */
    static Instant deadline(Instant opens, int position) {
        return opens.plus(Duration.ofDays(DEADLINE_DAYS[position - 1]));
    }

    /** The draft as the agency sends it, its stages opening at {@code opens}. */
    ChallengeRequest request(Instant opens) {
        Instant d1 = deadline(opens, 1);
        Instant d2 = deadline(opens, 2);
        return new ChallengeRequest(
                title,
                problem,
                context,
                outcomes,
                sector,
                new MoneyDto(new BigDecimal(budget), "EUR"),
                pilots,
                List.of("nl", "fr", "en"),
                List.of(
                        new StageRequest(StageKind.EXPRESSION_OF_INTEREST, opens, d1, firstShortlist),
                        new StageRequest(StageKind.FULL_PROPOSAL, d1, d2, secondShortlist),
                        new StageRequest(StageKind.PITCH, d2, deadline(opens, 3), null)),
                new WeightsDto(50, 30, 20));
    }
}
