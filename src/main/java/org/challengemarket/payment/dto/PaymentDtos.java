package org.challengemarket.payment.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.challengemarket.payment.InvoiceStatus;
import org.challengemarket.payment.PaymentKind;
import org.challengemarket.platform.money.MoneyDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the invoice, payment and finance API. */
public final class PaymentDtos {

    private PaymentDtos() {}

    /** A company's invoice for an accepted milestone. */
    public record InvoiceRequest(
            @NotNull UUID milestoneId,
            @NotBlank @Size(max = 50) String number,
            @NotNull LocalDate issueDate,

            @NotNull @DecimalMin("0.01") @Digits(integer = 17, fraction = 2)
            BigDecimal amountExclVat,

            @NotNull @DecimalMin("0.00") @Digits(integer = 17, fraction = 2)
            BigDecimal vatAmount,

            @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as EUR")
            String currency) {}

    /** A payment finance records. */
    public record PaymentRequest(
            @Schema(description = "The day the money left the agency's account (Brussels calendar day)") @NotNull
            LocalDate paidOn,

            @NotNull @Valid MoneyDto amount,
            @NotBlank @Size(max = 140) String reference,

            @Schema(description = "PRINCIPAL (default) pays the invoice; INTEREST pays interest and compensation owed")
            PaymentKind kind) {}

    /** Finance disputes part or all of the unpaid amount. */
    public record DisputeRequest(
            @Schema(description = "Disputed amount; the whole unpaid amount when left out")
            @DecimalMin("0.01")
            @Digits(integer = 17, fraction = 2)
            BigDecimal amount,

            @NotBlank @Size(min = 10, max = 5000) String reason) {}

    /** How a dispute ended. */
    public record ResolveRequest(
            @NotBlank @Size(min = 10, max = 5000) String resolution) {}

    /** A new half-year's reference rate. */
    public record ReferenceRateRequest(
            @NotBlank @Pattern(regexp = "^\\d{4}-H[12]$", message = "must be a half-year such as 2026-H2")
            String halfYear,

            @Schema(description = "ECB main refinancing operations rate, percent")
            @NotNull
            @DecimalMin("-10")
            @DecimalMax("50")
            @Digits(integer = 3, fraction = 3)
            BigDecimal rate,

            @NotBlank @Size(max = 500) String source) {}

    /** A reference rate and the rate it leads to. */
    public record ReferenceRateDto(
            String halfYear,
            LocalDate startsOn,
            BigDecimal referenceRate,

            @Schema(description = "Reference rate plus the margin, rounded up to the rounding step")
            BigDecimal appliedRate,

            @Schema(
                    description =
                            "True when no rate is recorded for this half-year and the last known one is carried forward")
            boolean provisional,

            String source,
            Instant recordedAt) {}

    /** One period of late days with one base and one rate. */
    public record InterestPeriodDto(
            LocalDate from,
            LocalDate to,
            int days,

            @Schema(description = "Unpaid amount incl. VAT, less any disputed amount")
            BigDecimal base,

            String halfYear,
            BigDecimal referenceRate,
            boolean provisional,
            BigDecimal rate,

            @Schema(description = "base × rate × days / (100 × dayCountBasis), rounded half up to the cent")
            BigDecimal interest) {}

    /** Late-payment interest on an invoice as on a day, with its formula inputs. */
    public record InterestDto(
            LocalDate asOf,
            LocalDate dueDate,
            int daysLate,
            BigDecimal unpaid,
            BigDecimal margin,
            BigDecimal roundingStep,
            int dayCountBasis,
            String formula,
            List<InterestPeriodDto> periods,
            BigDecimal interest,

            @Schema(description = "Fixed compensation for recovery costs, once the invoice is late")
            BigDecimal compensation,

            BigDecimal interestPaid,

            @Schema(description = "Interest and compensation still owed: itself a payable amount")
            BigDecimal interestOutstanding,

            @Schema(description = "True when a rate of a period is carried forward (not yet recorded)")
            boolean provisional,

            String currency) {}

    /** A recorded payment. */
    public record PaymentDto(
            UUID id, PaymentKind kind, LocalDate paidOn, MoneyDto amount, String reference, Instant recordedAt) {}

    /** A dispute of an invoice. */
    public record DisputeDto(
            UUID id, BigDecimal amount, String reason, LocalDate openedOn, LocalDate resolvedOn, String resolution) {}

    /** An invoice with its payments, disputes and interest. */
    public record InvoiceDto(
            UUID id,
            String number,
            UUID contractId,
            UUID milestoneId,
            UUID companyId,
            String companyName,
            UUID agencyId,
            String agencyName,
            LocalDate issueDate,
            Instant receivedAt,

            @Schema(description = "Payment on this day (Brussels) is on time")
            LocalDate dueDate,

            String currency,
            BigDecimal amountExclVat,
            BigDecimal vatAmount,
            BigDecimal total,
            InvoiceStatus status,

            @Schema(description = "Derived: unpaid after the due date")
            boolean overdue,

            BigDecimal paidAmount,
            BigDecimal outstanding,
            LocalDate paidOn,
            InterestDto interest,
            List<PaymentDto> payments,
            List<DisputeDto> disputes,
            long version) {}

    /** A line of an invoice list, with its figures as on today. */
    public record InvoiceSummaryDto(
            UUID id,
            String number,
            UUID contractId,
            UUID milestoneId,
            String companyName,
            String agencyName,
            LocalDate issueDate,
            Instant receivedAt,
            LocalDate dueDate,
            String currency,
            BigDecimal total,
            InvoiceStatus status,
            boolean overdue,
            int daysLate,
            BigDecimal outstanding,
            LocalDate paidOn,
            BigDecimal interest,
            BigDecimal compensation,
            BigDecimal interestOutstanding) {}

    /** What a recorded payment did: the payment, the invoice after it, the interest as on the payment day. */
    public record PaymentReceiptDto(PaymentDto payment, InvoiceDto invoice, InterestDto interestAtPayment) {}

    /** Invoices paid in full this month. */
    public record PaidSummaryDto(long count, BigDecimal amount, String currency) {}

    /** An agency's payment punctuality over a period. */
    public record PaymentPerformanceDto(
            UUID agencyId,
            String agencyName,
            LocalDate from,
            LocalDate to,

            @Schema(description = "Invoices whose due date fell in the period")
            long invoicesDue,

            long paidOnTime,

            @Schema(description = "Percent paid by their due date, one decimal; absent when none was due")
            BigDecimal onTimeRate,

            @Schema(description = "Invoices paid in full in the period")
            long invoicesPaid,

            @Schema(description = "Mean days from receipt to full payment, one decimal; absent when none was paid")
            BigDecimal averageDaysToPay) {}

    /** On-time payment in one month (by due date). */
    public record MonthDto(String month, long due, long paidOnTime, BigDecimal onTimeRate) {}

    /** The finance dashboard of an agency. */
    public record FinanceDashboardDto(
            UUID agencyId,
            String agencyName,
            LocalDate today,
            List<InvoiceSummaryDto> dueSoon,
            List<InvoiceSummaryDto> overdue,
            BigDecimal overdueInterest,
            PaidSummaryDto paidThisMonth,
            PaymentPerformanceDto performance,
            List<MonthDto> trend) {}
}
