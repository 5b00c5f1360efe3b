package org.challengemarket.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.challengemarket.challenge.Criterion;

/** Properties of the ranking: a permutation, ordered by total, and blind to the order scores arrive in. */
class RankingPropertyTest {

    private static final Map<Criterion, Integer> WEIGHTS =
            Map.of(Criterion.PROBLEM_SOLVING, 50, Criterion.TEAM_MOTIVATION, 30, Criterion.IMPLEMENTATION_COST, 20);

    /** A proposal's submitted points per evaluator and criterion, and when it was submitted. */
    record Proposal(UUID id, Instant submittedAt, List<int[]> scores) {}

    @Provide
    Arbitrary<List<Proposal>> proposals() {
        Arbitrary<int[]> score =
                Arbitraries.integers().between(0, 10).array(int[].class).ofSize(3);
        Arbitrary<Proposal> proposal = Combinators.combine(
                        Arbitraries.create(UUID::randomUUID),
                        Arbitraries.longs().between(0, 1_000L),
                        score.list().ofMinSize(1).ofMaxSize(5))
                .as((id, seconds, scores) -> new Proposal(id, Instant.EPOCH.plusSeconds(seconds), scores));
        return proposal.list().ofMinSize(0).ofMaxSize(15);
    }

    @Property
    void theRankingIsAPermutationWithRanksOneToN(@ForAll("proposals") List<Proposal> proposals) {
        List<Ranking.Ranked> ranked = Ranking.rank(scored(proposals), WEIGHTS);

        assertThat(ranked).hasSize(proposals.size());
        assertThat(ranked.stream().map(r -> r.scored().proposalId()))
                .containsExactlyInAnyOrderElementsOf(
                        proposals.stream().map(Proposal::id).toList());
        for (int i = 0; i < ranked.size(); i++) {
            assertThat(ranked.get(i).rank()).isEqualTo(i + 1);
        }
    }

    @Property
    void theRankingIsOrderedByTotalThenProblemSolvingThenSubmission(@ForAll("proposals") List<Proposal> proposals) {
        List<Ranking.Ranked> ranked = Ranking.rank(scored(proposals), WEIGHTS);

        for (int i = 1; i < ranked.size(); i++) {
            Ranking.Ranked before = ranked.get(i - 1);
            Ranking.Ranked after = ranked.get(i);
            int total = before.weightedTotal().compareTo(after.weightedTotal());
            assertThat(total).isGreaterThanOrEqualTo(0);
            if (total == 0) {
                BigDecimal a = before.scored().scores().get(Criterion.PROBLEM_SOLVING);
                BigDecimal b = after.scored().scores().get(Criterion.PROBLEM_SOLVING);
                assertThat(a.compareTo(b)).isGreaterThanOrEqualTo(0);
                if (a.compareTo(b) == 0) {
                    assertThat(before.scored().submittedAt())
                            .isBeforeOrEqualTo(after.scored().submittedAt());
                }
            }
        }
    }

    @Property
    void theRankingDoesNotDependOnTheOrderScoresArrive(
            @ForAll("proposals") List<Proposal> proposals, @ForAll @IntRange(min = 0, max = 10_000) int seed) {
        Random random = new Random(seed);
        List<Proposal> shuffled = new ArrayList<>();
        for (Proposal p : proposals) {
            List<int[]> scores = new ArrayList<>(p.scores());
            Collections.shuffle(scores, random);
            shuffled.add(new Proposal(p.id(), p.submittedAt(), scores));
        }
        Collections.shuffle(shuffled, random);

        assertThat(Ranking.rank(scored(shuffled), WEIGHTS)).isEqualTo(Ranking.rank(scored(proposals), WEIGHTS));
    }

    @Property
    void theTotalStaysWithinZeroToTen(@ForAll("proposals") List<Proposal> proposals) {
        for (Ranking.Ranked r : Ranking.rank(scored(proposals), WEIGHTS)) {
            assertThat(r.weightedTotal()).isBetween(BigDecimal.ZERO, BigDecimal.TEN);
        }
        assertThat(new HashSet<>(proposals.stream().map(Proposal::id).toList())).hasSize(proposals.size());
    }

    /** The mean of each criterion's points, as the service computes it when there is no consensus. */
    private static List<Ranking.Scored> scored(List<Proposal> proposals) {
        List<Ranking.Scored> scored = new ArrayList<>();
        for (Proposal p : proposals) {
            Map<Criterion, BigDecimal> means = new EnumMap<>(Criterion.class);
            for (Criterion c : Criterion.values()) {
                means.put(
                        c,
                        Ranking.mean(
                                p.scores().stream().map(s -> s[c.ordinal()]).toList()));
            }
            scored.add(new Ranking.Scored(p.id(), p.submittedAt(), means));
        }
        return scored;
    }
}
