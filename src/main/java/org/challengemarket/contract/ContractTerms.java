package org.challengemarket.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The terms an agency sets on a pending contract: VAT, dates, payment term and milestones. */
public record ContractTerms(
        BigDecimal vatRate,
        LocalDate startsOn,
        LocalDate endsOn,
        Integer paymentTermDays,
        String paymentTermJustification,
        List<PlannedMilestone> milestones) {

    /** A milestone as planned. */
    public record PlannedMilestone(String deliverable, BigDecimal amount, LocalDate plannedOn) {}
}
