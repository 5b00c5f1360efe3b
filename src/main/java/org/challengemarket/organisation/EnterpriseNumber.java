package org.challengemarket.organisation;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A company's enterprise or VAT number, normalised to its country prefix and digits (BE0123456749).
 * A Belgian enterprise number has 10 digits whose last two are 97 − (first eight mod 97); other EU
 * VAT numbers are checked by their format.
 */
public record EnterpriseNumber(String value) {

    private static final Map<String, Pattern> EU_FORMATS = Map.ofEntries(
            Map.entry("AT", Pattern.compile("U\\d{8}")),
            Map.entry("BG", Pattern.compile("\\d{9,10}")),
            Map.entry("CY", Pattern.compile("\\d{8}[A-Z]")),
            Map.entry("CZ", Pattern.compile("\\d{8,10}")),
            Map.entry("DE", Pattern.compile("\\d{9}")),
            Map.entry("DK", Pattern.compile("\\d{8}")),
            Map.entry("EE", Pattern.compile("\\d{9}")),
            Map.entry("EL", Pattern.compile("\\d{9}")),
            Map.entry("ES", Pattern.compile("[0-9A-Z]\\d{7}[0-9A-Z]")),
            Map.entry("FI", Pattern.compile("\\d{8}")),
            Map.entry("FR", Pattern.compile("[0-9A-Z]{2}\\d{9}")),
            Map.entry("HR", Pattern.compile("\\d{11}")),
            Map.entry("HU", Pattern.compile("\\d{8}")),
            Map.entry("IE", Pattern.compile("\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]")),
            Map.entry("IT", Pattern.compile("\\d{11}")),
            Map.entry("LT", Pattern.compile("\\d{9}|\\d{12}")),
            Map.entry("LU", Pattern.compile("\\d{8}")),
            Map.entry("LV", Pattern.compile("\\d{11}")),
            Map.entry("MT", Pattern.compile("\\d{8}")),
            Map.entry("NL", Pattern.compile("\\d{9}B\\d{2}")),
            Map.entry("PL", Pattern.compile("\\d{10}")),
            Map.entry("PT", Pattern.compile("\\d{9}")),
            Map.entry("RO", Pattern.compile("\\d{2,10}")),
            Map.entry("SE", Pattern.compile("\\d{12}")),
            Map.entry("SI", Pattern.compile("\\d{8}")),
            Map.entry("SK", Pattern.compile("\\d{10}")));

    /**
     * Reads what a person typed (spaces, dots and dashes allowed; a bare 10-digit number is Belgian),
     * or nothing when it is not a valid number.
     */
    public static Optional<EnterpriseNumber> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = input.replaceAll("[\\s.\\-]", "").toUpperCase();
        if (compact.matches("\\d{9,10}")) {
            compact = "BE" + compact;
        }
        if (compact.length() < 4 || !compact.substring(0, 2).matches("[A-Z]{2}")) {
            return Optional.empty();
        }
        String country = compact.substring(0, 2);
        String number = compact.substring(2);
        if (country.equals("BE")) {
            return belgian(number).map(digits -> new EnterpriseNumber("BE" + digits));
        }
        Pattern format = EU_FORMATS.get(country);
        return format != null && format.matcher(number).matches()
                ? Optional.of(new EnterpriseNumber(compact))
                : Optional.empty();
    }

    private static Optional<String> belgian(String number) {
        String digits = number.length() == 9 ? "0" + number : number;
        if (!digits.matches("[01]\\d{9}")) {
            return Optional.empty();
        }
        long firstEight = Long.parseLong(digits.substring(0, 8));
        int check = Integer.parseInt(digits.substring(8));
        return check == 97 - (firstEight % 97) ? Optional.of(digits) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
