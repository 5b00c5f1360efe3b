package org.challengemarket.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.challengemarket.contract.ContractEvents;
import org.challengemarket.contract.ContractService;
import org.challengemarket.contract.InvoiceableMilestone;
import org.challengemarket.notification.NotificationService;
import org.challengemarket.notification.NotificationType;
import org.challengemarket.payment.dto.PaymentDtos.DisputeRequest;
import org.challengemarket.payment.dto.PaymentDtos.InterestDto;
import org.challengemarket.payment.dto.PaymentDtos.InvoiceDto;
import org.challengemarket.payment.dto.PaymentDtos.InvoiceRequest;
import org.challengemarket.payment.dto.PaymentDtos.InvoiceSummaryDto;
import org.challengemarket.payment.dto.PaymentDtos.PaymentReceiptDto;
import org.challengemarket.payment.dto.PaymentDtos.PaymentRequest;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;

/**
 * Invoices from receipt to payment: the company invoices an accepted milestone; finance of the
 * paying agency approves, disputes and records payments. Another organisation's invoice answers
 * 404.
 */
@ApplicationScoped
public class InvoiceService {

    /** Which invoices a list shows. */
    public record Filter(InvoiceStatus status, Boolean overdue, UUID contractId) {}

    @Inject
    ContractEvents contractEvents;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    NotificationService notifications;

    @Inject
    ContractService contracts;

    @Inject
    InvoiceFigures figures;

    @Inject
    PaymentConfig config;

    /** The company invoices one of its accepted milestones; finance staff of the agency are told. */
    @Transactional
    public InvoiceDto submit(UUID contractId, InvoiceRequest request) {
        InvoiceableMilestone m = contracts.forInvoicing(contractId, request.milestoneId());
        if (Invoice.count("milestoneId", m.milestoneId()) > 0) {
            throw ProblemException.conflict("Milestone " + m.milestonePosition() + " has been invoiced already");
        }
        if (Invoice.count(
                        "companyId = ?1 and lower(number) = lower(?2)",
                        m.companyId(),
                        request.number().strip())
                > 0) {
            throw ProblemException.conflict("Your company already sent an invoice numbered "
                    + request.number().strip());
        }
        Invoice invoice = Invoice.receive(
                m,
                request.number(),
                request.issueDate(),
                request.amountExclVat(),
                request.vatAmount(),
                request.currency(),
                now(),
                config.zone());
        invoice.persist();
        em.flush();
        notifications.notifyRole(
                m.agencyId(),
                Roles.FINANCE,
                NotificationType.INVOICE_RECEIVED,
                "Invoice " + invoice.number + " of " + m.companyName() + " received, due " + invoice.dueDate,
                link(invoice));
        audit.record("invoice.received", "invoice", invoice.id, invoice.number + ", due " + invoice.dueDate);
        return dto(invoice, today());
    }

