package org.challengemarket.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.challenge.Criterion;

/**
 * The arithmetic of a stage's ranking, free of storage so it can be checked by hand and by
 * properties. A criterion's score is the chair's consensus, else the mean of the submitted scores,
 * shown to two decimals; the weighted total is Σ weight (percent) × score / 100, to two decimals,
 * computed from those shown scores so anyone can redo the sum. Order: higher total first; ties go
 * to the higher {@code PROBLEM_SOLVING} score, then to the earlier submission, then (only so the
 * order is total) to the smaller proposal id.
 */
public final class Ranking {

    /** Decimals of every score and total the platform shows. */
    public static final int SCALE = 2;

    private Ranking() {}

    /** A proposal's score per criterion, and when its counting submission arrived. */
    public record Scored(UUID proposalId, Instant submittedAt, Map<Criterion, BigDecimal> scores) {}

    /** A proposal's place: 1 for the best. */
    public record Ranked(Scored scored, int rank, BigDecimal weightedTotal) {}

    /** The mean of submitted points, to two decimals (half up). */
    public static BigDecimal mean(Collection<Integer> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no points to average");
        }
        long sum = points.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(points.size()), SCALE, RoundingMode.HALF_UP);
    }

    /** Highest minus lowest; 0 for fewer than two scores. */
    public static int spread(Collection<Integer> points) {
        if (points.size() < 2) {
            return 0;
        }
        int max = points.stream().mapToInt(Integer::intValue).max().orElse(0);
        int min = points.stream().mapToInt(Integer::intValue).min().orElse(0);
        return max - min;
    }

    /** Σ weight × score / 100 over the criteria, to two decimals (half up). */
    public static BigDecimal weightedTotal(Map<Criterion, BigDecimal> scores, Map<Criterion, Integer> weights) {
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion criterion : Criterion.values()) {
            total = total.add(scores.get(criterion).multiply(BigDecimal.valueOf(weights.get(criterion))));
        }
        return total.divide(BigDecimal.valueOf(100), SCALE, RoundingMode.HALF_UP);
    }

    /** Every proposal once, best first, ranks 1 to n. */
    public static List<Ranked> rank(Collection<Scored> proposals, Map<Criterion, Integer> weights) {
        record Row(Scored scored, BigDecimal total) {}
        List<Row> rows = new ArrayList<>();
        for (Scored s : proposals) {
            rows.add(new Row(s, weightedTotal(s.scores(), weights)));
        }
        rows.sort(Comparator.comparing(Row::total)
                .reversed()
                .thenComparing(r -> r.scored().scores().get(Criterion.PROBLEM_SOLVING), Comparator.reverseOrder())
                .thenComparing(r -> r.scored().submittedAt())
                .thenComparing(r -> r.scored().proposalId()));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ranked.add(new Ranked(rows.get(i).scored(), i + 1, rows.get(i).total()));
        }
        return ranked;
    }
}
