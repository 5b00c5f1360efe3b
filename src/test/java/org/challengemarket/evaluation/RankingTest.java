package org.challengemarket.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.challenge.Criterion;
import org.junit.jupiter.api.Test;

/** The ranking's arithmetic on examples computed by hand. */
class RankingTest {

    private static final Map<Criterion, Integer> WEIGHTS =
            Map.of(Criterion.PROBLEM_SOLVING, 50, Criterion.TEAM_MOTIVATION, 30, Criterion.IMPLEMENTATION_COST, 20);

    private static Ranking.Scored scored(String id, int second, String ps, String tm, String ic) {
        return new Ranking.Scored(
                UUID.nameUUIDFromBytes(id.getBytes()),
                Instant.EPOCH.plusSeconds(second),
                Map.of(
                        Criterion.PROBLEM_SOLVING, new BigDecimal(ps),
                        Criterion.TEAM_MOTIVATION, new BigDecimal(tm),
                        Criterion.IMPLEMENTATION_COST, new BigDecimal(ic)));
    }

    @Test
    void weightedTotalIsTheWeightedSumOnAScaleOfTen() {
        // 0.5 × 8 + 0.3 × 6 + 0.2 × 5 = 4 + 1.8 + 1 = 6.80
        assertThat(Ranking.weightedTotal(scored("a", 0, "8", "6", "5").scores(), WEIGHTS))
                .isEqualByComparingTo("6.80");
        // 0.5 × 7.67 + 0.3 × 5.67 + 0.2 × 4.33 = 3.835 + 1.701 + 0.866 = 6.402 → 6.40
        assertThat(Ranking.weightedTotal(scored("b", 0, "7.67", "5.67", "4.33").scores(), WEIGHTS))
                .isEqualByComparingTo("6.40");
    }

    @Test
    void meanIsRoundedHalfUpToTwoDecimals() {
        assertThat(Ranking.mean(List.of(7, 8, 8))).isEqualByComparingTo("7.67");
        assertThat(Ranking.mean(List.of(5, 6))).isEqualByComparingTo("5.50");
        assertThat(Ranking.mean(List.of(1, 1, 2))).isEqualByComparingTo("1.33");
    }

    @Test
    void spreadIsHighestMinusLowest() {
        assertThat(Ranking.spread(List.of(4, 9, 6))).isEqualTo(5);
        assertThat(Ranking.spread(List.of(7))).isZero();
    }

    @Test
    void tiesGoToProblemSolvingThenToTheEarlierSubmission() {
        Ranking.Scored a = scored("a", 4, "8", "6", "5"); // 6.80
        Ranking.Scored b = scored("b", 2, "7", "7", "7"); // 7.00
        Ranking.Scored c = scored("c", 3, "6", "8", "8"); // 7.00, lower problem solving than b
        Ranking.Scored d = scored("d", 1, "7", "7", "7"); // 7.00, as b but submitted earlier

        List<Ranking.Ranked> ranked = Ranking.rank(List.of(a, b, c, d), WEIGHTS);

        assertThat(ranked.stream().map(r -> r.scored())).containsExactly(d, b, c, a);
        assertThat(ranked.stream().map(Ranking.Ranked::rank)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aDecisionDepartsFromTheRankingWhenSomeoneLeftOutRanksAboveSomeoneChosen() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        List<RankedProposal> ranking = List.of(
                new RankedProposal(first, UUID.randomUUID(), "A", 1, new BigDecimal("8.00"), Instant.EPOCH),
                new RankedProposal(second, UUID.randomUUID(), "B", 2, new BigDecimal("7.00"), Instant.EPOCH),
                new RankedProposal(third, UUID.randomUUID(), "C", 3, new BigDecimal("6.00"), Instant.EPOCH));

        assertThat(RankingService.departsFrom(ranking, List.of(first, second))).isFalse();
        assertThat(RankingService.departsFrom(ranking, List.of(first))).isFalse();
        assertThat(RankingService.departsFrom(ranking, List.of())).isFalse();
        assertThat(RankingService.departsFrom(ranking, List.of(first, third))).isTrue();
        assertThat(RankingService.departsFrom(ranking, List.of(second))).isTrue();
    }

    @Test
    void ordinalsReadAsPeopleSayThem() {
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 102).stream().map(FeedbackService::ordinal))
                .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "102nd");
    }
}
