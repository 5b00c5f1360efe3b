package org.challengemarket.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An event claimed from the outbox for delivery. Its id is stable across retries, so receivers
 * can drop duplicates.
 *
 * @param attempts how many times it has been claimed, this claim included
 */
public record OutboxEvent(
        UUID id,
        String eventType,
        String aggregateType,
        UUID aggregateId,
        String payload,
        Instant createdAt,
        int attempts) {}