    /** The caller's invoices: its company's, or its agency's; with figures as on today. */
    @Transactional
    public PageDto<InvoiceSummaryDto> list(Filter filter, PageRequest page) {
        UUID org = user.requireOrganisation();
        LocalDate today = today();
        StringBuilder where = new StringBuilder("(companyId = :org or agencyId = :org)");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("org", org);
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.contractId() != null) {
            where.append(" and contractId = :contract");
            params.put("contract", filter.contractId());
        }
        if (filter.overdue() != null) {
            where.append(
                    filter.overdue()
                            ? " and status <> :paid and dueDate < :today"
                            : " and (status = :paid or dueDate >= :today)");
            params.put("paid", InvoiceStatus.PAID);
            params.put("today", today);
        }
        var query = Invoice.<Invoice>find(where + " order by dueDate, receivedAt, id", params);
        List<Invoice> invoices = query.page(page.page() - 1, page.size()).list();
        InvoiceFigures.Loaded loaded = figures.load(invoices);
        List<InvoiceSummaryDto> items =
                invoices.stream().map(i -> figures.summary(i, loaded, today)).toList();
        return PageDto.of(items, page, query.count());
    }

    /** An invoice with its interest as on {@code asOf} (today when null). */
    @Transactional
    public InvoiceDto get(UUID id, LocalDate asOf) {
        Invoice invoice = readable(id, LockModeType.NONE);
        return dto(invoice, asOf == null ? today() : asOf);
    }

    @Transactional
    public InterestDto interest(UUID id, LocalDate asOf) {
        Invoice invoice = readable(id, LockModeType.NONE);
        return figures.interestDto(invoice, figures.load(List.of(invoice)), asOf == null ? today() : asOf);
    }

    @Transactional
    public InvoiceDto approve(UUID id) {
        Invoice invoice = ofAgency(id);
        invoice.approve(now());
        return saved(invoice, "invoice.approved", null);
    }

    /** Finance disputes an amount; the company is told the reason. */
    @Transactional
    public InvoiceDto dispute(UUID id, DisputeRequest request) {
        Invoice invoice = ofAgency(id);
        InvoiceDispute dispute = invoice.dispute(request.amount(), request.reason(), today(), now());
        dispute.persist();
        em.flush();
        notifications.notifyOrganisation(
                invoice.companyId,
                NotificationType.INVOICE_DISPUTED,
                "Invoice " + invoice.number + " is disputed: " + dispute.reason,
                link(invoice));
        return saved(invoice, "invoice.disputed", dispute.amount.toPlainString() + ": " + dispute.reason);
    }

    @Transactional
    public InvoiceDto resolve(UUID id, String resolution) {
        Invoice invoice = ofAgency(id);
        InvoiceDispute open = InvoiceDispute.<InvoiceDispute>find("invoiceId = ?1 and resolvedOn is null", id)
                .firstResult();
        invoice.resolve(open, resolution, today(), now());
        return saved(invoice, "invoice.dispute_resolved", resolution);
    }

    /**
     * Records a payment. The invoice row is locked for the transaction, so two recordings of the
     * same payment are serialised and the second one finds nothing left to pay (409).
     */
    @Transactional
    public PaymentReceiptDto pay(UUID id, PaymentRequest request) {
        Invoice invoice = ofAgency(id);
        LocalDate today = today();
        InvoiceFigures.Loaded before = figures.load(List.of(invoice));
        Payment payment;
        if (request.kind() == PaymentKind.INTEREST) {
            LateInterest.Result owed = figures.interest(invoice, before, request.paidOn());
            BigDecimal outstanding = owed.total().subtract(figures.interestPaid(invoice, before, today));
            payment = invoice.payInterest(
                    request.amount().amount(),
                    request.amount().currency(),
                    request.paidOn(),
                    request.reference(),
                    outstanding.max(BigDecimal.ZERO),
                    today,
                    now(),
                    user.subject());
        } else {
            BigDecimal disputed = before.disputesOf(id).stream()
                    .filter(InvoiceDispute::isOpen)
                    .map(d -> d.amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            payment = invoice.pay(
                    request.amount().amount(),
                    request.amount().currency(),
                    request.paidOn(),
                    request.reference(),
                    disputed,
                    today,
                    now(),
                    user.subject());
        }
        payment.persist();
        em.flush();
        audit.record(
                "invoice.payment_recorded",
                "invoice",
                invoice.id,
                payment.kind + " " + payment.amount.toPlainString() + " " + payment.currency + " on " + payment.paidOn
                        + " (" + payment.reference + ")");
        contractEvents.progressed(invoice.contractId);
        InvoiceFigures.Loaded after = figures.load(List.of(invoice));
        return new PaymentReceiptDto(
                InvoiceFigures.dto(payment),
                figures.dto(invoice, after, today, today),
                figures.interestDto(invoice, after, payment.paidOn));
    }

    private InvoiceDto saved(Invoice invoice, String action, String details) {
        em.flush();
        audit.record(action, "invoice", invoice.id, details);
        return dto(invoice, today());
    }

    private InvoiceDto dto(Invoice invoice, LocalDate asOf) {
        return figures.dto(invoice, figures.load(List.of(invoice)), today(), asOf);
    }

    /** An invoice of either party; anyone else's answers 404. */
    private Invoice readable(UUID id, LockModeType lock) {
        Invoice invoice = em.find(Invoice.class, id, lock);
        if (invoice == null || !(user.actsFor(invoice.agencyId) || user.actsFor(invoice.companyId))) {
            throw ProblemException.notFound("Invoice " + id);
        }
        return invoice;
    }

    /** An invoice the caller's agency pays, locked for this transaction. */
    private Invoice ofAgency(UUID id) {
        Invoice invoice = em.find(Invoice.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null || !user.actsFor(invoice.agencyId)) {
            throw ProblemException.notFound("Invoice " + id);
        }
        return invoice;
    }

    private static String link(Invoice invoice) {
        return "/api/v1/invoices/" + invoice.id;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), config.zone());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
