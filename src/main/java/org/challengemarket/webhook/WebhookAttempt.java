package org.challengemarket.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One attempt to deliver, as the delivery log shows it. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "delivery_id", nullable = false)
    public UUID deliveryId;

    public int number;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    @Column(name = "status_code")
    public Integer statusCode;

    public String error;

    @Column(name = "duration_ms")
    public long durationMs;

    /** The instance that made the attempt. */
    @Column(name = "instance_id")
    public UUID instanceId;
}
