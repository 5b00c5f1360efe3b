package org.challengemarket.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Business counters for Prometheus ({@code challengemarket_events_total{event="..."}}): challenges
 * published, submissions, scores submitted, webhook failures... Every audited state change is
 * counted under its audit action once its transaction commits, so a refused or rolled-back change
 * never counts; events outside a transaction (a failed webhook delivery) are counted at once.
 * Each instance counts its own; Prometheus sums them.
 */
@ApplicationScoped
public class BusinessMetrics {

    static final String EVENTS = "challengemarket.events";

    @Inject
    MeterRegistry registry;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Counts {@code event} when the current transaction commits. */
    public void countOnCommit(String event) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    count(event);
                }
            }
        });
    }

    /** Counts {@code event} now. */
    public void count(String event) {
        registry.counter(EVENTS, "event", event).increment();
    }
}
