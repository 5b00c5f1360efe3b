package org.challengemarket.platform.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The gate of scheduled work in one process, without a container. */
class WorkerInstanceTest {

    @Test
    void eachProcessMarksItsClaimsWithItsOwnId() {
        assertThat(new WorkerInstance().id()).isNotEqualTo(new WorkerInstance().id());
    }

    @Test
    void aStoppingInstanceStartsNoPassAndWaitsForTheOneInFlight() throws Exception {
        WorkerInstance instance = new WorkerInstance();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Boolean> inFlight = CompletableFuture.supplyAsync(() -> instance.pass(() -> {
            started.countDown();
            await(finish);
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        instance.stopTakingWork();
        AtomicBoolean ranAfterStop = new AtomicBoolean();
        assertThat(instance.pass(() -> ranAfterStop.set(true))).isFalse();
        assertThat(ranAfterStop).isFalse();
        assertThat(instance.accepting()).isFalse();
        assertThat(instance.awaitIdle(Duration.ofMillis(50)))
                .as("the pass in flight is still running")
                .isFalse();

        CompletableFuture<Boolean> idle =
                CompletableFuture.supplyAsync(() -> instance.awaitIdle(Duration.ofSeconds(30)));
        finish.countDown();
        assertThat(idle.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(inFlight.get(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anIdleInstanceStopsAtOnce() {
        WorkerInstance instance = new WorkerInstance();
        assertThat(instance.pass(() -> {})).isTrue();
        instance.stopTakingWork();
        assertThat(instance.awaitIdle(Duration.ZERO)).isTrue();
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
