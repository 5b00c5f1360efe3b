package org.challengemarket.clarification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeService;
import org.challengemarket.challenge.DeadlineExtension;
import org.challengemarket.challenge.Stage;
import org.challengemarket.clarification.dto.ClarificationDtos.AnswerResult;
import org.challengemarket.clarification.dto.ClarificationDtos.DeadlineExtensionDto;
import org.challengemarket.clarification.dto.ClarificationDtos.QuestionDto;
import org.challengemarket.notification.NotificationService;
import org.challengemarket.notification.NotificationService.Audience;
import org.challengemarket.notification.NotificationType;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.organisation.OrganisationType;
import org.challengemarket.platform.Times;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.outbox.Outbox;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;

/**
 * Clarifications: companies ask until the question cut-off, the agency answers, answers are
 * published to everyone without the asker. An answer later than the lead time before its stage
 * deadline extends that deadline by the shortfall, as a public amendment of the challenge.
 */
@ApplicationScoped
public class ClarificationService {

    private static final String AUDIT_TYPE = "question";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    ClarificationConfig config;

    @Inject
    ChallengeService challenges;

    @Inject
    NotificationService notifications;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    /** What the caller may see of a challenge's questions. */
    private record Viewer(boolean agency, UUID company) {

        boolean owns(Question q) {
            return company != null && company.equals(q.companyId);
        }

        boolean sees(Question q) {
            return agency || q.isAnswered() || owns(q);
        }
    }

    /** A company member asks a question on a published challenge, before the question cut-off. */
    @Transactional
    public QuestionDto ask(UUID challengeId, String text) {
        UUID company = user.requireOrganisation();
        Organisation organisation = Organisation.findById(company);
        if (organisation == null || organisation.type != OrganisationType.COMPANY) {
            throw ProblemException.forbidden("Only members of a company ask questions");
        }
        Challenge challenge = visibleChallenge(challengeId);
        Instant now = now();
        Stage stage = config.rules().stageTakingQuestions(challenge, now);
        Question question = Question.ask(challenge.id, company, stage.position, text, now);
        question.persist();
        em.flush();
        audit.record(
                "question.asked", AUDIT_TYPE, question.id, "challenge " + challenge.id + ", stage " + stage.position);
        return dto(question, new Viewer(false, company), challenge);
    }

    /**
     * The questions the caller may see: published answers for everyone, plus the caller's company's
     * own open questions, or every question for the challenge's agency. Answered first, by number.
     */
    @Transactional
    public PageDto<QuestionDto> list(UUID challengeId, PageRequest page) {
        Challenge challenge = visibleChallenge(challengeId);
        Viewer viewer = viewerOf(challenge);
        String order = " order by number asc nulls last, askedAt, id";
        PanacheQuery<Question> query;
        if (viewer.agency()) {
            query = Question.find("challengeId = ?1" + order, challenge.id);
        } else if (viewer.company() != null) {
            query = Question.find(
                    "challengeId = ?1 and (answeredAt is not null or companyId = ?2)" + order,
                    challenge.id,
                    viewer.company());
        } else {
            query = Question.find("challengeId = ?1 and answeredAt is not null" + order, challenge.id);
        }
        List<QuestionDto> items = query.page(page.page() - 1, page.size()).list().stream()
                .map(q -> dto(q, viewer, challenge))
                .toList();
        return PageDto.of(items, page, query.count());
    }

    /** One question, if the caller may see it (404 otherwise). */
    @Transactional
    public QuestionDto get(UUID id) {
        Question question = Question.<Question>findByIdOptional(id).orElseThrow(() -> notFound(id));
        Challenge challenge = challenge(question.challengeId)
                .filter(c -> c.status.isPublic() || isAgencyOf(c))
                .orElseThrow(() -> notFound(id));
        Viewer viewer = viewerOf(challenge);
        if (!viewer.sees(question)) {
            throw notFound(id);
        }
        return dto(question, viewer, challenge);
    }

