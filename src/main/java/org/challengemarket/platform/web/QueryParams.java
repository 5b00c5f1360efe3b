package org.challengemarket.platform.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.error.RuleViolations;

/**
 * Reads query parameters with a field-level 400 for bad values (JAX-RS would answer 404 for a
 * query parameter it cannot convert). Collect, then call {@link #done()}.
 */
public final class QueryParams {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final RuleViolations violations = new RuleViolations();

    public <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            violations.add(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    /** A whole number, or null when absent or not one. */
    public Integer integer(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            violations.add(name, "must be a whole number");
            return null;
        }
    }

    /** The page asked for with {@code page} and {@code size}; use it only after {@link #done()}. */
    public PageRequest page(String page, String size) {
        return PageRequest.of(integer("page", page), integer("size", size), violations);
    }

    public UUID uuid(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(name, "must be a UUID");
            return null;
        }
    }

    public BigDecimal decimal(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.strip());
            violations.check(number.signum() >= 0, name, "must not be negative");
            return number;
        } catch (NumberFormatException e) {
            violations.add(name, "must be a number such as 25000.00");
            return null;
        }
    }

    /** An instant, or a date taken as its start in Brussels. */
    public Instant instant(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(BRUSSELS).toInstant()
                    : Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(name, "must be a date (2027-03-01) or an instant (2027-03-01T12:00:00Z)");
            return null;
        }
    }

    /** {@code true} or {@code false}. */
    public Boolean bool(String name, String value) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.valueOf(v);
        }
        violations.add(name, "must be true or false");
        return null;
    }

    public String text(String name, String value, int maxLength) {
        if (blank(value)) {
            return null;
        }
        violations.check(value.length() <= maxLength, name, "must be at most " + maxLength + " characters");
        return value.strip();
    }

    public QueryParams check(boolean ok, String name, String message) {
        violations.check(ok, name, message);
        return this;
    }

    /** Throws one 400 listing every bad parameter. */
    public void done() {
        violations.throwIfAny(ProblemType.INVALID_REQUEST, "Some query parameters are invalid");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
