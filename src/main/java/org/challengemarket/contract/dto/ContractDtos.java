package org.challengemarket.contract.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.challengemarket.contract.ContractStatus;
import org.challengemarket.contract.MilestoneStatus;
import org.challengemarket.platform.money.MoneyDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the award and pilot contract API. */
public final class ContractDtos {

    private ContractDtos() {}

    /** The agency's award: which final-stage proposals get a pilot contract, and for how much. */
    public record AwardRequest(
            @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid AwardItem> awards,

            @Schema(description = "Required when the choice departs from the evaluation's ranking order")
            @Size(max = 5000)
            String departureReason) {}

    /** One awarded proposal and the value of its contract, excluding VAT. */
    public record AwardItem(
            @NotNull UUID proposalId, @NotNull @Valid MoneyDto value) {}

    /** An award decision, public once made. */
    public record AwardDto(
            UUID challengeId,
            String challengeTitle,
            int stage,
            Instant awardedAt,

            @Schema(description = "No contract is signed before this time")
            Instant standstillEndsAt,

            String departureReason,

            @Schema(description = "Whether the choice was checked against the evaluation's ranking")
            boolean rankingChecked,

            List<AwardedDto> awards) {}

    /** One awarded proposal and its contract. */
    public record AwardedDto(
            UUID contractId, UUID proposalId, UUID companyId, String companyName, Integer rank, MoneyDto value) {}

    /** The terms of a pending contract, replaced as a whole (If-Match). */
    public record TermsRequest(
            @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2)
            BigDecimal vatRate,

            LocalDate startsOn,
            LocalDate endsOn,

            @Schema(description = "Days from receipt of the invoice (or delivery, if later) to the due date")
            @Min(1)
            @Max(365)
            Integer paymentTermDays,

            @Schema(description = "Required for a payment term above the default") @Size(max = 5000)
            String paymentTermJustification,

            @NotNull @Size(max = 50) List<@NotNull @Valid MilestoneRequest> milestones) {}

    /** A milestone as planned: what is delivered, for how much (excl. VAT), when. */
    public record MilestoneRequest(
            @NotBlank @Size(max = 2000) String deliverable,

            @NotNull @DecimalMin("0.01") @Digits(integer = 17, fraction = 2)
            BigDecimal amount,

            @NotNull LocalDate plannedOn) {}

    /** The company's delivery of a milestone: a note and, optionally, one file. */
    public record DeliveryRequest(
            @Size(max = 5000) String note, @Valid FileRequest attachment) {}

    /** A file sent inline, base64-encoded (PDF, PNG or JPEG, at most 512 KiB). */
    public record FileRequest(
            @NotBlank @Size(max = 255) String fileName,

            @NotBlank
            @Pattern(
                    regexp = "^(application/pdf|image/png|image/jpeg)$",
                    message = "must be application/pdf, image/png or image/jpeg")
            String mediaType,

            @NotBlank @Size(max = 700_000) String contentBase64) {}

    /** A reason for a rejection or a termination. */
    public record ReasonRequest(
            @NotBlank @Size(min = 10, max = 5000) String reason) {}

    /** A pilot contract as its agency and company see it. */
    public record ContractDto(
            UUID id,
            UUID challengeId,
            String challengeTitle,
            UUID proposalId,
            UUID agencyId,
            String agencyName,
            UUID companyId,
            String companyName,
            Integer rank,
            ContractStatus status,

            @Schema(description = "Value excluding VAT") MoneyDto value,

            BigDecimal vatRate,
            LocalDate startsOn,
            LocalDate endsOn,
            int paymentTermDays,
            String paymentTermJustification,
            Instant standstillEndsAt,
            Instant signedAt,
            Instant completedAt,
            Instant terminatedAt,
            String terminationReason,
            List<MilestoneDto> milestones,
            Instant createdAt,
            Instant updatedAt,
            long version) {}

    /** A milestone of a contract. */
    public record MilestoneDto(
            UUID id,
            int position,
            String deliverable,
            BigDecimal amount,
            LocalDate plannedOn,
            MilestoneStatus status,
            Instant deliveredAt,
            String deliveryNote,
            AttachmentDto attachment,

            @Schema(description = "The agency accepts or rejects a delivery by then")
            Instant acceptanceDueAt,

            @Schema(description = "Delivered and not decided within the acceptance period")
            boolean acceptanceOverdue,

            Instant decidedAt,
            String rejectionReason) {}

    /** The file delivered with a milestone. */
    public record AttachmentDto(String fileName, String mediaType, String sha256) {}

    /** A line of the caller's contract list. */
    public record ContractSummaryDto(
            UUID id,
            UUID challengeId,
            String challengeTitle,
            String agencyName,
            String companyName,
            ContractStatus status,
            MoneyDto value,
            LocalDate startsOn,
            LocalDate endsOn) {}
}
