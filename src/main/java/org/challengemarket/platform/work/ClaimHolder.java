package org.challengemarket.platform.work;

import java.util.UUID;

/**
 * A kind of work that is claimed with a lease (outbox events, webhook deliveries). At a graceful
 * stop each one gives back what the stopping instance still holds, so another instance can take
 * it at once instead of after the lease.
 */
public interface ClaimHolder {

    /** Releases every unfinished claim made by {@code instance}; answers how many. */
    int releaseClaims(UUID instance);
}
