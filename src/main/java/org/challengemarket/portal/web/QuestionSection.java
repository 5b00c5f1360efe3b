package org.challengemarket.portal.web;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.challenge.dto.ChallengeDtos.StageDto;
import org.challengemarket.clarification.ClarificationConfig;
import org.challengemarket.clarification.ClarificationService;
import org.challengemarket.clarification.QuestionStatus;
import org.challengemarket.clarification.dto.ClarificationDtos.QuestionDto;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.portal.QuestionNotice;
import org.challengemarket.portal.form.FieldLabels;
import org.challengemarket.portal.form.FormErrors;

/**
 * The questions and answers of a challenge's page: the published answers for everyone (never who
 * asked), and for a company member its own open questions and the form to ask, while questions are
 * open.
 *
 * @param window whether questions are open now, and until or since when
 * @param company true when the viewer is a company member, who may ask
 * @param agency true when the viewer is an officer of the challenge's agency
 * @param openCount how many questions await an answer (for the agency's link; 0 for others)
 * @param question the text typed into the form, kept when it was refused
 */
@TemplateData
public record QuestionSection(
        UUID challengeId,
        List<QuestionDto> answered,
        List<QuestionDto> mine,
        Window window,
        boolean company,
        boolean agency,
        int openCount,
        String question,
        FormErrors errors,
        QuestionNotice notice) {

    /** Why questions are open or closed, with the time that goes with it. */
    public enum WindowState {
        /** Open until {@code at}. */
        OPEN,
        /** Closed at {@code at}, the cut-off before the deadline of stage {@code stage}. */
        CLOSED_AT,
        /** Closed while the challenge is in evaluation; stage {@code stage} opens at {@code at}. */
        CLOSED_UNTIL,
        /** Closed for good: every deadline has passed, or the challenge takes no questions. */
        CLOSED,
        /** A draft: questions open with its publication. */
        NOT_YET
    }

    /** Whether questions are open, and the time and stage that explain it. */
    @TemplateData
    public record Window(WindowState state, Instant at, int stage) {
        public boolean isOpen() {
            return state == WindowState.OPEN;
        }

        /** The time in Brussels, or nothing when the state has none. */
        public String when() {
            return at == null ? "" : Views.brussels(at);
        }
    }

    /** The form shows while questions are open, and with its refusal when they closed meanwhile. */
    public boolean showForm() {
        return company && (window.isOpen() || !errors.isEmpty());
    }

    /** Builds a challenge's question section for whoever is looking. */
    @ApplicationScoped
    public static class Assembler {

        @Inject
        ClarificationService clarifications;

        @Inject
        ClarificationConfig config;

        @Inject
        CurrentUser user;

        @Inject
        Viewer viewer;

        @Inject
        FieldLabels labels;

        @Inject
        Clock clock;

        /** The section as first shown, with the notice of a successful post if any. */
        public QuestionSection of(ChallengeDto challenge, String notice) {
            return of(challenge, "", FormErrors.none(labels), PageNotice.of(QuestionNotice.class, notice));
        }

        /** The section with a refused question, its text kept. */
        public QuestionSection refused(ChallengeDto challenge, String question, FormErrors errors) {
            return of(challenge, question, errors, null);
        }

        private QuestionSection of(ChallengeDto challenge, String question, FormErrors errors, QuestionNotice notice) {
            boolean agency = viewer.officerOf(challenge.agency().id());
            boolean company = viewer.signedIn()
                    && user.hasRole(Roles.COMPANY_MEMBER)
                    && user.organisationId().isPresent();
            List<QuestionDto> answered = new ArrayList<>();
            List<QuestionDto> mine = new ArrayList<>();
            int open = 0;
            for (QuestionDto q : all(challenge.id())) {
                if (q.status() == QuestionStatus.ANSWERED) {
                    answered.add(q);
                } else if (q.mine()) {
                    mine.add(q);
                } else if (agency) {
                    open++;
                }
            }
            return new QuestionSection(
                    challenge.id(), answered, mine, window(challenge), company, agency, open, question, errors, notice);
        }

        /** Every question the viewer may see, page by page. */
        List<QuestionDto> all(UUID challengeId) {
            List<QuestionDto> all = new ArrayList<>();
            int page = 1;
            PageDto<QuestionDto> read;
            do {
                read = clarifications.list(challengeId, PageRequest.of(page++, PageRequest.MAX_SIZE));
                all.addAll(read.items());
            } while (read.page() < read.totalPages());
            return all;
        }

        /** The same rule the service applies to a question asked now, told rather than enforced. */
        private Window window(ChallengeDto challenge) {
            Instant now = clock.instant();
            if (challenge.status() == ChallengeStatus.DRAFT) {
                return new Window(WindowState.NOT_YET, null, 0);
            }
            if (challenge.status() != ChallengeStatus.PUBLISHED
                    && challenge.status() != ChallengeStatus.IN_EVALUATION) {
                return new Window(WindowState.CLOSED, null, 0);
            }
            StageDto stage = challenge.stages().stream()
                    .filter(candidate -> candidate.deadline() != null && now.isBefore(candidate.deadline()))
                    .findFirst()
                    .orElse(null);
            if (stage == null) {
                return new Window(WindowState.CLOSED, null, 0);
            }
            boolean stageOpen = stage.opensAt() != null && !now.isBefore(stage.opensAt());
            if (challenge.status() == ChallengeStatus.IN_EVALUATION && !stageOpen) {
                return new Window(WindowState.CLOSED_UNTIL, stage.opensAt(), stage.position());
            }
            Instant closesAt = stage.deadline().minus(config.questionCutoff());
            return now.isBefore(closesAt)
                    ? new Window(WindowState.OPEN, closesAt, stage.position())
                    : new Window(WindowState.CLOSED_AT, closesAt, stage.position());
        }
    }
}
