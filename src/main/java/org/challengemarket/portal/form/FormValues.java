package org.challengemarket.portal.form;

import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads typed values from the text of a submitted form, reporting what cannot be read on its
 * field. Times are entered and shown as local times in Brussels ({@code datetime-local}).
 */
final class FormValues {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static final Pattern AMOUNT = Pattern.compile("^\\d{1,17}(\\.\\d{1,2})?$");
    private static final Pattern WHOLE = Pattern.compile("^-?\\d{1,9}$");

    private final MultivaluedMap<String, String> form;

    FormValues(MultivaluedMap<String, String> form) {
        this.form = form;
    }

    /** The field's text; line breaks as {@code \n} whatever the browser sent. */
    String text(String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.replace("\r\n", "\n");
    }

    List<String> all(String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values;
    }

    boolean has(String name) {
        return form.containsKey(name);
    }

    /** A local date and time in Brussels as {@code datetime-local} shows it, to the minute. */
    static String toInput(Instant instant) {
        return instant == null
                ? ""
                : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MINUTES), BRUSSELS)
                        .toString();
    }

    static Instant instant(String text, String field, FormErrors errors, String message) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(BRUSSELS).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(field, message);
            return null;
        }
    }

    static Integer whole(String text, String field, FormErrors errors, String message) {
        if (blank(text)) {
            return null;
        }
        String value = text.strip();
        if (!WHOLE.matcher(value).matches()) {
            errors.add(field, message);
            return null;
        }
        return Integer.valueOf(value);
    }

    static BigDecimal amount(String text, String field, FormErrors errors, String message) {
        if (blank(text)) {
            return null;
        }
        String value = text.strip().replace(" ", "");
        if (!AMOUNT.matcher(value).matches()) {
            errors.add(field, message);
            return null;
        }
        return new BigDecimal(value);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String blankToNull(String text) {
        return blank(text) ? null : text;
    }
}
