package org.challengemarket.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.IntegrationFixtures.freshSector;
import static org.challengemarket.support.IntegrationFixtures.incubator;
import static org.challengemarket.support.IntegrationFixtures.published;
import static org.challengemarket.support.IntegrationFixtures.subscribe;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.platform.outbox.Outbox;
import org.challengemarket.platform.work.WorkerInstance;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.IntegrationFixtures;
import org.challengemarket.support.Rows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Webhook claims when an instance stops: the delivery being sent is finished and recorded, the
 * rest of the batch is given back at once; a claim of an instance that died waits for its lease.
 */
@QuarkusTest
class WebhookShutdownTest {

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WorkerInstance instance;

    @Inject
    Outbox outbox;

    @Inject
    ServiceClock clock;

    @Inject
    WebhookConfig config;

    private final List<UUID> subscriptions = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        instance.resume();
        clock.reset();
        subscriptions.forEach(id -> Rows.execute(
                "update webhook_subscription set status = 'DELETED', deleted_at = now() where id = ?1"
                        + " and status <> 'DELETED'",
                id));
        Rows.execute("update webhook_delivery set status = 'CANCELLED', next_attempt_at = null, claimed_until = null,"
                + " claimed_by = null where status = 'PENDING' and subscription_id in (select id from"
                + " webhook_subscription where status = 'DELETED')");
    }

    /** A subscription to {@code receiver} and {@code events} public events for it. */
    private UUID subscribedWithEvents(WebhookReceiver receiver, int events) {
        String sector = freshSector();
        UUID subscription =
                UUID.fromString((String) subscribe(incubator(), receiver.url(), sector, List.of("challenge.awarded"))
                        .get("id"));
        subscriptions.add(subscription);
        String challenge = published(Fixtures.agency(), "Stopping instance " + sector, sector);
        for (int i = 0; i < events; i++) {
            IntegrationFixtures.awarded(outbox, challenge, sector, "Company " + i);
        }
        return subscription;
    }

    private static long deliveries(UUID subscription, String condition, Object... parameters) {
        Object[] all = new Object[parameters.length + 1];
        all[0] = subscription;
        System.arraycopy(parameters, 0, all, 1, parameters.length);
        return Rows.count("select count(*) from webhook_delivery where subscription_id = ?1 and " + condition, all);
    }

    @Test
    void aStoppingInstanceRecordsTheDeliveryItIsSendingAndGivesBackTheRestOfItsBatch() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> {
            if (n == 1) {
                instance.stopTakingWork(); // the stop comes while the first delivery is on the wire
            }
            return 204;
        })) {
            UUID subscription = subscribedWithEvents(receiver, 5);

            dispatcher.runOnce();

            assertThat(receiver.received()).hasSize(1);
            assertThat(deliveries(subscription, "status = 'DELIVERED' and attempts = 1"))
                    .isEqualTo(1);
            assertThat(Rows.count(
                            "select count(*) from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id"
                                    + " where d.subscription_id = ?1 and a.instance_id = ?2 and a.status_code = 204",
                            subscription,
                            instance.id()))
                    .as("the attempt names the instance that made it")
                    .isEqualTo(1);
            assertThat(deliveries(
                            subscription,
                            "status = 'PENDING' and claimed_until is null and claimed_by is null and attempts = 0"))
                    .as("given back unsent, as if never claimed")
                    .isEqualTo(4);

            instance.resume();
            dispatcher.runOnce();

            List<String> ids = receiver.received().stream()
                    .map(WebhookReceiver.Received::id)
                    .toList();
            assertThat(ids).hasSize(5).doesNotHaveDuplicates();
            assertThat(deliveries(subscription, "status = 'DELIVERED' and attempts = 1"))
                    .isEqualTo(5);
        }
    }

    @Test
    void claimsGivenBackAtStopAreDueAtOnceWhileADeadInstancesClaimWaitsForItsLease() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(204)) {
            UUID subscription = subscribedWithEvents(receiver, 4);
            while (dispatcher.fanOut() > 0) {
                // the events become deliveries
            }
            while (deliveries(subscription, "claimed_by is null") > 0) {
                assertThat(dispatcher.claim()).as("claims until ours are held").isNotEmpty();
            }
            UUID dead = UUID.randomUUID();
            Rows.execute(
                    "update webhook_delivery set claimed_by = ?1 where id = (select id from webhook_delivery"
                            + " where subscription_id = ?2 order by id limit 1)",
                    dead,
                    subscription);

            assertThat(dispatcher.releaseClaims(instance.id())).isGreaterThanOrEqualTo(3);

            assertThat(deliveries(subscription, "claimed_by is null and claimed_until is null and attempts = 0"))
                    .isEqualTo(3);
            assertThat(deliveries(subscription, "claimed_by = ?2 and claimed_until is not null and attempts = 1", dead))
                    .isEqualTo(1);
            dispatcher.runOnce();
            assertThat(receiver.received())
                    .as("ours at once, not the dead instance's")
                    .hasSize(3);

            clock.advance(config.lease().plusSeconds(1));
            dispatcher.runOnce();
            assertThat(receiver.received().stream().map(WebhookReceiver.Received::id))
                    .as("the dead instance's after its lease")
                    .hasSize(4)
                    .doesNotHaveDuplicates();
            assertThat(deliveries(subscription, "status = 'DELIVERED' and claimed_by is null"))
                    .isEqualTo(4);
        }
    }
}
