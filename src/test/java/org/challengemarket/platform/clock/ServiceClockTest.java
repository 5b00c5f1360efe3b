package org.challengemarket.platform.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The service clock: moved forward for everyone, or standing still for one thread's work. */
class ServiceClockTest {

    private static final Instant PAST = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void shouldStandStillForTheWorkOfOneThreadOnly() throws Exception {
        ServiceClock clock = new ServiceClock();

        Instant inside = clock.standingAt(PAST, () -> {
            Instant elsewhere = CompletableFuture.supplyAsync(clock::instant).join();
            assertThat(elsewhere).isAfter(PAST.plus(Duration.ofDays(1)));
            return clock.instant();
        });

        assertThat(inside).isEqualTo(PAST);
        assertThat(clock.instant()).isAfter(PAST.plus(Duration.ofDays(1)));
    }

    @Test
    void shouldRunAgainAfterTheWorkFailsAndGiveBackAnOuterStandstill() {
        ServiceClock clock = new ServiceClock();
        Instant later = PAST.plus(Duration.ofDays(3));

        Instant outer = clock.standingAt(PAST, () -> {
            assertThat(clock.standingAt(later, clock::instant)).isEqualTo(later);
            return clock.instant();
        });
        assertThatThrownBy(() -> clock.standingAt(PAST, () -> {
                    throw new IllegalStateException("the work failed");
                }))
                .hasMessage("the work failed");

        assertThat(outer).isEqualTo(PAST);
        assertThat(clock.instant()).isAfter(later);
    }
}
