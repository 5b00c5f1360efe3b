package org.challengemarket.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Reference rates by half-year. A half-year with no published rate yet takes the last known rate
 * before it, marked provisional, so interest can always be shown and is recomputed when the rate is
 * recorded.
 */
public final class RateTable {

    /** The reference rate used for a day: its half-year, the rate, and whether it is carried forward. */
    public record Rate(LocalDate halfYear, BigDecimal referenceRate, boolean provisional) {}

    private final NavigableMap<LocalDate, BigDecimal> rates;

    public RateTable(Map<LocalDate, BigDecimal> byHalfYearStart) {
        this.rates = new TreeMap<>(byHalfYearStart);
    }

    /** The first day of the half-year {@code day} falls in: 1 January or 1 July. */
    public static LocalDate halfYearOf(LocalDate day) {
        return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? Month.JANUARY : Month.JULY, 1);
    }

    /** {@code 2025-H2} for a day in the second half of 2025. */
    public static String label(LocalDate halfYearStart) {
        return halfYearStart.getYear() + (halfYearStart.getMonthValue() == 1 ? "-H1" : "-H2");
    }

    public Rate at(LocalDate day) {
        LocalDate half = halfYearOf(day);
        Map.Entry<LocalDate, BigDecimal> known = rates.floorEntry(half);
        if (known == null) {
            throw new IllegalStateException("No reference rate is known for " + label(half) + " or before");
        }
        return new Rate(half, known.getValue(), !known.getKey().equals(half));
    }
}
