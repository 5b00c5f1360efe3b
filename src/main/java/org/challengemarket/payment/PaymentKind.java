package org.challengemarket.payment;

/** What a payment pays: the invoice itself, or the late-payment interest and compensation owed on it. */
public enum PaymentKind {
    PRINCIPAL,
    INTEREST
}
