package org.challengemarket.webhook;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of one event's delivery to one subscription. */
public enum DeliveryStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Every retry failed. */
    FAILED,
    /** Its subscription was deleted or disabled before it was delivered. */
    CANCELLED;

    public Set<DeliveryStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(DELIVERED, FAILED, CANCELLED);
            // a replay sends an event again
            case DELIVERED, FAILED, CANCELLED -> EnumSet.of(PENDING);
        };
    }

    public boolean canMoveTo(DeliveryStatus target) {
        return next().contains(target);
    }
}
