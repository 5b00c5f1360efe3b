package org.challengemarket.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.challengemarket.payment.dto.PaymentDtos.DisputeDto;
import org.challengemarket.payment.dto.PaymentDtos.InterestDto;
import org.challengemarket.payment.dto.PaymentDtos.InterestPeriodDto;
import org.challengemarket.payment.dto.PaymentDtos.InvoiceDto;
import org.challengemarket.payment.dto.PaymentDtos.InvoiceSummaryDto;
import org.challengemarket.payment.dto.PaymentDtos.PaymentDto;
import org.challengemarket.platform.money.MoneyDto;

/**
 * The figures of invoices: payments, disputes and interest, loaded for a whole list in a fixed
 * number of queries (never one per invoice).
 */
@ApplicationScoped
class InvoiceFigures {

    @Inject
    EntityManager em;

    @Inject
    PaymentConfig config;

    /** Payments, disputes and names of a set of invoices, and the rate table. */
    record Loaded(
            Map<UUID, List<Payment>> payments,
            Map<UUID, List<InvoiceDispute>> disputes,
            Map<UUID, String> names,
            RateTable rates) {

        List<Payment> paymentsOf(UUID invoice) {
            return payments.getOrDefault(invoice, List.of());
        }

        List<InvoiceDispute> disputesOf(UUID invoice) {
            return disputes.getOrDefault(invoice, List.of());
        }
    }

    Loaded load(Collection<Invoice> invoices) {
        List<UUID> ids = invoices.stream().map(i -> i.id).toList();
        Map<UUID, List<Payment>> payments = ids.isEmpty()
                ? Map.of()
                : Payment.<Payment>list("invoiceId in ?1 order by paidOn, recordedAt, id", ids).stream()
                        .collect(Collectors.groupingBy(p -> p.invoiceId));
        Map<UUID, List<InvoiceDispute>> disputes = ids.isEmpty()
                ? Map.of()
                : InvoiceDispute.<InvoiceDispute>list("invoiceId in ?1 order by openedAt, id", ids).stream()
                        .collect(Collectors.groupingBy(d -> d.invoiceId));
        List<UUID> orgs = invoices.stream()
                .flatMap(i -> java.util.stream.Stream.of(i.companyId, i.agencyId))
                .distinct()
                .toList();
        Map<UUID, String> names = new HashMap<>();
        if (!orgs.isEmpty()) {
            em.createQuery("select o.id, o.name from Organisation o where o.id in :ids", Object[].class)
                    .setParameter("ids", orgs)
                    .getResultList()
                    .forEach(r -> names.put((UUID) r[0], (String) r[1]));
        }
        return new Loaded(payments, disputes, names, ReferenceRate.table());
    }

    LateInterest.Result interest(Invoice invoice, Loaded loaded, LocalDate asOf) {
        List<LateInterest.Paid> paid = loaded.paymentsOf(invoice.id).stream()
                .filter(p -> p.kind == PaymentKind.PRINCIPAL)
                .map(p -> new LateInterest.Paid(p.paidOn, p.amount))
                .toList();
        List<LateInterest.Disputed> disputed = loaded.disputesOf(invoice.id).stream()
                .map(InvoiceDispute::period)
                .toList();
        return LateInterest.compute(
                invoice.total, invoice.dueDate, paid, disputed, loaded.rates(), config.interestTerms(), asOf);
    }

    BigDecimal interestPaid(Invoice invoice, Loaded loaded, LocalDate asOf) {
        return loaded.paymentsOf(invoice.id).stream()
                .filter(p -> p.kind == PaymentKind.INTEREST && !p.paidOn.isAfter(asOf))
                .map(p -> p.amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    InterestDto interestDto(Invoice invoice, Loaded loaded, LocalDate asOf) {
        LateInterest.Result r = interest(invoice, loaded, asOf);
        BigDecimal paid = interestPaid(invoice, loaded, asOf);
        LateInterest.Terms terms = config.interestTerms();
        return new InterestDto(
                asOf,
                invoice.dueDate,
                r.daysLate(),
                r.unpaid(),
                terms.margin(),
                terms.roundingStep(),
                terms.dayCountBasis(),
                "per period: base × (reference rate + " + terms.margin().toPlainString()
                        + " points, rounded up to a multiple of "
                        + terms.roundingStep().toPlainString()
                        + ") × days / (100 × " + terms.dayCountBasis()
                        + "), rounded half up to the cent; plus "
                        + terms.compensation().toPlainString()
                        + " compensation once late",
                r.periods().stream()
                        .map(p -> new InterestPeriodDto(
                                p.from(),
                                p.to(),
                                p.days(),
                                p.base(),
                                RateTable.label(p.halfYear()),
                                p.referenceRate(),
                                p.provisional(),
                                p.rate(),
                                p.interest()))
                        .toList(),
                r.interest(),
                r.compensation(),
                paid,
                r.total().subtract(paid).max(BigDecimal.ZERO).setScale(2),
                r.provisional(),
                invoice.currency);
    }

    InvoiceDto dto(Invoice invoice, Loaded loaded, LocalDate today, LocalDate asOf) {
        return new InvoiceDto(
                invoice.id,
                invoice.number,
                invoice.contractId,
                invoice.milestoneId,
                invoice.companyId,
                loaded.names().get(invoice.companyId),
                invoice.agencyId,
                loaded.names().get(invoice.agencyId),
                invoice.issueDate,
                invoice.receivedAt,
                invoice.dueDate,
                invoice.currency,
                invoice.amountExclVat,
                invoice.vatAmount,
                invoice.total,
                invoice.status,
                invoice.overdueOn(today),
                invoice.paidAmount,
                invoice.outstanding(),
                invoice.paidOn,
                interestDto(invoice, loaded, asOf),
                loaded.paymentsOf(invoice.id).stream().map(InvoiceFigures::dto).toList(),
                loaded.disputesOf(invoice.id).stream()
                        .map(d -> new DisputeDto(d.id, d.amount, d.reason, d.openedOn, d.resolvedOn, d.resolution))
                        .toList(),
                invoice.version);
    }

    InvoiceSummaryDto summary(Invoice invoice, Loaded loaded, LocalDate today) {
        LateInterest.Result r = interest(invoice, loaded, today);
        BigDecimal paid = interestPaid(invoice, loaded, today);
        return new InvoiceSummaryDto(
                invoice.id,
                invoice.number,
                invoice.contractId,
                invoice.milestoneId,
                loaded.names().get(invoice.companyId),
                loaded.names().get(invoice.agencyId),
                invoice.issueDate,
                invoice.receivedAt,
                invoice.dueDate,
                invoice.currency,
                invoice.total,
                invoice.status,
                invoice.overdueOn(today),
                r.daysLate(),
                invoice.outstanding(),
                invoice.paidOn,
                r.interest(),
                r.compensation(),
                r.total().subtract(paid).max(BigDecimal.ZERO).setScale(2));
    }

    static PaymentDto dto(Payment p) {
        return new PaymentDto(p.id, p.kind, p.paidOn, new MoneyDto(p.amount, p.currency), p.reference, p.recordedAt);
    }
}
