package org.challengemarket.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.challengemarket.support.Rows;
import org.junit.jupiter.api.Test;

/** Claiming outbox events with FOR UPDATE SKIP LOCKED, against the real database. */
@QuarkusTest
class OutboxTest {

    private static final Duration LEASE = Duration.ofHours(1);

    @Inject
    Outbox outbox;

    /** Claims every pending event (of any test) so that only the ones a test writes next are due. */
    private void claimEverythingPending() {
        while (!outbox.claim(Outbox.MAX_BATCH, LEASE).isEmpty()) {
            // keep claiming
        }
    }

    private List<UUID> append(int count) {
        return QuarkusTransaction.requiringNew()
                .call(() -> IntStream.range(0, count)
                        .mapToObj(i -> outbox.append("test.event", "test", UUID.randomUUID(), "{\"n\": " + i + "}"))
                        .toList());
    }

    private static List<UUID> ids(List<OutboxEvent> events) {
        return events.stream().map(OutboxEvent::id).toList();
    }

    @Test
    void concurrentClaimersNeverTakeTheSameEvent() throws Exception {
        claimEverythingPending();
        List<UUID> written = append(60);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<List<UUID>>> claimers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                claimers.add(CompletableFuture.supplyAsync(
                        () -> {
                            await(start);
                            List<UUID> mine = new ArrayList<>();
                            List<OutboxEvent> batch;
                            while (!(batch = outbox.claim(7, LEASE)).isEmpty()) {
                                mine.addAll(ids(batch));
                            }
                            return mine;
                        },
                        pool));
            }
            start.countDown();
            List<UUID> claimed = new ArrayList<>();
            for (CompletableFuture<List<UUID>> claimer : claimers) {
                claimed.addAll(claimer.get(60, TimeUnit.SECONDS));
            }
            assertThat(claimed).doesNotHaveDuplicates();
            assertThat(claimed).containsExactlyInAnyOrderElementsOf(written);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClaimerSkipsEventsAnotherIsClaimingInsteadOfWaitingForThem() throws Exception {
        claimEverythingPending();
        List<UUID> written = append(10);
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        List<UUID> first = new ArrayList<>();
        CompletableFuture<Void> firstClaimer = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    first.addAll(ids(outbox.claim(4, LEASE)));
                    firstHolds.countDown();
                    await(firstMayCommit); // the rows stay locked, their claim not yet committed
                }));
        try {
            assertThat(firstHolds.await(30, TimeUnit.SECONDS)).isTrue();
            List<UUID> second = CompletableFuture.supplyAsync(() -> ids(outbox.claim(10, LEASE)))
                    .get(10, TimeUnit.SECONDS); // would time out if it waited for the locks

            assertThat(first).hasSize(4);
            assertThat(second).hasSize(6).doesNotContainAnyElementsOf(first);
            Set<UUID> both = new HashSet<>(first);
            both.addAll(second);
            assertThat(both).containsExactlyInAnyOrderElementsOf(written);
        } finally {
            firstMayCommit.countDown();
            firstClaimer.get(30, TimeUnit.SECONDS);
        }
        assertThat(outbox.claim(10, LEASE)).isEmpty();
    }

    @Test
    void eventWhoseLeaseRanOutIsClaimedAgain() throws Exception {
        claimEverythingPending();
        UUID written = append(1).get(0);
        assertThat(ids(outbox.claim(10, Duration.ofMillis(200)))).containsExactly(written);
        assertThat(outbox.claim(10, LEASE)).isEmpty();

        List<OutboxEvent> again = Awaitility.await("the lease runs out")
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(50))
                .pollInSameThread()
                .until(() -> outbox.claim(10, LEASE), claimed -> !claimed.isEmpty());
        assertThat(ids(again)).containsExactly(written);
        assertThat(again.get(0).attempts()).isEqualTo(2);
        assertThat(again.get(0).payload()).isEqualTo("{\"n\": 0}");
        assertThat(again.get(0).eventType()).isEqualTo("test.event");
    }

    @Test
    void processedEventIsNeverClaimedAgainAndAFailedOneWaitsForItsRetryTime() {
        claimEverythingPending();
        List<UUID> written = append(2);
        assertThat(ids(outbox.claim(10, LEASE))).containsExactlyElementsOf(written);

        outbox.markProcessed(written.get(0));
        outbox.retryLater(
                written.get(1),
                "mail server refused the connection",
                Instant.now().plus(LEASE));
        assertThat(outbox.claim(10, LEASE)).isEmpty();
        assertThat(Rows.<String>list("select last_error from outbox_event where id = ?1", written.get(1)))
                .containsExactly("mail server refused the connection");

        outbox.retryLater(written.get(1), "still refused", Instant.now().minusSeconds(1));
        assertThat(ids(outbox.claim(10, LEASE))).containsExactly(written.get(1));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out waiting for the other claimer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
