package org.challengemarket.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Interest on cases computed by hand (the arithmetic is in each test's comment). */
class LateInterestTest {

    /** The ECB rates of the seed migration for 2024 and 2025. */
    static final RateTable RATES = new RateTable(Map.of(
            LocalDate.parse("2024-01-01"), new BigDecimal("4.500"),
            LocalDate.parse("2024-07-01"), new BigDecimal("4.250"),
            LocalDate.parse("2025-01-01"), new BigDecimal("3.150"),
            LocalDate.parse("2025-07-01"), new BigDecimal("2.150")));

    static final LateInterest.Terms BELGIUM =
            new LateInterest.Terms(new BigDecimal("8"), new BigDecimal("0.5"), new BigDecimal("40.00"), 365);

    private static LateInterest.Result compute(
            String total, String due, List<LateInterest.Paid> paid, List<LateInterest.Disputed> disputes, String asOf) {
        return LateInterest.compute(
                new BigDecimal(total), LocalDate.parse(due), paid, disputes, RATES, BELGIUM, LocalDate.parse(asOf));
    }

    private static LateInterest.Paid paid(String on, String amount) {
        return new LateInterest.Paid(LocalDate.parse(on), new BigDecimal(amount));
    }

    @Test
    void belgiumRoundsTheRateUpToTheNextHalfPoint() {
        assertThat(BELGIUM.appliedRate(new BigDecimal("4.500"))).isEqualTo(new BigDecimal("12.50"));
        assertThat(BELGIUM.appliedRate(new BigDecimal("4.250"))).isEqualTo(new BigDecimal("12.50"));
        assertThat(BELGIUM.appliedRate(new BigDecimal("3.150"))).isEqualTo(new BigDecimal("11.50"));
        assertThat(BELGIUM.appliedRate(new BigDecimal("2.150"))).isEqualTo(new BigDecimal("10.50"));
        LateInterest.Terms exact =
                new LateInterest.Terms(new BigDecimal("8"), BigDecimal.ZERO, new BigDecimal("40.00"), 365);
        assertThat(new BigDecimal("10.15").compareTo(exact.appliedRate(new BigDecimal("2.150"))))
                .isEqualTo(0);
        assertThat(BigDecimal.ZERO.compareTo(BELGIUM.appliedRate(new BigDecimal("-9"))))
                .as("never below zero")
                .isEqualTo(0);
    }

    @Test
    void aPeriodAcrossFirstJanuaryUsesTheRateOfEachHalfYear() {
        // due 21 Dec 2024, paid 10 Jan 2025: 22–31 Dec at 12.50 % and 1–10 Jan at 11.50 %
        // 1210 × 12.5 × 10 / 36500 = 4.1438… → 4.14 ; 1210 × 11.5 × 10 / 36500 = 3.8123… → 3.81
        LateInterest.Result r =
                compute("1210.00", "2024-12-21", List.of(paid("2025-01-10", "1210.00")), List.of(), "2025-02-01");
        assertThat(r.daysLate()).isEqualTo(20);
        assertThat(r.periods().size()).isEqualTo(2);
        assertThat(r.periods().get(0).interest()).isEqualTo(new BigDecimal("4.14"));
        assertThat(r.periods().get(0).to()).isEqualTo(LocalDate.parse("2024-12-31"));
        assertThat(r.periods().get(0).rate()).isEqualTo(new BigDecimal("12.50"));
        assertThat(r.periods().get(1).interest()).isEqualTo(new BigDecimal("3.81"));
        assertThat(r.periods().get(1).rate()).isEqualTo(new BigDecimal("11.50"));
        assertThat(r.interest()).isEqualTo(new BigDecimal("7.95"));
        assertThat(r.compensation()).isEqualTo(new BigDecimal("40.00"));
        assertThat(r.unpaid()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aPeriodAcrossFirstJulyUsesTheRateOfEachHalfYear() {
        // due 25 Jun 2025, unpaid on 5 Jul: 26–30 Jun at 11.50 %, 1–5 Jul at 10.50 %
        // 10000 × 11.5 × 5 / 36500 = 15.7534… → 15.75 ; 10000 × 10.5 × 5 / 36500 = 14.3835… → 14.38
        LateInterest.Result r = compute("10000.00", "2025-06-25", List.of(), List.of(), "2025-07-05");
        assertThat(r.daysLate()).isEqualTo(10);
        assertThat(r.periods().get(0).interest()).isEqualTo(new BigDecimal("15.75"));
        assertThat(r.periods().get(1).interest()).isEqualTo(new BigDecimal("14.38"));
        assertThat(r.interest()).isEqualTo(new BigDecimal("30.13"));
        assertThat(r.unpaid()).isEqualTo(new BigDecimal("10000.00"));
        assertThat(r.provisional()).isFalse();
    }

    @Test
    void aPartialPaymentLowersTheBaseFromTheNextDay() {
        // 2420 due 10 Mar 2025; 1000 paid 20 Mar, 1420 paid 9 Apr; 11.50 % throughout
        // 11–20 Mar: 2420 × 11.5 × 10 / 36500 = 7.6246… → 7.62 ; 21 Mar–9 Apr: 1420 × 11.5 × 20 / 36500 = 8.9479… →
        // 8.95
        LateInterest.Result r = compute(
                "2420.00",
                "2025-03-10",
                List.of(paid("2025-03-20", "1000.00"), paid("2025-04-09", "1420.00")),
                List.of(),
                "2025-05-01");
        assertThat(r.daysLate()).isEqualTo(30);
        assertThat(r.periods().size()).isEqualTo(2);
        assertThat(r.periods().get(0).base()).isEqualTo(new BigDecimal("2420.00"));
        assertThat(r.periods().get(0).interest()).isEqualTo(new BigDecimal("7.62"));
        assertThat(r.periods().get(1).base()).isEqualTo(new BigDecimal("1420.00"));
        assertThat(r.periods().get(1).days()).isEqualTo(20);
        assertThat(r.periods().get(1).interest()).isEqualTo(new BigDecimal("8.95"));
        assertThat(r.interest()).isEqualTo(new BigDecimal("16.57"));
    }

    @Test
    void aDisputedAmountAccruesNoInterestWhileDisputed() {
        // 1210 due 10 Mar 2025, disputed in full 15–24 Mar (resolved 25 Mar), unpaid on 31 Mar
        // 11–14 Mar: 1210 × 11.5 × 4 / 36500 = 1.5249… → 1.52 ; 25–31 Mar: 1210 × 11.5 × 7 / 36500 = 2.6686… → 2.67
        LateInterest.Result r = compute(
                "1210.00",
                "2025-03-10",
                List.of(),
                List.of(new LateInterest.Disputed(
                        new BigDecimal("1210.00"), LocalDate.parse("2025-03-15"), LocalDate.parse("2025-03-25"))),
                "2025-03-31");
        assertThat(r.periods().size()).isEqualTo(2);
        assertThat(r.periods().get(0).interest()).isEqualTo(new BigDecimal("1.52"));
        assertThat(r.periods().get(1).interest()).isEqualTo(new BigDecimal("2.67"));
        assertThat(r.interest()).isEqualTo(new BigDecimal("4.19"));

        // a part disputed: 210 of 1210 from 15 Mar, still open; 1000 × 11.5 × 17 / 36500 = 5.3561… → 5.36
        LateInterest.Result part = compute(
                "1210.00",
                "2025-03-10",
                List.of(),
                List.of(new LateInterest.Disputed(new BigDecimal("210.00"), LocalDate.parse("2025-03-15"), null)),
                "2025-03-31");
        assertThat(part.periods().get(1).base()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(part.periods().get(1).interest()).isEqualTo(new BigDecimal("5.36"));
    }

    @Test
    void anInvoiceDisputedInFullBeforeItsDueDateOwesNothing() {
        LateInterest.Result r = compute(
                "1210.00",
                "2025-03-10",
                List.of(),
                List.of(new LateInterest.Disputed(new BigDecimal("1210.00"), LocalDate.parse("2025-03-01"), null)),
                "2025-04-30");
        assertThat(r.interest()).isEqualTo(new BigDecimal("0.00"));
        assertThat(r.compensation()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void paymentOnTheDueDateIsOnTimeAndADayLaterCostsInterestAndTheCompensation() {
        LateInterest.Result onTime =
                compute("1210.00", "2025-03-10", List.of(paid("2025-03-10", "1210.00")), List.of(), "2025-06-01");
        assertThat(onTime.daysLate()).isEqualTo(0);
        assertThat(onTime.total().setScale(2)).isEqualTo(new BigDecimal("0.00"));
        // 1210 × 11.5 × 1 / 36500 = 0.3812… → 0.38
        LateInterest.Result dayLate =
                compute("1210.00", "2025-03-10", List.of(paid("2025-03-11", "1210.00")), List.of(), "2025-06-01");
        assertThat(dayLate.daysLate()).isEqualTo(1);
        assertThat(dayLate.interest()).isEqualTo(new BigDecimal("0.38"));
        assertThat(dayLate.compensation()).isEqualTo(new BigDecimal("40.00"));
        assertThat(dayLate.total()).isEqualTo(new BigDecimal("40.38"));
    }

    @Test
    void aHalfYearWithoutARecordedRateCarriesTheLastOneForwardAsProvisional() {
        // 1000 due 31 Dec 2025, unpaid 10 Jan 2026: 2026-H1 has no rate here, 2.15 is carried forward
        // 1000 × 10.5 × 10 / 36500 = 2.8767… → 2.88
        LateInterest.Result r = compute("1000.00", "2025-12-31", List.of(), List.of(), "2026-01-10");
        assertThat(r.provisional()).isTrue();
        assertThat(r.periods().get(0).provisional()).isTrue();
        assertThat(r.periods().get(0).referenceRate()).isEqualTo(new BigDecimal("2.150"));
        assertThat(r.interest()).isEqualTo(new BigDecimal("2.88"));
    }
}
