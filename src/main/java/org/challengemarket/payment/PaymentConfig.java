package org.challengemarket.payment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.ZoneId;

/**
 * Late-payment rules as data (Directive 2011/7/EU as transposed in Belgium), reminders and the
 * calendar payment days are counted in.
 */
@ConfigMapping(prefix = "challengemarket.payment")
public interface PaymentConfig {

    /** Percentage points added to the ECB reference rate of the half-year. */
    @WithDefault("8")
    BigDecimal interestMargin();

    /** The applied rate is rounded up to a multiple of this many points (Belgium: 0.5); 0 keeps it exact. */
    @WithDefault("0.5")
    BigDecimal rateRoundingStep();

    /** Fixed compensation for recovery costs owed once per late invoice, in the invoice's currency. */
    @WithDefault("40.00")
    BigDecimal compensation();

    /** Days per year the annual rate is divided by (interest per calendar day late). */
    @WithDefault("365")
    int dayCountBasis();

    /** Days before the due date of the first reminder to finance staff. */
    @WithDefault("7")
    int firstReminderDays();

    /** Days before the due date of the second reminder to finance staff. */
    @WithDefault("1")
    int secondReminderDays();

    /** How often the reminder job runs on each instance (a duration such as 15m). */
    @WithDefault("15m")
    String reminderInterval();

    /** How long after start an instance first runs the reminder job (a duration such as 30s). */
    @WithDefault("30s")
    String reminderDelay();

    /** Most reminders of one kind sent in one transaction; a run sends batch after batch. */
    @WithDefault("500")
    int reminderBatchSize();

    /** Whether this instance runs the reminder job on its schedule. */
    @WithDefault("true")
    boolean remindersEnabled();

    /** Zone whose calendar days due dates and payment dates are counted in. */
    @WithDefault("Europe/Brussels")
    ZoneId zone();

    /** Months over which the on-time rate and the average days to pay are measured. */
    @WithDefault("12")
    int performanceMonths();

    default LateInterest.Terms interestTerms() {
        return new LateInterest.Terms(interestMargin(), rateRoundingStep(), compensation(), dayCountBasis());
    }
}
