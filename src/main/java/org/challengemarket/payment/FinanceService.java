package org.challengemarket.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeConfig;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.organisation.OrganisationType;
import org.challengemarket.payment.dto.PaymentDtos.FinanceDashboardDto;
import org.challengemarket.payment.dto.PaymentDtos.InvoiceSummaryDto;
import org.challengemarket.payment.dto.PaymentDtos.MonthDto;
import org.challengemarket.payment.dto.PaymentDtos.PaidSummaryDto;
import org.challengemarket.payment.dto.PaymentDtos.PaymentPerformanceDto;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.security.CurrentUser;

/**
 * What finance staff watch and what the public may know: invoices due soon and overdue with their
 * interest, payments this month, the on-time rate and average days to pay, the monthly trend, and
 * the CSV export. On time means paid in full by the due date; the rate counts the invoices whose
 * due date fell in the last months (unpaid ones count as late).
 */
@ApplicationScoped
public class FinanceService {

    static final int LIST_LIMIT = 100;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    PaymentConfig config;

    @Inject
    InvoiceFigures figures;

    @Inject
    ChallengeConfig currencies;

    @Transactional
    public FinanceDashboardDto dashboard() {
        Organisation agency = ownAgency();
        LocalDate today = today();
        List<Invoice> dueSoon = Invoice.<Invoice>find(
                        "agencyId = ?1 and status <> ?2 and dueDate between ?3 and ?4 order by dueDate, id",
                        agency.id,
                        InvoiceStatus.PAID,
                        today,
                        today.plusDays(7))
                .page(0, LIST_LIMIT)
                .list();
        List<Invoice> overdue = Invoice.<Invoice>find(
                        "agencyId = ?1 and status <> ?2 and dueDate < ?3 order by dueDate, id",
                        agency.id,
                        InvoiceStatus.PAID,
                        today)
                .page(0, LIST_LIMIT)
                .list();
        List<Invoice> both = new ArrayList<>(dueSoon);
        both.addAll(overdue);
        InvoiceFigures.Loaded loaded = figures.load(both);
        List<InvoiceSummaryDto> overdueRows =
                overdue.stream().map(i -> figures.summary(i, loaded, today)).toList();
        BigDecimal overdueInterest = overdueRows.stream()
                .map(InvoiceSummaryDto::interestOutstanding)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        List<Object[]> paid = em.createQuery(
                        "select count(i), coalesce(sum(i.total), 0) from Invoice i where i.agencyId = ?1"
                                + " and i.status = ?2 and i.paidOn >= ?3",
                        Object[].class)
                .setParameter(1, agency.id)
                .setParameter(2, InvoiceStatus.PAID)
                .setParameter(3, today.withDayOfMonth(1))
                .getResultList();
        Object[] p = paid.get(0);
        return new FinanceDashboardDto(
                agency.id,
                agency.name,
                today,
                dueSoon.stream().map(i -> figures.summary(i, loaded, today)).toList(),
                overdueRows,
                overdueInterest,
                new PaidSummaryDto(((Number) p[0]).longValue(), ((BigDecimal) p[1]).setScale(2), currencies.currency()),
                performance(agency, today),
                trend(agency.id, today));
    }

    /** An agency's public punctuality; anything but an agency answers 404. */
    @Transactional
    public PaymentPerformanceDto publicPerformance(UUID agencyId) {
        Organisation agency = Organisation.findById(agencyId);
        if (agency == null || agency.type != OrganisationType.AGENCY) {
            throw ProblemException.notFound("Agency " + agencyId);
        }
        return performance(agency, today());
    }

