package org.challengemarket.payment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.challengemarket.contract.InvoiceableMilestone;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.error.RuleViolations;

/**
 * A company's invoice for an accepted milestone: the aggregate root of the payment feature. Its
 * due date is fixed at receipt; payments, approval and disputes are its verbs. Whether it is
 * overdue is derived ({@link #overdueOn}), never stored.
 */
@Entity
@Table(name = "invoice")
public class Invoice extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "contract_id", nullable = false)
    public UUID contractId;

    @Column(name = "milestone_id", nullable = false)
    public UUID milestoneId;

    @Column(name = "company_id", nullable = false)
    public UUID companyId;

    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;

    @Column(nullable = false)
    public String number;

    @Column(name = "issue_date", nullable = false)
    public LocalDate issueDate;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "amount_excl_vat", nullable = false, precision = 19, scale = 2)
    public BigDecimal amountExclVat;

    @Column(name = "vat_amount", nullable = false, precision = 19, scale = 2)
    public BigDecimal vatAmount;

    @Column(nullable = false, precision = 19, scale = 2)
    public BigDecimal total;

    @Column(nullable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InvoiceStatus status;

    @Column(name = "paid_amount", nullable = false, precision = 19, scale = 2)
    public BigDecimal paidAmount;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Version
    public long version;

    protected Invoice() {}

    /** VAT on an amount at a rate in percent, rounded half up to the cent. */
    public static BigDecimal vat(BigDecimal amountExclVat, BigDecimal ratePercent) {
        return amountExclVat.multiply(ratePercent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /**
     * Receives an invoice for a milestone, refusing with every reason at once: the milestone is
     * accepted and its contract active or completed, the amount is the milestone's, the VAT is the
     * contract's rate of it, the issue date is not in the future.
     */
    public static Invoice receive(
            InvoiceableMilestone m,
            String number,
            LocalDate issueDate,
            BigDecimal amountExclVat,
            BigDecimal vatAmount,
            String currency,
            Instant now,
            ZoneId zone) {
        RuleViolations v = new RuleViolations();
        v.check(
                m.contractStatus() == org.challengemarket.contract.ContractStatus.ACTIVE
                        || m.contractStatus() == org.challengemarket.contract.ContractStatus.COMPLETED,
                "contractId",
                "the contract is " + m.contractStatus() + "; only signed contracts are invoiced");
        v.check(
                m.milestoneStatus() == org.challengemarket.contract.MilestoneStatus.ACCEPTED,
                "milestoneId",
                "milestone " + m.milestonePosition() + " is " + m.milestoneStatus()
                        + "; only accepted milestones are invoiced");
        v.check(
                amountExclVat.compareTo(m.amount()) == 0,
                "amountExclVat",
                "must be the milestone's amount " + m.amount().toPlainString());
        BigDecimal expectedVat = vat(amountExclVat, m.vatRate());
        v.check(
                vatAmount.compareTo(expectedVat) == 0,
                "vatAmount",
                "must be " + m.vatRate().toPlainString() + " % of the amount, " + expectedVat.toPlainString()
                        + " (rounded half up to the cent)");
        v.check(currency.equals(m.currency()), "currency", "must be the contract's currency " + m.currency());
        v.check(!issueDate.isAfter(LocalDate.ofInstant(now, zone)), "issueDate", "must not be in the future");
        v.throwIfAny(ProblemType.RULE_VIOLATION, "The invoice cannot be received");

        Invoice invoice = new Invoice();
        invoice.id = UUID.randomUUID();
        invoice.contractId = m.contractId();
        invoice.milestoneId = m.milestoneId();
        invoice.companyId = m.companyId();
        invoice.agencyId = m.agencyId();
        invoice.number = number.strip();
        invoice.issueDate = issueDate;
        invoice.receivedAt = now;
        invoice.dueDate = DueDates.dueDate(now, m.deliveredAt(), m.paymentTermDays(), zone);
        invoice.amountExclVat = amountExclVat.setScale(2);
        invoice.vatAmount = vatAmount.setScale(2);
        invoice.total = invoice.amountExclVat.add(invoice.vatAmount);
        invoice.currency = currency;
        invoice.status = InvoiceStatus.RECEIVED;
        invoice.paidAmount = BigDecimal.ZERO.setScale(2);
        return invoice;
    }

    /** The principal still unpaid. */
    public BigDecimal outstanding() {
        return total.subtract(paidAmount);
    }

    /** Unpaid after its due date: derived from the day, never stored. */
    public boolean overdueOn(LocalDate today) {
        return status != InvoiceStatus.PAID && today.isAfter(dueDate);
    }

    public void approve(Instant now) {
        move(InvoiceStatus.APPROVED);
        status = InvoiceStatus.APPROVED;
        approvedAt = now;
    }

    /** Disputes part or all of the unpaid amount; it accrues no interest from today until resolved. */
    public InvoiceDispute dispute(BigDecimal amount, String reason, LocalDate today, Instant now) {
        if (status == InvoiceStatus.DISPUTED) {
            throw ProblemException.conflict("This invoice is already disputed; resolve that dispute first");
        }
        move(InvoiceStatus.DISPUTED);
        BigDecimal disputed = amount == null ? outstanding() : amount;
        if (disputed.signum() <= 0 || disputed.compareTo(outstanding()) > 0) {
            throw ProblemException.invalid(
                    "amount",
                    "must be positive and at most the unpaid " + outstanding().toPlainString());
        }
        status = InvoiceStatus.DISPUTED;
        return new InvoiceDispute(id, disputed.setScale(2), reason, today, now);
    }

    /** Ends the open dispute: the invoice is back where its payments put it. */
    public void resolve(InvoiceDispute dispute, String resolution, LocalDate today, Instant now) {
        if (status != InvoiceStatus.DISPUTED || dispute == null || !dispute.isOpen()) {
            throw ProblemException.conflict("This invoice has no open dispute");
        }
        dispute.resolve(resolution, today, now);
        status = paidAmount.signum() > 0
                ? InvoiceStatus.PARTIALLY_PAID
                : approvedAt != null ? InvoiceStatus.APPROVED : InvoiceStatus.RECEIVED;
    }

    /**
     * Records a payment of the principal. An amount above what is unpaid (and not disputed) is an
     * overpayment, refused with 409 so a second recording of the same payment cannot pay twice.
     */
    public Payment pay(
            BigDecimal amount,
            String paymentCurrency,
            LocalDate paidOn,
            String reference,
            BigDecimal disputed,
            LocalDate today,
            Instant now,
            String by) {
        checkPayment(paymentCurrency, paidOn, today);
        if (status == InvoiceStatus.RECEIVED) {
            throw ProblemException.conflict("Approve the invoice before recording a payment");
        }
        if (status == InvoiceStatus.PAID) {
            throw ProblemException.conflict("This invoice is paid in full; a further payment would be an overpayment");
        }
        BigDecimal payable = outstanding().subtract(disputed);
        if (amount.compareTo(payable) > 0) {
            throw ProblemException.conflict("Overpayment: " + amount.toPlainString() + " is more than the "
                    + payable.toPlainString() + " " + currency + " payable"
                    + (disputed.signum() > 0 ? " (" + disputed.toPlainString() + " is disputed)" : ""));
        }
        paidAmount = paidAmount.add(amount);
        if (paidAmount.compareTo(total) == 0) {
            status = InvoiceStatus.PAID;
            this.paidOn = paidOn;
        } else if (status != InvoiceStatus.DISPUTED) {
            status = InvoiceStatus.PARTIALLY_PAID;
        }
        return new Payment(id, PaymentKind.PRINCIPAL, paidOn, amount, paymentCurrency, reference, now, by);
    }

    /** Records a payment of interest and compensation, at most what is owed on the day paid. */
    public Payment payInterest(
            BigDecimal amount,
            String paymentCurrency,
            LocalDate paidOn,
            String reference,
            BigDecimal interestOwed,
            LocalDate today,
            Instant now,
            String by) {
        checkPayment(paymentCurrency, paidOn, today);
        if (amount.compareTo(interestOwed) > 0) {
            throw ProblemException.conflict(
                    "Overpayment: " + amount.toPlainString() + " is more than the " + interestOwed.toPlainString() + " "
                            + currency + " of interest and compensation owed on " + paidOn);
        }
        return new Payment(id, PaymentKind.INTEREST, paidOn, amount, paymentCurrency, reference, now, by);
    }

    private void checkPayment(String paymentCurrency, LocalDate paidOn, LocalDate today) {
        RuleViolations v = new RuleViolations();
        v.check(paymentCurrency.equals(currency), "amount.currency", "must be the invoice's currency " + currency);
        v.check(!paidOn.isAfter(today), "paidOn", "must not be in the future");
        v.check(!paidOn.isBefore(issueDate), "paidOn", "must not be before the invoice's issue date " + issueDate);
        v.throwIfAny(ProblemType.RULE_VIOLATION, "The payment cannot be recorded");
    }

    private void move(InvoiceStatus target) {
        if (!status.canMoveTo(target)) {
            throw ProblemException.conflict("A " + status + " invoice cannot become " + target);
        }
    }
}
