package org.challengemarket.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.platform.error.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An organisation's request to hear of public events at a URL, signed with its own secret. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false)
    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false, columnDefinition = "text[]")
    public List<String> eventTypes = new ArrayList<>();

    public String sector;

    public String description;

    @Column(nullable = false)
    public String secret;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubscriptionStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Version
    public long version;

    protected WebhookSubscription() {}

    /** A new active subscription with a fresh secret. */
    public static WebhookSubscription subscribe(
            UUID organisation,
            String url,
            List<WebhookEventType> types,
            String sector,
            String description,
            Instant now) {
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.organisationId = organisation;
        s.url = url.strip();
        s.eventTypes = new ArrayList<>(
                types.stream().distinct().map(WebhookEventType::wireName).toList());
        s.sector = sector == null || sector.isBlank() ? null : sector.strip();
        s.description = description == null || description.isBlank() ? null : description.strip();
        s.secret = WebhookSigner.newSecret();
        s.status = SubscriptionStatus.ACTIVE;
        s.createdAt = now;
        return s;
    }

    /** Stops deliveries after the retries of one ran out. */
    public void disable(String reason, Instant now) {
        move(SubscriptionStatus.DISABLED);
        disabledAt = now;
        disabledReason = reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    /** Removed by its owner; its log stays readable. */
    public void delete(Instant now) {
        move(SubscriptionStatus.DELETED);
        deletedAt = now;
    }

    private void move(SubscriptionStatus target) {
        if (!status.canMoveTo(target)) {
            throw ProblemException.conflict("A " + status + " subscription cannot become " + target);
        }
        status = target;
    }

    /** A subscription of {@code organisation} that was not deleted. */
    public static Optional<WebhookSubscription> findOwn(UUID id, UUID organisation) {
        return find("id = ?1 and organisationId = ?2 and status <> ?3", id, organisation, SubscriptionStatus.DELETED)
                .firstResultOptional();
    }
}
