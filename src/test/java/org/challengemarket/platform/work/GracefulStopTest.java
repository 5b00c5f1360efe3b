package org.challengemarket.platform.work;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.challengemarket.platform.outbox.Outbox;
import org.challengemarket.platform.outbox.OutboxEvent;
import org.challengemarket.support.Rows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What an instance does when it is stopped, in one process: the pass in flight ends first, then
 * every claim of this instance is given back, and no other instance's.
 */
@QuarkusTest
class GracefulStopTest {

    @Inject
    GracefulStop gracefulStop;

    @Inject
    WorkerInstance instance;

    @Inject
    Outbox outbox;

    @AfterEach
    void takeWorkAgain() {
        instance.resume();
    }

    private List<UUID> append(int count) {
        return QuarkusTransaction.requiringNew()
                .call(() -> IntStream.range(0, count)
                        .mapToObj(i -> outbox.append("test.stop", "test", UUID.randomUUID(), "{\"n\": " + i + "}"))
                        .toList());
    }

    private static long claimedBy(UUID event, UUID holder) {
        return Rows.count(
                "select count(*) from outbox_event where id = ?1 and claimed_by = ?2 and claimed_until > now()",
                event,
                holder);
    }

    @Test
    void theWorkInFlightEndsBeforeThisInstancesClaimsAreGivenBackAndNoOtherInstancesAre() throws Exception {
        while (!outbox.claim(Outbox.MAX_BATCH, Duration.ofHours(1)).isEmpty()) {
            // every pending event of other tests is held, so the next claim takes only ours
        }
        List<UUID> events = append(3);
        List<UUID> mine = outbox.claim(Outbox.MAX_BATCH, Duration.ofHours(1)).stream()
                .map(OutboxEvent::id)
                .toList();
        assertThat(mine).containsExactlyInAnyOrderElementsOf(events);
        UUID other = UUID.randomUUID();
        UUID othersEvent = append(1).get(0);
        Rows.execute(
                "update outbox_event set claimed_by = ?1, claimed_until = now() + interval '1 hour'," + " attempts = 1"
                        + " where id = ?2",
                other,
                othersEvent);

        CountDownLatch passStarted = new CountDownLatch(1);
        CountDownLatch passMayEnd = new CountDownLatch(1);
        CompletableFuture<Boolean> pass = CompletableFuture.supplyAsync(() -> instance.pass(() -> {
            passStarted.countDown();
            await(passMayEnd);
        }));
        assertThat(passStarted.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stop = CompletableFuture.runAsync(() -> gracefulStop.stop(null));

        while (instance.accepting()) {
            assertThat(stop).as("the stop waits for the pass").isNotDone();
            Thread.onSpinWait();
        }
        assertThat(instance.pass(() -> {})).as("no new pass starts").isFalse();
        events.forEach(e -> assertThat(claimedBy(e, instance.id()))
                .as("held while the pass runs")
                .isEqualTo(1));
        passMayEnd.countDown();
        stop.get(60, TimeUnit.SECONDS);
        assertThat(pass.get(10, TimeUnit.SECONDS)).isTrue();

        assertThat(Rows.count(
                        "select count(*) from outbox_event where claimed_by = ?1 or (id in (?2) and"
                                + " (claimed_until is not null or attempts <> 0))",
                        instance.id(),
                        events))
                .as("ours are free, and their claim counts as no attempt")
                .isZero();
        assertThat(claimedBy(othersEvent, other))
                .as("another instance's claim stays")
                .isEqualTo(1);

        instance.resume();
        assertThat(outbox.claim(Outbox.MAX_BATCH, Duration.ofMinutes(1)).stream()
                        .map(OutboxEvent::id))
                .as("claimable at once")
                .containsAll(events)
                .doesNotContain(othersEvent);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
