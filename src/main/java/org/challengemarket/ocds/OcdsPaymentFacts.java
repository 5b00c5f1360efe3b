package org.challengemarket.ocds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What an implementation release publishes about a pilot contract: where its milestones stand and
 * the payments made so far (each a transaction from the agency to the company).
 */
public record OcdsPaymentFacts(
        UUID challengeId, UUID contractId, String companyName, List<Milestone> milestones, List<Payment> payments) {

    public OcdsPaymentFacts {
        Objects.requireNonNull(challengeId);
        Objects.requireNonNull(contractId);
        Objects.requireNonNull(companyName);
        milestones = List.copyOf(milestones);
        payments = List.copyOf(payments);
    }

    /** A milestone's state: {@code met} is when the agency accepted it (null while not met). */
    public record Milestone(UUID id, String title, Instant dueDate, Instant met) {}

    /** One payment made. */
    public record Payment(UUID id, Instant date, BigDecimal value, String currency) {
        public Payment {
            Objects.requireNonNull(id);
            Objects.requireNonNull(date);
            Objects.requireNonNull(value);
            Objects.requireNonNull(currency);
        }
    }
}
