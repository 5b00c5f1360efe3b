package org.challengemarket.webhook.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of webhook subscriptions and their delivery log. */
public final class WebhookDtos {

    private WebhookDtos() {}

    /** A new subscription. */
    public record SubscriptionRequest(
            @Schema(description = "Where events are POSTed; https (http only in embedded mode)", required = true)
            String url,

            @Schema(
                    description = "challenge.published, challenge.amended, challenge.deadline_approaching,"
                            + " clarification.published, challenge.awarded",
                    required = true)
            List<String> eventTypes,

            @Schema(description = "Only events of challenges in this sector")
            String sector,

            @Schema(description = "A note for the owner") String description) {}

    /** A subscription; {@code secret} only in the answer that created it. */
    public record SubscriptionDto(
            UUID id,
            String url,
            List<String> eventTypes,
            String sector,
            String description,

            @Schema(enumeration = {"ACTIVE", "DISABLED", "DELETED"})
            String status,

            Instant createdAt,
            Instant disabledAt,
            String disabledReason,

            @Schema(description = "The signing secret (whsec_...), shown once, at creation")
            String secret) {}

    /** One attempt to deliver an event. */
    public record AttemptDto(int number, Instant attemptedAt, Integer statusCode, String error, long durationMs) {}

    /** One event's delivery to the subscription, with every attempt. */
    public record DeliveryDto(
            UUID id,

            @Schema(description = "The webhook-id header: the same on every retry and replay")
            UUID eventId,

            String eventType,

            @Schema(enumeration = {"PENDING", "DELIVERED", "FAILED", "CANCELLED"})
            String status,

            int attempts,
            Instant createdAt,
            Instant nextAttemptAt,
            Instant deliveredAt,
            Integer lastStatus,
            String lastError,
            List<AttemptDto> attemptLog) {}
}
