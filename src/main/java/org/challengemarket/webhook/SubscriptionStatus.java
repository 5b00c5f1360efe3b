package org.challengemarket.webhook;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of a webhook subscription, with the transitions each state allows. */
public enum SubscriptionStatus {
    /** Receives deliveries. */
    ACTIVE,
    /** Retries ran out; nothing is delivered until the owner subscribes again. */
    DISABLED,
    /** Removed by its owner; kept for the delivery log. */
    DELETED;

    public Set<SubscriptionStatus> next() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(DISABLED, DELETED);
            case DISABLED -> EnumSet.of(DELETED);
            case DELETED -> EnumSet.noneOf(SubscriptionStatus.class);
        };
    }

    public boolean canMoveTo(SubscriptionStatus target) {
        return next().contains(target);
    }
}
