package org.challengemarket.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.organisation.OrganisationType;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.error.RuleViolations;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.webhook.dto.WebhookDtos.AttemptDto;
import org.challengemarket.webhook.dto.WebhookDtos.DeliveryDto;
import org.challengemarket.webhook.dto.WebhookDtos.SubscriptionDto;
import org.challengemarket.webhook.dto.WebhookDtos.SubscriptionRequest;

/**
 * An incubator's webhook subscriptions: subscribe (the secret is shown once), list, delete, read
 * the delivery log and replay a delivery. Another organisation's subscription answers 404.
 */
@ApplicationScoped
public class WebhookService {

    private static final String AUDIT_TYPE = "webhook_subscription";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    WebhookConfig config;

    @Inject
    HostResolver resolver;

    @Transactional
    public SubscriptionDto subscribe(SubscriptionRequest request) {
        UUID owner = incubator();
        RuleViolations v = new RuleViolations();
        new WebhookUrlPolicy(config.requireHttps(), config.allowLoopback(), resolver)
                .refusal(request.url())
                .ifPresent(reason -> v.add("url", reason));
        List<WebhookEventType> types = new ArrayList<>();
        if (request.eventTypes() == null || request.eventTypes().isEmpty()) {
            v.add("eventTypes", "name at least one event type");
        } else {
            for (int i = 0; i < request.eventTypes().size(); i++) {
                var type = WebhookEventType.ofWireName(request.eventTypes().get(i));
                if (type.isPresent()) {
                    types.add(type.get());
                } else {
                    v.add(
                            "eventTypes[" + i + "]",
                            "must be one of "
                                    + WebhookEventType.wireNames().stream()
                                            .sorted()
                                            .toList());
                }
            }
        }
        v.check(
                request.sector() == null || request.sector().strip().length() <= 100,
                "sector",
                "at most 100 characters");
        v.check(
                request.description() == null || request.description().length() <= 300,
                "description",
                "at most 300 characters");
        v.throwIfAny(ProblemType.INVALID_REQUEST, "The subscription has invalid fields");
        long held =
                WebhookSubscription.count("organisationId = ?1 and status <> ?2", owner, SubscriptionStatus.DELETED);
        if (held >= config.maxSubscriptions()) {
            throw ProblemException.conflict(
                    "An organisation holds at most " + config.maxSubscriptions() + " subscriptions; delete one first");
        }
        WebhookSubscription subscription = WebhookSubscription.subscribe(
                owner, request.url(), types, request.sector(), request.description(), now());
        subscription.persist();
        em.flush();
        audit.record("webhook.subscribed", AUDIT_TYPE, subscription.id, subscription.url);
        return dto(subscription, true);
    }

    @Transactional
    public PageDto<SubscriptionDto> list(PageRequest page) {
        UUID owner = incubator();
        var query = WebhookSubscription.<WebhookSubscription>find(
                "organisationId = ?1 and status <> ?2 order by createdAt desc, id", owner, SubscriptionStatus.DELETED);
        List<SubscriptionDto> items = query.page(page.page() - 1, page.size()).list().stream()
                .map(s -> dto(s, false))
                .toList();
        return PageDto.of(items, page, query.count());
    }

    @Transactional
    public SubscriptionDto get(UUID id) {
        return dto(own(id), false);
    }

    /** Deletes the subscription; what was not yet delivered is cancelled. */
    @Transactional
    public void delete(UUID id) {
        WebhookSubscription subscription = own(id);
        Instant now = now();
        subscription.delete(now);
        em.flush();
        cancelPending(em, subscription.id);
        audit.record("webhook.deleted", AUDIT_TYPE, subscription.id, subscription.url);
    }

    /** The delivery log, newest first, each delivery with its attempts (two statements a page). */
    @Transactional
    public PageDto<DeliveryDto> deliveries(UUID subscriptionId, DeliveryStatus status, PageRequest page) {
        WebhookSubscription subscription = own(subscriptionId);
        var query = status == null
                ? WebhookDelivery.<WebhookDelivery>find(
                        "subscriptionId = ?1 order by createdAt desc, id desc", subscription.id)
                : WebhookDelivery.<WebhookDelivery>find(
                        "subscriptionId = ?1 and status = ?2 order by createdAt desc, id desc",
                        subscription.id,
                        status);
        List<WebhookDelivery> rows = query.page(page.page() - 1, page.size()).list();
        Map<UUID, List<AttemptDto>> attempts = rows.isEmpty()
                ? Map.of()
                : WebhookAttempt.<WebhookAttempt>list(
                                "deliveryId in ?1 order by number",
                                rows.stream().map(d -> d.id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(
                                a -> a.deliveryId,
                                Collectors.mapping(
                                        a -> new AttemptDto(
                                                a.number, a.attemptedAt, a.statusCode, a.error, a.durationMs),
                                        Collectors.toList())));
        List<DeliveryDto> items = rows.stream()
                .map(d -> dto(d, attempts.getOrDefault(d.id, List.of())))
                .toList();
        return PageDto.of(items, page, query.count());
    }

    /** Sends one logged event again, now, with the same webhook-id. */
    @Transactional
    public DeliveryDto replay(UUID subscriptionId, UUID deliveryId) {
        WebhookSubscription subscription = own(subscriptionId);
        if (subscription.status != SubscriptionStatus.ACTIVE) {
            throw ProblemException.conflict("A " + subscription.status + " subscription delivers nothing");
        }
        WebhookDelivery delivery = WebhookDelivery.<WebhookDelivery>find(
                        "id = ?1 and subscriptionId = ?2", deliveryId, subscription.id)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Delivery " + deliveryId));
        delivery.replay(now());
        em.flush();
        audit.record("webhook.replayed", "webhook_delivery", delivery.id, "event " + delivery.eventId);
        return dto(delivery, List.of());
    }

    static void cancelPending(EntityManager em, UUID subscriptionId) {
        em.createNativeQuery("update webhook_delivery set status = 'CANCELLED', next_attempt_at = null,"
                        + " claimed_until = null, claimed_by = null where subscription_id = ?1 and status = 'PENDING'")
                .setParameter(1, subscriptionId)
                .executeUpdate();
    }

    private WebhookSubscription own(UUID id) {
        return WebhookSubscription.findOwn(id, incubator())
                .orElseThrow(() -> ProblemException.notFound("Webhook subscription " + id));
    }

    /** The caller's organisation, which must be an incubator. */
    private UUID incubator() {
        UUID organisation = user.requireOrganisation();
        Organisation o = Organisation.findById(organisation);
        if (o == null || o.type != OrganisationType.INCUBATOR) {
            throw ProblemException.forbidden("Only an incubator's accounts manage webhooks");
        }
        return organisation;
    }

    private static SubscriptionDto dto(WebhookSubscription s, boolean withSecret) {
        return new SubscriptionDto(
                s.id,
                s.url,
                List.copyOf(s.eventTypes),
                s.sector,
                s.description,
                s.status.name(),
                s.createdAt,
                s.disabledAt,
                s.disabledReason,
                withSecret ? s.secret : null);
    }

    private static DeliveryDto dto(WebhookDelivery d, List<AttemptDto> attempts) {
        return new DeliveryDto(
                d.id,
                d.eventId,
                d.eventType,
                d.status.name(),
                d.attempts,
                d.createdAt,
                d.nextAttemptAt,
                d.deliveredAt,
                d.lastStatus,
                d.lastError,
                attempts);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
