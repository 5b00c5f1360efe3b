package org.challengemarket.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of late-payment interest over many invoices, due dates and days. */
class LateInterestPropertyTest {

    private static final LocalDate FIRST = LocalDate.parse("2024-01-01");

    @Provide
    Arbitrary<BigDecimal> totals() {
        return Arbitraries.bigDecimals()
                .between(new BigDecimal("0.01"), new BigDecimal("36300.00"))
                .ofScale(2);
    }

    private static LateInterest.Result compute(
            BigDecimal total, LocalDate due, List<LateInterest.Paid> paid, LocalDate asOf) {
        return LateInterest.compute(
                total, due, paid, List.of(), LateInterestTest.RATES, LateInterestTest.BELGIUM, asOf);
    }

    @Property
    void interestIsNeverNegative(
            @ForAll("totals") BigDecimal total,
            @ForAll @IntRange(min = 0, max = 700) int dueOffset,
            @ForAll @IntRange(min = -60, max = 400) int asOfOffset,
            @ForAll @IntRange(min = 0, max = 100) int paidPercent,
            @ForAll @IntRange(min = -30, max = 300) int paidOffset) {
        LocalDate due = FIRST.plusDays(dueOffset);
        BigDecimal part = total.multiply(BigDecimal.valueOf(paidPercent))
                .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN);
        List<LateInterest.Paid> paid =
                part.signum() > 0 ? List.of(new LateInterest.Paid(due.plusDays(paidOffset), part)) : List.of();
        LateInterest.Result r = compute(total, due, paid, due.plusDays(asOfOffset));
        assertThat(r.interest().signum() >= 0).as(() -> String.valueOf(r)).isTrue();
        assertThat(r.compensation().signum() >= 0).as(() -> String.valueOf(r)).isTrue();
        assertThat(r.daysLate() >= 0).as(() -> String.valueOf(r)).isTrue();
    }

    @Property
    void interestGrowsWithEveryDayLate(
            @ForAll("totals") BigDecimal total,
            @ForAll @IntRange(min = 0, max = 700) int dueOffset,
            @ForAll @IntRange(min = 0, max = 300) int daysLate,
            @ForAll @IntRange(min = 1, max = 60) int moreDays) {
        LocalDate due = FIRST.plusDays(dueOffset);
        LateInterest.Result earlier = compute(total, due, List.of(), due.plusDays(daysLate));
        LateInterest.Result later = compute(total, due, List.of(), due.plusDays(daysLate + moreDays));
        assertThat(later.interest().compareTo(earlier.interest()) >= 0)
                .as(() -> earlier + " then " + later)
                .isTrue();
        assertThat(later.daysLate() == earlier.daysLate() + moreDays).isTrue();
        assertThat(later.compensation().signum() > 0).isTrue();
    }

    @Property
    void nothingIsOwedWhenPaidOnTime(
            @ForAll("totals") BigDecimal total,
            @ForAll @IntRange(min = 0, max = 700) int dueOffset,
            @ForAll @IntRange(min = 0, max = 40) int daysEarly,
            @ForAll @IntRange(min = 0, max = 400) int asOfAfterDue) {
        LocalDate due = FIRST.plusDays(dueOffset);
        LateInterest.Result r = compute(
                total,
                due,
                List.of(new LateInterest.Paid(due.minusDays(daysEarly), total)),
                due.plusDays(asOfAfterDue));
        assertThat(r.interest().signum() == 0).as(() -> String.valueOf(r)).isTrue();
        assertThat(r.compensation().signum() == 0).as(() -> String.valueOf(r)).isTrue();
        assertThat(r.daysLate() == 0).as(() -> String.valueOf(r)).isTrue();
    }
    /** The interest of every late day, summed day by day: the definition the periods must agree with. */
    private static BigDecimal dayByDay(
            BigDecimal total,
            LocalDate due,
            List<LateInterest.Paid> paid,
            List<LateInterest.Disputed> disputes,
            LocalDate end) {
        BigDecimal exact = BigDecimal.ZERO;
        for (LocalDate day = due.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            LocalDate d = day;
            BigDecimal base = total.subtract(paid.stream()
                    .filter(p -> p.on().isBefore(d))
                    .map(LateInterest.Paid::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            for (LateInterest.Disputed x : disputes) {
                if (!d.isBefore(x.from()) && (x.until() == null || d.isBefore(x.until()))) {
                    base = base.subtract(x.amount());
                }
            }
            if (base.signum() > 0) {
                BigDecimal rate = LateInterestTest.BELGIUM.appliedRate(
                        LateInterestTest.RATES.at(d).referenceRate());
                exact = exact.add(base.multiply(rate));
            }
        }
        return exact;
    }

    @Property
    void thePeriodsCoverEveryLateDayWithItsOwnBaseAndRate(
            @ForAll("totals") BigDecimal total,
            @ForAll @IntRange(min = 0, max = 700) int dueOffset,
            @ForAll @IntRange(min = 0, max = 900) int asOfOffset,
            @ForAll @IntRange(min = 0, max = 100) int paidPercent,
            @ForAll @IntRange(min = -30, max = 600) int paidOffset,
            @ForAll @IntRange(min = 0, max = 100) int disputedPercent,
            @ForAll @IntRange(min = -30, max = 600) int disputeOffset,
            @ForAll @IntRange(min = 0, max = 200) int disputeDays) {
        LocalDate due = FIRST.plusDays(dueOffset);
        LocalDate asOf = due.plusDays(asOfOffset);
        BigDecimal part = total.multiply(BigDecimal.valueOf(paidPercent))
                .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN);
        List<LateInterest.Paid> paid = part.signum() > 0
                ? List.of(
                        new LateInterest.Paid(due.plusDays(paidOffset), part),
                        new LateInterest.Paid(due.plusDays(paidOffset + 45), total.subtract(part)))
                : List.of();
        BigDecimal disputed = total.multiply(BigDecimal.valueOf(disputedPercent))
                .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN);
        LocalDate from = due.plusDays(disputeOffset);
        List<LateInterest.Disputed> disputes = disputed.signum() > 0
                ? List.of(
                        new LateInterest.Disputed(disputed, from, disputeDays == 0 ? null : from.plusDays(disputeDays)))
                : List.of();

        LateInterest.Result r = LateInterest.compute(
                total, due, paid, disputes, LateInterestTest.RATES, LateInterestTest.BELGIUM, asOf);

        List<LateInterest.Paid> paidByThen =
                paid.stream().filter(p -> !p.on().isAfter(asOf)).toList();
        LocalDate end = r.daysLate() == 0 ? due : due.plusDays(r.daysLate());
        BigDecimal periods = r.periods().stream()
                .map(p -> p.base().multiply(p.rate()).multiply(BigDecimal.valueOf(p.days())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(periods.compareTo(dayByDay(total, due, paidByThen, disputes, end)) == 0)
                .as(() -> r.periods().toString())
                .isTrue();
        for (int i = 1; i < r.periods().size(); i++) {
            LateInterest.Period before = r.periods().get(i - 1);
            LateInterest.Period after = r.periods().get(i);
            assertThat(after.from().isAfter(before.to())
                            && (after.base().compareTo(before.base()) != 0
                                    || !after.halfYear().equals(before.halfYear())
                                    || after.from().isAfter(before.to().plusDays(1))))
                    .as(() -> r.periods().toString())
                    .isTrue();
        }
    }
}
