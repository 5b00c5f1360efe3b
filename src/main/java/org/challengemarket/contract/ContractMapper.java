package org.challengemarket.contract;

import java.time.Instant;
import org.challengemarket.contract.dto.ContractDtos.AttachmentDto;
import org.challengemarket.contract.dto.ContractDtos.ContractDto;
import org.challengemarket.contract.dto.ContractDtos.ContractSummaryDto;
import org.challengemarket.contract.dto.ContractDtos.MilestoneDto;
import org.challengemarket.platform.money.MoneyDto;

/** Contracts and milestones to DTOs. */
final class ContractMapper {

    private ContractMapper() {}

    static ContractDto toDto(PilotContract c, Instant standstillEndsAt, Instant now) {
        return new ContractDto(
                c.id,
                c.challenge.id,
                c.challenge.title,
                c.proposal.id,
                c.agency.id,
                c.agency.name,
                c.company.id,
                c.company.name,
                c.rank,
                c.status,
                new MoneyDto(c.valueAmount, c.currency),
                c.vatRate,
                c.startsOn,
                c.endsOn,
                c.paymentTermDays,
                c.paymentTermJustification,
                standstillEndsAt,
                c.signedAt,
                c.completedAt,
                c.terminatedAt,
                c.terminationReason,
                c.milestones.stream().map(m -> toDto(m, now)).toList(),
                c.createdAt,
                c.updatedAt,
                c.version);
    }

    static MilestoneDto toDto(Milestone m, Instant now) {
        return new MilestoneDto(
                m.id,
                m.position,
                m.deliverable,
                m.amount,
                m.plannedOn,
                m.status,
                m.deliveredAt,
                m.deliveryNote,
                m.attachmentName == null
                        ? null
                        : new AttachmentDto(m.attachmentName, m.attachmentType, m.attachmentSha256),
                m.acceptanceDueAt,
                m.acceptanceOverdueAt(now),
                m.decidedAt,
                m.rejectionReason);
    }

    static ContractSummaryDto toSummary(PilotContract c) {
        return new ContractSummaryDto(
                c.id,
                c.challenge.id,
                c.challenge.title,
                c.agency.name,
                c.company.name,
                c.status,
                new MoneyDto(c.valueAmount, c.currency),
                c.startsOn,
                c.endsOn);
    }
}
