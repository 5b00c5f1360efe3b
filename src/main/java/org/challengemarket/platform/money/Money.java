package org.challengemarket.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount with its ISO 4217 currency, never a floating-point number. */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Currency.getInstance(currency); // refuses unknown codes
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }

    public Money times(int factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** Compares amounts of the same currency. */
    public boolean isAtMost(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot compare " + currency + " with " + other.currency);
        }
        return amount.compareTo(other.amount) <= 0;
    }

    @Override
    public String toString() {
        return currency + " " + amount.toPlainString();
    }
}
