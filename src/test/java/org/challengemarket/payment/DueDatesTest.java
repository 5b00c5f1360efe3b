package org.challengemarket.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Due dates over month ends, leap years and Brussels midnight. */
class DueDatesTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static LocalDate due(String received, String delivered, int days) {
        return DueDates.dueDate(
                Instant.parse(received), delivered == null ? null : Instant.parse(delivered), days, BRUSSELS);
    }

    @Test
    void thirtyDaysFromTheEndOfJanuaryCrossFebruaryAsTheCalendarDoes() {
        assertThat(due("2024-01-31T10:00:00Z", null, 30))
                .as("2024 has 29 February")
                .isEqualTo(LocalDate.parse("2024-03-01"));
        assertThat(due("2023-01-31T10:00:00Z", null, 30)).as("2023 has not").isEqualTo(LocalDate.parse("2023-03-02"));
        assertThat(due("2028-01-31T10:00:00Z", null, 30))
                .as("2028 is a leap year")
                .isEqualTo(LocalDate.parse("2028-03-01"));
    }

    @Test
    void theDayOfReceiptIsTheBrusselsDay() {
        // 23:30 UTC on 30 January is 00:30 on 31 January in Brussels (CET, UTC+1)
        assertThat(due("2024-01-30T23:30:00Z", null, 30)).isEqualTo(LocalDate.parse("2024-03-01"));
        // 22:30 UTC on 31 December is 23:30 in Brussels, still 2024
        assertThat(due("2024-12-31T22:30:00Z", null, 30)).isEqualTo(LocalDate.parse("2025-01-30"));
        assertThat(due("2024-12-31T23:30:00Z", null, 30)).isEqualTo(LocalDate.parse("2025-01-31"));
        // summer time: 22:30 UTC on 30 June is 00:30 on 1 July (CEST, UTC+2)
        assertThat(due("2025-06-30T22:30:00Z", null, 30)).isEqualTo(LocalDate.parse("2025-07-31"));
    }

    @Test
    void aLaterDeliveryStartsTheTerm() {
        assertThat(due("2024-02-01T09:00:00Z", "2024-02-10T09:00:00Z", 30)).isEqualTo(LocalDate.parse("2024-03-11"));
        assertThat(due("2024-02-01T09:00:00Z", "2024-01-20T09:00:00Z", 30)).isEqualTo(LocalDate.parse("2024-03-02"));
    }

    @Test
    void sixtyDaysFromNewYearsEveEndOnFirstMarch() {
        assertThat(due("2024-12-31T12:00:00Z", null, 60)).isEqualTo(LocalDate.parse("2025-03-01"));
        assertThat(due("2023-12-31T12:00:00Z", null, 60)).isEqualTo(LocalDate.parse("2024-02-29"));
    }
}
