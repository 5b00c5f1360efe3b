package org.challengemarket.challenge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.challenge.dto.ChallengeDtos.AmendmentRequest;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeRequest;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeSummary;
import org.challengemarket.notification.NotificationService;
import org.challengemarket.notification.NotificationService.Audience;
import org.challengemarket.notification.NotificationType;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.organisation.OrganisationType;
import org.challengemarket.platform.Times;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.error.Problem;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.error.RuleViolations;
import org.challengemarket.platform.outbox.Outbox;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;

/**
 * Challenge use cases: drafts, publication, amendments, deadline extensions, cancellation, public
 * reading and search. Loads the aggregate, calls its verb, stores it, records the change in the
 * audit log and notifies the companies taking part, all in one transaction.
 */
@ApplicationScoped
public class ChallengeService {

    private static final String AUDIT_TYPE = "challenge";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    ChallengeConfig config;

    @Inject
    ChallengeSearchPages searchPages;

    @Inject
    ObjectMapper json;

    @Inject
    NotificationService notifications;

    @Inject
    Outbox outbox;

    @Transactional
    public ChallengeDto create(ChallengeRequest request) {
        Organisation agency = Organisation.<Organisation>findByIdOptional(user.requireOrganisation())
                .filter(o -> o.type == OrganisationType.AGENCY)
                .orElseThrow(() -> ProblemException.forbidden("Only an agency's officers create challenges"));
        checkRequest(request);
        Challenge challenge = Challenge.draft(agency, ChallengeMapper.content(request), clock.instant());
        challenge.persist();
        em.flush();
        audit.record("challenge.drafted", AUDIT_TYPE, challenge.id, challenge.title);
        return ChallengeMapper.dto(challenge, List.of(), json);
    }

    @Transactional
    public ChallengeDto update(UUID id, long expectedVersion, ChallengeRequest request) {
        Challenge challenge = ownChallenge(id);
        requireVersion(challenge, expectedVersion);
        checkRequest(request);
        challenge.edit(ChallengeMapper.content(request), clock.instant());
        em.flush();
        audit.record("challenge.edited", AUDIT_TYPE, challenge.id, challenge.title);
        return ChallengeMapper.dto(challenge, List.of(), json);
    }

    @Transactional
    public ChallengeDto publish(UUID id, Long expectedVersion) {
        Challenge challenge = ownChallenge(id);
        if (expectedVersion != null) {
            requireVersion(challenge, expectedVersion);
        }
        challenge.publish(clock.instant(), config.rules());
        em.flush();
        audit.record("challenge.published", AUDIT_TYPE, challenge.id, challenge.title);
        publicEvent("challenge.published", challenge, eventPayload(challenge));
        return ChallengeMapper.dto(challenge, List.of(), json);
    }

    @Transactional
    public ChallengeDto amend(UUID id, Long expectedVersion, AmendmentRequest request) {
        Challenge challenge = ownChallenge(id);
        if (expectedVersion != null) {
            requireVersion(challenge, expectedVersion);
        }
        if (request.weights() != null) {
            throw new ProblemException(
                    ProblemType.RULE_VIOLATION,
                    "Criteria and weights never change after publication",
                    List.of(new Problem.FieldError("weights", "cannot be amended")));
        }
        Instant now = clock.instant();
        Amendment amendment = new Amendment(
                request.summary(),
                request.material(),
                request.title(),
                request.problemStatement(),
                request.context(),
                request.expectedOutcomes(),
                request.stages() == null
                        ? List.of()
                        : request.stages().stream()
                                .map(s -> new Amendment.StageChange(s.position(), s.opensAt(), s.deadline()))
                                .toList());
        List<Amendment.Change> changes = challenge.amend(amendment, now, config.rules());
        int number = recordAmendment(challenge, request.summary(), request.material(), changes, now);
        audit.record("challenge.amended", AUDIT_TYPE, challenge.id, "amendment " + number + ": " + request.summary());
        amendedEvent(challenge, number, request.summary().strip(), request.material(), now);
        notifications.notifyChallengeParticipants(
                challenge.id,
                NotificationType.CHALLENGE_AMENDED,
                "Amendment " + number + " to \"" + challenge.title + "\": "
                        + request.summary().strip(),
                link(challenge),
                Audience.COMPANIES);
        return ChallengeMapper.dto(challenge, ChallengeAmendment.of(challenge), json);
    }