    /**
     * An officer of the challenge's agency publishes the answer. Answers of one challenge are
     * published one at a time (the challenge row is locked), so numbers have no gaps and a deadline
     * extension never races another change of the challenge.
     */
    @Transactional
    public AnswerResult answer(UUID questionId, String text) {
        Question question = Question.<Question>findByIdOptional(questionId).orElseThrow(() -> notFound(questionId));
        Challenge challenge =
                challenge(question.challengeId).filter(this::isAgencyOf).orElseThrow(() -> notFound(questionId));
        // re-read under the lock: another officer may have answered, or the challenge changed, meanwhile
        em.refresh(challenge, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(question);
        if (!question.isAnswered() && !challenge.status.isAmendable()) {
            throw ProblemException.conflict("A " + challenge.status + " challenge takes no more answers");
        }
        Instant now = now();
        question.answer(text, Question.nextNumber(challenge.id), now);
        em.flush();
        audit.record(
                "question.answered",
                AUDIT_TYPE,
                question.id,
                "answer " + question.number + " on challenge " + challenge.id);

        ClarificationRules rules = config.rules();
        Stage stage = challenge.stages.get(question.stage - 1);
        Instant dueBy = rules.answerDueBy(stage);
        DeadlineExtension extension = rules.deadlineAfterAnswer(stage, now)
                .map(deadline -> challenges.extendDeadline(
                        challenge.id,
                        stage.position,
                        deadline,
                        extensionSummary(question, dueBy, deadline, rules),
                        now))
                .orElse(null);
        answerPublishedEvent(challenge, question);
        notifications.notifyChallengeParticipants(
                challenge.id,
                NotificationType.ANSWER_PUBLISHED,
                "Answer " + question.number + " published on \"" + challenge.title + "\"",
                "/api/v1/questions/" + question.id,
                Audience.COMPANIES);
        return new AnswerResult(
                dto(question, new Viewer(true, null), challenge),
                extension == null
                        ? null
                        : new DeadlineExtensionDto(
                                extension.amendmentNumber(),
                                extension.stage(),
                                extension.previousDeadline(),
                                extension.newDeadline()));
    }

    /** Queues the public event of a published answer, in this transaction; the asker is never named. */
    private void answerPublishedEvent(Challenge challenge, Question question) {
        var payload = json.createObjectNode()
                .put("challengeId", challenge.id.toString())
                .put("title", challenge.title)
                .put("sector", challenge.sector)
                .put("questionId", question.id.toString())
                .put("number", question.number)
                .put("stage", question.stage)
                .put("question", question.text)
                .put("answer", question.answer)
                .put("answeredAt", question.answeredAt.toString())
                .put("url", "/api/v1/questions/" + question.id);
        try {
            outbox.append("clarification.published", "question", question.id, json.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the payload of clarification.published", e);
        }
    }

    private static String extensionSummary(
            Question question, Instant dueBy, Instant newDeadline, ClarificationRules rules) {
        String lead = ClarificationRules.describe(rules.answerLeadTime());
        return "Answer " + question.number + " to a clarification question was published at "
                + Times.forPeople(question.answeredAt) + ", after it was due (" + Times.forPeople(dueBy) + ", "
                + lead + " before the deadline). The deadline of stage " + question.stage
                + " moves later by the shortfall, to " + Times.forPeople(newDeadline)
                + ", so that every company has " + lead + " with the answer.";
    }

    private QuestionDto dto(Question q, Viewer viewer, Challenge challenge) {
        boolean mine = viewer.owns(q);
        Instant dueBy = viewer.agency() && !q.isAnswered()
                ? config.rules().answerDueBy(challenge.stages.get(q.stage - 1))
                : null;
        return new QuestionDto(
                q.id,
                q.number,
                q.stage,
                q.isAnswered() ? QuestionStatus.ANSWERED : QuestionStatus.OPEN,
                q.text,
                q.answer,
                q.answeredAt,
                mine,
                viewer.agency() || mine ? q.askedAt : null,
                dueBy);
    }

    private Viewer viewerOf(Challenge challenge) {
        UUID company =
                user.hasRole(Roles.COMPANY_MEMBER) ? user.organisationId().orElse(null) : null;
        return new Viewer(isAgencyOf(challenge), company);
    }

    private boolean isAgencyOf(Challenge challenge) {
        return user.hasRole(Roles.AGENCY_OFFICER) && user.actsFor(challenge.agency.id);
    }

    /** A published challenge, or a draft of the caller's own agency; 404 for anything else. */
    private Challenge visibleChallenge(UUID id) {
        return challenge(id)
                .filter(c -> c.status.isPublic() || isAgencyOf(c))
                .orElseThrow(() -> ProblemException.notFound("Challenge " + id));
    }

    private static Optional<Challenge> challenge(UUID id) {
        return Challenge.find("from Challenge c join fetch c.agency where c.id = ?1", id)
                .firstResultOptional();
    }

    private static ProblemException notFound(UUID questionId) {
        return ProblemException.notFound("Question " + questionId);
    }

    /** The service time at the database's precision, so what a response shows is what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
