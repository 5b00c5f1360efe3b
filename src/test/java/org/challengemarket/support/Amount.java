package org.challengemarket.support;

import java.math.BigDecimal;

/** A sum of money in a request body, e.g. a budget or a price. */
public record Amount(BigDecimal amount, String currency) {

    /** {@code amount} (as written, e.g. {@code "40000.00"}) in euro. */
    public static Amount eur(String amount) {
        return new Amount(new BigDecimal(amount), "EUR");
    }
}
