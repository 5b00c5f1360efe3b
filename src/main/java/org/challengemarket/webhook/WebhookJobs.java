package org.challengemarket.webhook;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.challengemarket.platform.work.WorkerInstance;
import org.jboss.logging.Logger;

/**
 * The scheduled triggers of webhook delivery and deadline notices. The work lives in services that
 * tests call directly; every instance may run these at once. They run as passes of this {@link
 * WorkerInstance}, so a stopping instance starts none and waits for the one in flight.
 */
@ApplicationScoped
public class WebhookJobs {

    private static final Logger LOG = Logger.getLogger(WebhookJobs.class);

    @Inject
    WebhookConfig config;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    DeadlineNotices deadlines;

    @Inject
    WorkerInstance instance;

    @Scheduled(
            every = "${challengemarket.webhooks.poll-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliver() {
        if (config.workersEnabled()) {
            instance.pass(() -> {
                try {
                    dispatcher.runOnce();
                } catch (RuntimeException e) {
                    LOG.warn("webhook delivery pass failed; the next pass retries", e);
                }
            });
        }
    }

    @Scheduled(
            every = "${challengemarket.webhooks.deadline-poll-interval:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void noticeDeadlines() {
        if (config.workersEnabled()) {
            instance.pass(() -> {
                try {
                    deadlines.runOnce();
                } catch (RuntimeException e) {
                    LOG.warn("deadline notice pass failed; the next pass retries", e);
                }
            });
        }
    }
}
