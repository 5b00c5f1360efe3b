package org.challengemarket.notification.dto;

import java.time.Instant;
import java.util.UUID;
import org.challengemarket.notification.Notification;
import org.challengemarket.notification.NotificationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the notification API. */
public final class NotificationDtos {

    private NotificationDtos() {}

    /** A notification as its recipient reads it. */
    public record NotificationDto(
            UUID id,
            NotificationType type,
            String title,

            @Schema(description = "API path of what the notification is about")
            String link,

            Instant createdAt,
            boolean read,

            @Schema(description = "When it was first marked read; absent while unread")
            Instant readAt) {

        public static NotificationDto from(Notification n) {
            return new NotificationDto(n.id, n.type, n.title, n.link, n.createdAt, n.readAt != null, n.readAt);
        }
    }
}
