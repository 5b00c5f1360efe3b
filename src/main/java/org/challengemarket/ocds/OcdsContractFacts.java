package org.challengemarket.ocds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a contract release publishes: the signed pilot contract of one awarded company, its value,
 * term and milestones (deliverable and due date).
 */
public record OcdsContractFacts(
        UUID challengeId,
        UUID contractId,
        String companyName,
        String title,
        BigDecimal value,
        String currency,
        Instant dateSigned,
        Instant startDate,
        Instant endDate,
        List<Milestone> milestones) {

    public OcdsContractFacts {
        Objects.requireNonNull(challengeId);
        Objects.requireNonNull(contractId);
        Objects.requireNonNull(companyName);
        Objects.requireNonNull(value);
        Objects.requireNonNull(currency);
        Objects.requireNonNull(dateSigned);
        milestones = List.copyOf(milestones);
    }

    /** A deliverable of the contract, due at {@code dueDate}. */
    public record Milestone(UUID id, String title, Instant dueDate) {}
}
