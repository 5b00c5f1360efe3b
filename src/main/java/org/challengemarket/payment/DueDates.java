package org.challengemarket.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The payment deadline: the payment term runs from the later of the invoice's receipt and the
 * milestone's delivery, in calendar days of the zone (Europe/Brussels by default). Adding days to
 * a calendar date crosses month ends and 29 February as the calendar does.
 */
public final class DueDates {

    private DueDates() {}

    public static LocalDate dueDate(Instant receivedAt, Instant deliveredAt, int termDays, ZoneId zone) {
        Instant start = deliveredAt != null && deliveredAt.isAfter(receivedAt) ? deliveredAt : receivedAt;
        return LocalDate.ofInstant(start, zone).plusDays(termDays);
    }
}
