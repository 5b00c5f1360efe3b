package org.challengemarket.payment;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.challengemarket.platform.work.WorkerInstance;

/**
 * Runs the payment reminders on a schedule, on every instance; the work is safe to run at once. A
 * run is a pass of this {@link WorkerInstance}, so a stopping instance starts none.
 */
@ApplicationScoped
public class ReminderJob {

    @Inject
    ReminderService reminders;

    @Inject
    PaymentConfig config;

    @Inject
    WorkerInstance instance;

    @Scheduled(
            identity = "payment-reminders",
            every = "${challengemarket.payment.reminder-interval:15m}",
            delayed = "${challengemarket.payment.reminder-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (config.remindersEnabled()) {
            instance.pass(reminders::runOnce);
        }
    }
}
