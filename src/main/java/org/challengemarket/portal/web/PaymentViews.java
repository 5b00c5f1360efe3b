package org.challengemarket.portal.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the contract and payment pages write amounts, days and rates for people. */
@TemplateExtension
public final class PaymentViews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private PaymentViews() {}

    /** {@code EUR 1,210.00}: two decimals always, as on an invoice. */
    public static String euro(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return "EUR " + format.format(amount);
    }

    /** {@code 1 Mar 2028}. */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** {@code 12.5}: the number as written, without exponent. */
    public static String plain(BigDecimal number) {
        return number.toPlainString();
    }

    /** {@code 87.5 %}. */
    public static String percent(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString() + " %";
    }
}
