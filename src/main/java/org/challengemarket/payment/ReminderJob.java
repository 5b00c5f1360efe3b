package org.challengemarket.payment;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs the payment reminders on a schedule, on every instance; the work is safe to run at once. */
@ApplicationScoped
public class ReminderJob {

    @Inject
    ReminderService reminders;

    @Inject
    PaymentConfig config;

    @Scheduled(
            identity = "payment-reminders",
            every = "${challengemarket.payment.reminder-interval:15m}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (config.remindersEnabled()) {
            reminders.runOnce();
        }
    }
}