    /**
     * Moves a stage deadline later as a public, numbered amendment, and tells the companies taking
     * part and the agency. Not an endpoint of its own: the feature that calls it decides who may
     * (clarifications extend a deadline when an answer comes late). Runs in the caller's
     * transaction, at the caller's {@code now}, so the extension and its cause happen at one
     * instant.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DeadlineExtension extendDeadline(UUID id, int stage, Instant newDeadline, String summary, Instant now) {
        Challenge challenge = load(id).orElseThrow(() -> notFound(id));
        Instant previous = challenge.stages.at(stage).map(s -> s.deadline).orElse(null);
        List<Amendment.Change> changes = challenge.extendDeadline(stage, newDeadline, now);
        int number = recordAmendment(challenge, summary, false, changes, now);
        audit.record(
                "challenge.deadline_extended",
                AUDIT_TYPE,
                challenge.id,
                "amendment " + number + ": stage " + stage + " deadline " + previous + " -> " + newDeadline);
        amendedEvent(challenge, number, summary, false, now);
        notifications.notifyChallengeParticipants(
                challenge.id,
                NotificationType.DEADLINE_EXTENDED,
                "Stage " + stage + " of \"" + challenge.title + "\" now closes at " + Times.forPeople(newDeadline)
                        + " instead of " + Times.forPeople(previous),
                link(challenge),
                Audience.COMPANIES_AND_AGENCY);
        return new DeadlineExtension(number, stage, previous, newDeadline);
    }

    /**
     * Queues a public event in this transaction, so webhooks and open data hear of exactly the
     * changes that were stored.
     */
    private void publicEvent(String type, Challenge challenge, ObjectNode payload) {
        try {
            outbox.append(type, AUDIT_TYPE, challenge.id, json.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the payload of " + type, e);
        }
    }

    private void amendedEvent(Challenge challenge, int number, String summary, boolean material, Instant now) {
        ObjectNode payload = eventPayload(challenge);
        payload.putObject("amendment")
                .put("number", number)
                .put("summary", summary)
                .put("material", material)
                .put("date", now.toString());
        publicEvent("challenge.amended", challenge, payload);
    }

    /** What every public challenge event tells: only what the public challenge page shows. */
    private ObjectNode eventPayload(Challenge challenge) {
        ObjectNode payload = json.createObjectNode()
                .put("challengeId", challenge.id.toString())
                .put("title", challenge.title)
                .put("sector", challenge.sector)
                .put("status", challenge.status.name())
                .put("url", link(challenge));
        payload.putObject("agency").put("id", challenge.agency.id.toString()).put("name", challenge.agency.name);
        payload.put("publishedAt", challenge.publishedAt == null ? null : challenge.publishedAt.toString());
        payload.put("deadline", challenge.deadline == null ? null : challenge.deadline.toString());
        return payload;
    }

    private int recordAmendment(
            Challenge challenge, String summary, boolean material, List<Amendment.Change> changes, Instant now) {
        int number = (int) ChallengeAmendment.count("challenge", challenge) + 1;
        new ChallengeAmendment(challenge, number, summary, material, ChallengeMapper.changesJson(changes, json), now)
                .persist();
        em.flush();
        return number;
    }

    @Transactional
    public ChallengeDto cancel(UUID id, Long expectedVersion, String reason) {
        Challenge challenge = ownChallenge(id);
        if (expectedVersion != null) {
            requireVersion(challenge, expectedVersion);
        }
        challenge.cancel(reason, clock.instant());
        em.flush();
        audit.record("challenge.cancelled", AUDIT_TYPE, challenge.id, reason);
        notifications.notifyChallengeParticipants(
                challenge.id,
                NotificationType.CHALLENGE_CANCELLED,
                "\"" + challenge.title + "\" was cancelled: " + challenge.cancellationReason,
                link(challenge),
                Audience.COMPANIES);
        return ChallengeMapper.dto(challenge, ChallengeAmendment.of(challenge), json);
    }

    /** Public detail; a draft only for its own agency (404 for everyone else). */
    @Transactional
    public ChallengeDto get(UUID id) {
        Challenge challenge = load(id).filter(this::visible).orElseThrow(() -> notFound(id));
        return ChallengeMapper.dto(challenge, ChallengeAmendment.of(challenge), json);
    }

    /** A challenge of the caller's agency in any state, drafts included (404 for any other). */
    @Transactional
    public ChallengeDto getOwn(UUID id) {
        Challenge challenge = ownChallenge(id);
        return ChallengeMapper.dto(challenge, ChallengeAmendment.of(challenge), json);
    }

    /** The current version of a visible challenge, for conditional reads. */
    @Transactional
    public Optional<Long> version(UUID id) {
        return load(id).filter(this::visible).map(c -> c.version);
    }

    /** A page of search results; drafts are listed only to their own agency. */
    public PageDto<ChallengeSummary> search(ChallengeQuery query, PageRequest page) {
        return searchPage(query, page).results();
    }

    /**
     * A page of search results with its weak ETag. What is the same for everyone is served from
     * memory until any challenge changes; it reads the database itself, in its own transaction.
     */
    public ChallengeSearchCache.Page searchPage(ChallengeQuery query, PageRequest page) {
        UUID viewer = user.hasRole(Roles.AGENCY_OFFICER) ? user.organisationId().orElse(null) : null;
        return searchPages.read(query, viewer, page);
    }

    private boolean visible(Challenge c) {
        return c.status.isPublic() || user.hasRole(Roles.AGENCY_OFFICER) && user.actsFor(c.agency.id);
    }

    /** A challenge of the caller's agency; any other answers 404, as if it did not exist. */
    private Challenge ownChallenge(UUID id) {
        return load(id).filter(c -> user.actsFor(c.agency.id)).orElseThrow(() -> notFound(id));
    }

    private Optional<Challenge> load(UUID id) {
        return Challenge.find("from Challenge c join fetch c.agency where c.id = ?1", id)
                .firstResultOptional();
    }

    private static void requireVersion(Challenge challenge, long expected) {
        if (challenge.version != expected) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_FAILED,
                    "The challenge is at version " + challenge.version + ", not " + expected
                            + "; read it again and reapply your change");
        }
    }

    private void checkRequest(ChallengeRequest request) {
        RuleViolations v = new RuleViolations();
        if (request.budget() != null && request.budget().currency() != null) {
            try {
                Currency.getInstance(request.budget().currency());
            } catch (IllegalArgumentException e) {
                v.add("budget.currency", "is not an ISO 4217 currency");
            }
        }
        if (request.languages() != null) {
            for (int i = 0; i < request.languages().size(); i++) {
                String language = request.languages().get(i);
                v.check(
                        language == null || config.languages().contains(language),
                        "languages[" + i + "]",
                        "must be one of " + config.languages().stream().sorted().toList());
            }
        }
        v.throwIfAny(ProblemType.INVALID_REQUEST, "The request has invalid fields");
    }

    private static String link(Challenge challenge) {
        return "/api/v1/challenges/" + challenge.id;
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Challenge " + id);
    }
}