    /** Every invoice of the caller's agency with all its figures as on today, as CSV (RFC 4180). */
    @Transactional
    public String csv() {
        Organisation agency = ownAgency();
        LocalDate today = today();
        List<Invoice> invoices = Invoice.list("agencyId = ?1 order by dueDate, receivedAt, id", agency.id);
        InvoiceFigures.Loaded loaded = figures.load(invoices);
        StringBuilder out = new StringBuilder(
                "invoice_id,number,company,contract_id,issue_date,received_at,due_date,status,overdue,days_late,"
                        + "currency,amount_excl_vat,vat,total,paid,outstanding,paid_on,interest,compensation,"
                        + "interest_paid,interest_outstanding,rate_provisional\r\n");
        for (Invoice i : invoices) {
            LateInterest.Result r = figures.interest(i, loaded, today);
            BigDecimal interestPaid = figures.interestPaid(i, loaded, today);
            List<String> cells = List.of(
                    i.id.toString(),
                    i.number,
                    loaded.names().getOrDefault(i.companyId, ""),
                    i.contractId.toString(),
                    i.issueDate.toString(),
                    i.receivedAt.toString(),
                    i.dueDate.toString(),
                    i.status.name(),
                    Boolean.toString(i.overdueOn(today)),
                    Integer.toString(r.daysLate()),
                    i.currency,
                    i.amountExclVat.toPlainString(),
                    i.vatAmount.toPlainString(),
                    i.total.toPlainString(),
                    i.paidAmount.toPlainString(),
                    i.outstanding().toPlainString(),
                    i.paidOn == null ? "" : i.paidOn.toString(),
                    r.interest().toPlainString(),
                    r.compensation().toPlainString(),
                    interestPaid.toPlainString(),
                    r.total()
                            .subtract(interestPaid)
                            .max(BigDecimal.ZERO)
                            .setScale(2)
                            .toPlainString(),
                    Boolean.toString(r.provisional()));
            out.append(String.join(",", cells.stream().map(FinanceService::cell).toList()))
                    .append("\r\n");
        }
        return out.toString();
    }

    private PaymentPerformanceDto performance(Organisation agency, LocalDate today) {
        LocalDate from = today.minusMonths(config.performanceMonths());
        List<Object[]> due = em.createQuery(
                        "select i.dueDate, i.paidOn from Invoice i where i.agencyId = ?1 and i.dueDate >= ?2"
                                + " and i.dueDate < ?3",
                        Object[].class)
                .setParameter(1, agency.id)
                .setParameter(2, from)
                .setParameter(3, today)
                .getResultList();
        long onTime = due.stream()
                .filter(r -> r[1] != null && !((LocalDate) r[1]).isAfter((LocalDate) r[0]))
                .count();
        List<Object[]> paid = em.createQuery(
                        "select i.receivedAt, i.paidOn from Invoice i where i.agencyId = ?1 and i.paidOn >= ?2"
                                + " and i.paidOn <= ?3",
                        Object[].class)
                .setParameter(1, agency.id)
                .setParameter(2, from)
                .setParameter(3, today)
                .getResultList();
        long days = paid.stream()
                .mapToLong(r -> ChronoUnit.DAYS.between(
                        LocalDate.ofInstant((java.time.Instant) r[0], config.zone()), (LocalDate) r[1]))
                .sum();
        return new PaymentPerformanceDto(
                agency.id,
                agency.name,
                from,
                today,
                due.size(),
                onTime,
                percent(onTime, due.size()),
                paid.size(),
                paid.isEmpty()
                        ? null
                        : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(paid.size()), 1, RoundingMode.HALF_UP));
    }

    /** On-time rate per month of due date, the current month last. */
    private List<MonthDto> trend(UUID agencyId, LocalDate today) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(config.performanceMonths() - 1L);
        List<Object[]> rows = em.createQuery(
                        "select i.dueDate, i.paidOn from Invoice i where i.agencyId = ?1 and i.dueDate >= ?2"
                                + " and i.dueDate < ?3",
                        Object[].class)
                .setParameter(1, agencyId)
                .setParameter(2, first.atDay(1))
                .setParameter(3, today)
                .getResultList();
        List<MonthDto> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            YearMonth month = m;
            long due = rows.stream()
                    .filter(r -> YearMonth.from((LocalDate) r[0]).equals(month))
                    .count();
            long onTime = rows.stream()
                    .filter(r -> YearMonth.from((LocalDate) r[0]).equals(month))
                    .filter(r -> r[1] != null && !((LocalDate) r[1]).isAfter((LocalDate) r[0]))
                    .count();
            months.add(new MonthDto(month.toString(), due, onTime, percent(onTime, due)));
        }
        return months;
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private Organisation ownAgency() {
        UUID org = user.requireOrganisation();
        Organisation agency = Organisation.findById(org);
        if (agency == null || agency.type != OrganisationType.AGENCY) {
            throw ProblemException.forbidden("The finance dashboard is for finance staff of an agency");
        }
        return agency;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), config.zone());
    }

    /** A CSV cell, quoted when it holds a comma, quote or line break; a leading formula sign is neutralised. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("^-?\\d+(\\.\\d+)?$")) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\""
                : v;
    }
}
