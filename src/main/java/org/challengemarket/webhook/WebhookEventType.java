package org.challengemarket.webhook;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The public events a webhook subscription may ask for, with their names on the wire. */
public enum WebhookEventType {
    CHALLENGE_PUBLISHED("challenge.published"),
    CHALLENGE_AMENDED("challenge.amended"),
    CHALLENGE_DEADLINE_APPROACHING("challenge.deadline_approaching"),
    CLARIFICATION_PUBLISHED("clarification.published"),
    CHALLENGE_AWARDED("challenge.awarded");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    /** Every wire name: the outbox event types webhook delivery takes. */
    public static Set<String> wireNames() {
        return Arrays.stream(values()).map(WebhookEventType::wireName).collect(Collectors.toUnmodifiableSet());
    }
}
