package org.challengemarket.platform.clock;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The service's one clock. Every deadline is checked against it, never against the client's
 * time. In embedded mode {@code POST /dev/clock} moves it forward so a person can walk a challenge
 * through its deadlines; elsewhere it is the system clock. The demo data stands one thread's clock
 * still at moments of the past, so that it is seeded through the services as things happened.
 */
@Singleton
public class ServiceClock extends Clock {

    private final Clock system = Clock.systemUTC();
    private volatile Duration offset = Duration.ZERO;
    private final ThreadLocal<Instant> standing = new ThreadLocal<>();

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        Instant still = standing.get();
        return still != null ? still : system.instant().plus(offset);
    }

    /**
     * Runs {@code work} with this thread's clock standing still at {@code at}, then lets it run
     * again. Other threads keep the moving clock.
     */
    public <T> T standingAt(Instant at, Supplier<T> work) {
        Instant before = standing.get();
        standing.set(at);
        try {
            return work.get();
        } finally {
            if (before == null) {
                standing.remove();
            } else {
                standing.set(before);
            }
        }
    }

    /** Moves the clock forward (embedded mode only; the dev endpoint guards this). */
    public void advance(Duration amount) {
        offset = offset.plus(amount);
    }

    /** Back to the real time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    public Duration offset() {
        return offset;
    }
}
