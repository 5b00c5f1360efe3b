package org.challengemarket.platform.clock;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's one clock. Every deadline is checked against it, never against the client's
 * time. In embedded mode {@code POST /dev/clock} moves it forward so a person can walk a challenge
 * through its deadlines; elsewhere it is the system clock.
 */
@Singleton
public class ServiceClock extends Clock {

    private final Clock system = Clock.systemUTC();
    private volatile Duration offset = Duration.ZERO;

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
        return system.instant().plus(offset);
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
