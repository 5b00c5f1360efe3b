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
import org.hibernate.query.NativeQuery;

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
        // the status is a literal, so that the partial index of unpaid invoices serves both lists
        List<Invoice> dueSoon = Invoice.<Invoice>find(
                        "agencyId = ?1 and status <> org.challengemarket.payment.InvoiceStatus.PAID"
                                + " and dueDate between ?2 and ?3 order by dueDate, id",
                        agency.id,
                        today,
                        today.plusDays(7))
                .page(0, LIST_LIMIT)
                .list();
        List<Invoice> overdue = Invoice.<Invoice>find(
                        "agencyId = ?1 and status <> org.challengemarket.payment.InvoiceStatus.PAID"
                                + " and dueDate < ?2 order by dueDate, id",
                        agency.id,
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
        Paid paid = paid(agency.id, today);
        DueMonths due = dueMonths(agency.id, today);
        return new FinanceDashboardDto(
                agency.id,
                agency.name,
                today,
                dueSoon.stream().map(i -> figures.summary(i, loaded, today)).toList(),
                overdueRows,
                overdueInterest,
                new PaidSummaryDto(paid.thisMonth(), paid.thisMonthAmount(), currencies.currency()),
                performance(agency, today, due, paid),
                trend(today, due));
    }

    /** An agency's public punctuality; anything but an agency answers 404. */
    @Transactional
    public PaymentPerformanceDto publicPerformance(UUID agencyId) {
        Organisation agency = Organisation.findById(agencyId);
        if (agency == null || agency.type != OrganisationType.AGENCY) {
            throw ProblemException.notFound("Agency " + agencyId);
        }
        LocalDate today = today();
        return performance(agency, today, dueMonths(agency.id, today), paid(agency.id, today));
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

    /** Invoices due in one month of the performance period: all of them and those paid by their due date. */
    private record DueMonth(YearMonth month, long due, long onTime) {}

    /**
     * The invoices due from the start of the performance period until yesterday, counted per month
     * in the database (one row a month, however many invoices): {@code first} is the performance
     * period's first day, whose month may be cut.
     */
    private record DueMonths(LocalDate first, List<DueMonth> months) {}

    /** Payments in full over the performance period (to today) and this month. */
    private record Paid(long count, long days, long thisMonth, BigDecimal thisMonthAmount) {}

    private static final String DUE_MONTHS = """
            select cast(date_trunc('month', due_date) as date) as month, count(*) as due,
                   count(*) filter (where paid_on <= due_date) as on_time
              from invoice
             where agency_id = ?1 and due_date >= ?2 and due_date < ?3
             group by 1
            """;

    private static final String PAID = """
            select count(*) filter (where paid_on <= ?3) as paid,
                   coalesce(sum(paid_on - cast(received_at at time zone ?5 as date)) filter (where paid_on <= ?3), 0)
                       as days,
                   count(*) filter (where paid_on >= ?4) as this_month,
                   coalesce(sum(total) filter (where paid_on >= ?4), 0) as this_month_amount
              from invoice
             where agency_id = ?1 and paid_on >= ?2
            """;

    @SuppressWarnings("unchecked")
    private DueMonths dueMonths(UUID agencyId, LocalDate today) {
        LocalDate from = today.minusMonths(config.performanceMonths());
        List<Object[]> rows = em.createNativeQuery(DUE_MONTHS)
                .setParameter(1, agencyId)
                .setParameter(2, from)
                .setParameter(3, today)
                .unwrap(NativeQuery.class)
                .addScalar("month", LocalDate.class)
                .addScalar("due", Long.class)
                .addScalar("on_time", Long.class)
                .getResultList();
        return new DueMonths(
                from,
                rows.stream()
                        .map(r -> new DueMonth(YearMonth.from((LocalDate) r[0]), (Long) r[1], (Long) r[2]))
                        .toList());
    }

    private Paid paid(UUID agencyId, LocalDate today) {
        LocalDate from = today.minusMonths(config.performanceMonths());
        Object[] r = (Object[]) em.createNativeQuery(PAID)
                .setParameter(1, agencyId)
                .setParameter(2, from.isBefore(today.withDayOfMonth(1)) ? from : today.withDayOfMonth(1))
                .setParameter(3, today)
                .setParameter(4, today.withDayOfMonth(1))
                .setParameter(5, config.zone().getId())
                .unwrap(NativeQuery.class)
                .addScalar("paid", Long.class)
                .addScalar("days", Long.class)
                .addScalar("this_month", Long.class)
                .addScalar("this_month_amount", BigDecimal.class)
                .getSingleResult();
        return new Paid((Long) r[0], (Long) r[1], (Long) r[2], ((BigDecimal) r[3]).setScale(2));
    }

    private PaymentPerformanceDto performance(Organisation agency, LocalDate today, DueMonths due, Paid paid) {
        long invoicesDue = due.months().stream().mapToLong(DueMonth::due).sum();
        long onTime = due.months().stream().mapToLong(DueMonth::onTime).sum();
        return new PaymentPerformanceDto(
                agency.id,
                agency.name,
                due.first(),
                today,
                invoicesDue,
                onTime,
                percent(onTime, invoicesDue),
                paid.count(),
                paid.count() == 0
                        ? null
                        : BigDecimal.valueOf(paid.days())
                                .divide(BigDecimal.valueOf(paid.count()), 1, RoundingMode.HALF_UP));
    }

    /**
     * On-time rate per month of due date, the current month last; the first month of the
     * performance period is left out when the period starts inside it (the trend shows whole
     * months).
     */
    private List<MonthDto> trend(LocalDate today, DueMonths due) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(config.performanceMonths() - 1L);
        List<MonthDto> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            YearMonth month = m;
            DueMonth counted = due.months().stream()
                    .filter(d -> d.month().equals(month))
                    .findFirst()
                    .orElse(new DueMonth(month, 0, 0));
            months.add(new MonthDto(
                    month.toString(), counted.due(), counted.onTime(), percent(counted.onTime(), counted.due())));
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
