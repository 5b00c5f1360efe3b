package org.challengemarket.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.notification.dto.NotificationDtos.NotificationDto;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;

/**
 * Writes in-app notifications, one per member of each organisation concerned, and with every one
 * an outbox event so a sender can deliver it by e-mail or webhook later. Writing happens in the
 * caller's transaction: a change that is refused or rolled back notifies no one.
 */
@ApplicationScoped
public class NotificationService {

    /** Who hears of something that happened to a challenge. */
    public enum Audience {
        /** The companies taking part: a proposal that is not withdrawn, or a question. */
        COMPANIES,
        /** Those companies and the challenge's agency. */
        COMPANIES_AND_AGENCY
    }

    static final int TITLE_LENGTH = 300;

    /**
     * One statement whatever the number of recipients: a notification per member of the
     * organisations, and an outbox event per notification.
     */
    private static final String FAN_OUT = """
            with written as (
                insert into notification (id, recipient_id, organisation_id, type, title, link, created_at)
                select gen_random_uuid(), m.id, m.organisation_id, cast(?1 as text), cast(?2 as text),
                       cast(?3 as text), ?4
                  from member m
                 where m.organisation_id in (?5)
                   and (cast(?8 as text) = '' or cast(?8 as text) = any(m.roles))
                returning id, recipient_id, organisation_id, type, title, link
            )
            insert into outbox_event (id, event_type, aggregate_type, aggregate_id, payload, created_at,
                                      available_at, attempts)
            select gen_random_uuid(), cast(?6 as text), 'notification', w.id,
                   cast(json_build_object('notificationId', w.id, 'recipientId', w.recipient_id,
                                          'organisationId', w.organisation_id, 'type', w.type,
                                          'title', w.title, 'link', w.link,
                                          'createdAt', cast(?7 as text)) as text),
                   ?4, ?4, 0
              from written w
            """;

    /**
     * The organisations taking part in a challenge. Proposals and questions belong to other
     * features; reading who took part is the one thing this feature needs of their tables.
     */
    private static final String COMPANIES = """
            select p.company_id from proposal p where p.challenge_id = ?1 and p.status <> 'WITHDRAWN'
            union
            select q.company_id from question q where q.challenge_id = ?1
            """;

    private static final String AGENCY = " union select c.agency_id from challenge c where c.id = ?1";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    /**
     * Notifies every member of {@code organisationId}. Must run in the transaction of the change it
     * reports. Returns how many notifications were written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int notifyOrganisation(UUID organisationId, NotificationType type, String title, String link) {
        return fanOut(List.of(Objects.requireNonNull(organisationId)), "", type, title, link);
    }

    /**
     * Notifies the members of {@code organisationId} who hold {@code role} (finance staff of an
     * agency, for instance). Must run in the transaction of the change it reports. Returns how many
     * notifications were written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int notifyRole(UUID organisationId, String role, NotificationType type, String title, String link) {
        return fanOut(List.of(Objects.requireNonNull(organisationId)), Objects.requireNonNull(role), type, title, link);
    }

    /**
     * Notifies every member of the organisations taking part in a challenge (and of its agency when
     * the audience says so). Must run in the transaction of the change it reports. Returns how many
     * notifications were written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public int notifyChallengeParticipants(
            UUID challengeId, NotificationType type, String title, String link, Audience audience) {
        String sql = audience == Audience.COMPANIES_AND_AGENCY ? COMPANIES + AGENCY : COMPANIES;
        List<UUID> organisations = em.createNativeQuery(sql, UUID.class)
                .setParameter(1, Objects.requireNonNull(challengeId))
                .getResultList();
        return fanOut(organisations, "", type, title, link);
    }

    /** The caller's own notifications, newest first. */
    @Transactional
    public PageDto<NotificationDto> mine(boolean unreadOnly, PageRequest page) {
        Optional<UUID> me = memberId();
        if (me.isEmpty()) {
            return PageDto.of(List.of(), page, 0);
        }
        var query = Notification.<Notification>find(
                (unreadOnly ? "recipientId = ?1 and readAt is null" : "recipientId = ?1")
                        + " order by createdAt desc, id desc",
                me.get());
        List<NotificationDto> items = query.page(page.page() - 1, page.size()).list().stream()
                .map(NotificationDto::from)
                .toList();
        return PageDto.of(items, page, query.count());
    }

    /** Marks one of the caller's notifications read; anyone else's answers 404. */
    @Transactional
    public NotificationDto markRead(UUID id) {
        Notification notification = memberId()
                .flatMap(me -> Notification.findOwn(id, me))
                .orElseThrow(() -> ProblemException.notFound("Notification " + id));
        notification.markRead(now());
        em.flush();
        return NotificationDto.from(notification);
    }

    /** Writes the notifications; an empty {@code role} means every member. */
    private int fanOut(List<UUID> organisations, String role, NotificationType type, String title, String link) {
        Objects.requireNonNull(type);
        if (organisations.isEmpty()) {
            return 0;
        }
        String text = title.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a notification needs a title");
        }
        if (text.length() > TITLE_LENGTH) {
            text = text.substring(0, TITLE_LENGTH - 1) + "…";
        }
        Instant now = now();
        em.flush(); // the rows are written by SQL: what the caller changed must be in the database first
        return em.createNativeQuery(FAN_OUT)
                .setParameter(1, type.name())
                .setParameter(2, text)
                .setParameter(3, link)
                .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(5, organisations)
                .setParameter(6, "notification." + type.name().toLowerCase(Locale.ROOT))
                .setParameter(7, now.toString())
                .setParameter(8, role)
                .executeUpdate();
    }

    /** The member the caller is: the token's subject is the member's id. */
    private Optional<UUID> memberId() {
        if (user.isAnonymous()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(user.subject()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The service time at the database's precision, so what a response shows is what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
