package org.challengemarket.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times written for people (notification titles, amendment summaries): Brussels time by default. */
public final class Times {

    /** The zone times are shown in unless a person chose another. */
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static final DateTimeFormatter FOR_PEOPLE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT).withZone(BRUSSELS);

    private Times() {}

    /** For example {@code 2027-03-01 12:00 CET}. */
    public static String forPeople(Instant instant) {
        return FOR_PEOPLE.format(instant);
    }
}
