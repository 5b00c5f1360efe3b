package org.challengemarket.portal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Times as the portal shows and reads them: Brussels local time. */
final class PortalTimes {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm zzz", Locale.ENGLISH)
            .withZone(BRUSSELS);

    private PortalTimes() {}

    /** How a page shows {@code instant}. */
    static String shown(Instant instant) {
        return SHOWN.format(instant);
    }

    /** What a person types into a {@code datetime-local} input for {@code instant}. */
    static String typed(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MINUTES), BRUSSELS)
                .toString();
    }
}
