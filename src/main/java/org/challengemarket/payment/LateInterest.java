package org.challengemarket.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Statutory late-payment interest on one invoice (Directive 2011/7/EU; Belgian law of 2 August
 * 2002): simple interest for each calendar day after the due date on the amount unpaid that day,
 * including VAT, less any amount under dispute that day, at the reference rate of the day's
 * half-year plus the margin, rounded up to the rounding step; plus a fixed compensation once the
 * invoice is late.
 *
 * <p>A payment made on day {@code d} still counts as unpaid on {@code d}: paying on the due date is
 * on time, paying a day after is one day late. Days are grouped into periods of one base and one
 * rate; each period's interest is {@code base × rate × days / (100 × dayCountBasis)}, rounded half
 * up to the cent; the interest is the sum of the periods.
 */
public final class LateInterest {

    private LateInterest() {}

    /** The settings: margin in points, rounding step in points (0: none), compensation, days per year. */
    public record Terms(BigDecimal margin, BigDecimal roundingStep, BigDecimal compensation, int dayCountBasis) {

        /** The rate applied on top of a reference rate, rounded up to the step, never below zero. */
        public BigDecimal appliedRate(BigDecimal referenceRate) {
            BigDecimal raw = referenceRate.add(margin);
            if (roundingStep.signum() > 0) {
                raw = raw.divide(roundingStep, 0, RoundingMode.CEILING).multiply(roundingStep);
            }
            return raw.signum() < 0
                    ? BigDecimal.ZERO
                    : raw.stripTrailingZeros()
                            .setScale(Math.max(2, raw.stripTrailingZeros().scale()));
        }
    }

    /** A payment of the principal. */
    public record Paid(LocalDate on, BigDecimal amount) {}

    /** An amount under dispute from {@code from} (inclusive) until {@code until} (exclusive, null: open). */
    public record Disputed(BigDecimal amount, LocalDate from, LocalDate until) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (until == null || day.isBefore(until));
        }
    }

    /** Consecutive late days with one base and one rate. */
    public record Period(
            LocalDate from,
            LocalDate to,
            int days,
            BigDecimal base,
            LocalDate halfYear,
            BigDecimal referenceRate,
            boolean provisional,
            BigDecimal rate,
            BigDecimal interest) {}

    /** The interest owed on an invoice as on {@code asOf}. */
    public record Result(
            LocalDate asOf,
            LocalDate dueDate,
            int daysLate,
            BigDecimal unpaid,
            List<Period> periods,
            BigDecimal interest,
            BigDecimal compensation) {

        public BigDecimal total() {
            return interest.add(compensation);
        }

        public boolean provisional() {
            return periods.stream().anyMatch(Period::provisional);
        }
    }

    public static Result compute(
            BigDecimal total,
            LocalDate dueDate,
            List<Paid> payments,
            List<Disputed> disputes,
            RateTable rates,
            Terms terms,
            LocalDate asOf) {
        Objects.requireNonNull(total);
        List<Paid> paid = payments.stream().filter(p -> !p.on().isAfter(asOf)).toList();
        BigDecimal unpaidNow = total.subtract(sum(paid, null));
        LocalDate paidInFullOn = null;
        if (unpaidNow.signum() <= 0) {
            paidInFullOn = paid.stream().map(Paid::on).max(LocalDate::compareTo).orElse(asOf);
        }
        LocalDate end = paidInFullOn == null ? asOf : paidInFullOn;
        int daysLate = (int) Math.max(0, ChronoUnit.DAYS.between(dueDate, end));

        List<Period> periods = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        BigDecimal base = null;
        RateTable.Rate rate = null;
        boolean late = false;
        // one step per run of days on which nothing changes (a payment, a dispute, a half-year),
        // not per day: an invoice years late costs what a week-late one does
        LocalDate next;
        for (LocalDate day = dueDate.plusDays(1); !day.isAfter(end); day = next) {
            next = nextChange(day, end, paid, disputes);
            BigDecimal unpaid = total.subtract(sum(paid, day));
            BigDecimal disputed = BigDecimal.ZERO;
            for (Disputed d : disputes) {
                if (d.covers(day)) {
                    disputed = disputed.add(d.amount());
                }
            }
            BigDecimal dayBase = unpaid.subtract(disputed).max(BigDecimal.ZERO);
            RateTable.Rate dayRate = dayBase.signum() > 0 ? rates.at(day) : null;
            boolean sameRun = base != null
                    && dayBase.compareTo(base) == 0
                    && Objects.equals(
                            dayRate == null ? null : dayRate.halfYear(), rate == null ? null : rate.halfYear());
            if (!sameRun) {
                if (base != null && base.signum() > 0) {
                    periods.add(period(from, to, base, rate, terms));
                }
                from = day;
                base = dayBase;
                rate = dayRate;
            }
            to = next.minusDays(1);
            late |= dayBase.signum() > 0;
        }
        if (base != null && base.signum() > 0) {
            periods.add(period(from, to, base, rate, terms));
        }
        BigDecimal interest = periods.stream().map(Period::interest).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal compensation = late ? terms.compensation().setScale(2) : BigDecimal.ZERO.setScale(2);
        return new Result(
                asOf,
                dueDate,
                daysLate,
                unpaidNow.max(BigDecimal.ZERO).setScale(2),
                List.copyOf(periods),
                interest.setScale(2),
                compensation);
    }

    private static Period period(LocalDate from, LocalDate to, BigDecimal base, RateTable.Rate rate, Terms terms) {
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        BigDecimal applied = terms.appliedRate(rate.referenceRate());
        BigDecimal interest = base.multiply(applied)
                .multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(100L * terms.dayCountBasis()), 2, RoundingMode.HALF_UP);
        return new Period(
                from,
                to,
                days,
                base.setScale(2),
                rate.halfYear(),
                rate.referenceRate(),
                rate.provisional(),
                applied,
                interest);
    }

    /**
     * The first day after {@code day} on which the base or the rate may differ from {@code day}'s:
     * the day after a payment, the first and the end day of a dispute, the start of the next
     * half-year; at most the day after {@code end}.
     */
    private static LocalDate nextChange(LocalDate day, LocalDate end, List<Paid> paid, List<Disputed> disputes) {
        LocalDate next = end.plusDays(1);
        LocalDate halfYear = RateTable.halfYearOf(day).plusMonths(6);
        if (halfYear.isBefore(next)) {
            next = halfYear;
        }
        for (Paid p : paid) {
            next = earlierAfter(next, p.on().plusDays(1), day);
        }
        for (Disputed d : disputes) {
            next = earlierAfter(next, d.from(), day);
            if (d.until() != null) {
                next = earlierAfter(next, d.until(), day);
            }
        }
        return next;
    }

    private static LocalDate earlierAfter(LocalDate next, LocalDate candidate, LocalDate day) {
        return candidate.isAfter(day) && candidate.isBefore(next) ? candidate : next;
    }

    /** Paid before {@code day} (all of them when day is null). */
    private static BigDecimal sum(List<Paid> paid, LocalDate day) {
        BigDecimal s = BigDecimal.ZERO;
        for (Paid p : paid) {
            if (day == null || p.on().isBefore(day)) {
                s = s.add(p.amount());
            }
        }
        return s;
    }
}
