package org.challengemarket.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What the payment feature needs to know of a contract and one of its milestones to take an
 * invoice for it; the contract feature answers it, so payment never reads contract tables.
 */
public record InvoiceableMilestone(
        UUID contractId,
        UUID milestoneId,
        int milestonePosition,
        String deliverable,
        UUID agencyId,
        String agencyName,
        UUID companyId,
        String companyName,
        String challengeTitle,
        ContractStatus contractStatus,
        MilestoneStatus milestoneStatus,
        BigDecimal amount,
        String currency,
        BigDecimal vatRate,
        int paymentTermDays,
        Instant deliveredAt) {}
