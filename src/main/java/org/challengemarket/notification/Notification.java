package org.challengemarket.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One in-app notification for one member. Rows are written in bulk by {@link NotificationService}
 * (with their outbox events); the only change afterwards is being read.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The member it is for. */
    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    /** The organisation the recipient acted for when it was written. */
    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationType type;

    @Column(nullable = false)
    public String title;

    /** Where to read more, as an API path. */
    public String link;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    @Version
    public long version;

    protected Notification() {}

    /** Marks the notification read; reading it again keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /** A notification of {@code recipient}; someone else's is as good as absent. */
    public static Optional<Notification> findOwn(UUID id, UUID recipient) {
        return find("id = ?1 and recipientId = ?2", id, recipient).firstResultOptional();
    }
}
