package org.challengemarket.payment;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The number of invoices past their due date and not paid, across all agencies, as the Prometheus
 * gauge {@code challengemarket_invoices_overdue}. Derived from the invoices at every scrape, like
 * overdue everywhere else; every instance reports the same number.
 */
@ApplicationScoped
public class OverdueInvoicesGauge {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Inject
    MeterRegistry registry;

    @Inject
    Counter counter;

    void register(@Observes StartupEvent event) {
        Gauge.builder("challengemarket.invoices.overdue", counter, Counter::overdue)
                .description("Invoices past their due date and not paid")
                .strongReference(true)
                .register(registry);
    }

    /** Counts in its own request context and transaction, as a scrape has neither. */
    @ApplicationScoped
    static class Counter {

        @Inject
        Clock clock;

        @ActivateRequestContext
        @Transactional
        double overdue() {
            return Invoice.count(
                    "status <> ?1 and dueDate < ?2",
                    InvoiceStatus.PAID,
                    LocalDate.ofInstant(clock.instant(), BRUSSELS));
        }
    }
}
