package org.challengemarket.payment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an invoice stands, with the transitions each state allows. Overdue is not a state: it is
 * derived from the due date and the day.
 */
public enum InvoiceStatus {
    RECEIVED,
    APPROVED,
    PARTIALLY_PAID,
    PAID,
    /** Finance disputes an amount, with a reason; that amount accrues no interest meanwhile. */
    DISPUTED;

    public Set<InvoiceStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(APPROVED, DISPUTED);
            case APPROVED -> EnumSet.of(PARTIALLY_PAID, PAID, DISPUTED);
            case PARTIALLY_PAID -> EnumSet.of(PARTIALLY_PAID, PAID, DISPUTED);
            case DISPUTED -> EnumSet.of(RECEIVED, APPROVED, PARTIALLY_PAID, PAID, DISPUTED);
            case PAID -> EnumSet.noneOf(InvoiceStatus.class);
        };
    }

    public boolean canMoveTo(InvoiceStatus target) {
        return next().contains(target);
    }
}
