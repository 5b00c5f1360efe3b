package org.challengemarket.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.challengemarket.platform.error.ProblemException;

/**
 * One event's delivery to one subscription. Workers claim due rows with {@code FOR UPDATE SKIP
 * LOCKED} (see {@link WebhookDispatcher}); the unique (subscription, event) pair makes each event
 * reach each subscriber once.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    public int attempts;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    /** The instance holding the claim until {@link #claimedUntil}. */
    @Column(name = "claimed_by")
    public UUID claimedBy;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** Sends the event again from now, with a fresh round of retries; the webhook-id stays the same. */
    public void replay(Instant now) {
        if (status == DeliveryStatus.PENDING) {
            throw ProblemException.conflict("The delivery is still pending; it will be attempted at " + nextAttemptAt);
        }
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        claimedUntil = null;
        claimedBy = null;
        deliveredAt = null;
    }
}
