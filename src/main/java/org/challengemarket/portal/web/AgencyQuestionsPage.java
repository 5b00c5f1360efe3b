package org.challengemarket.portal.web;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeService;
import org.challengemarket.challenge.dto.ChallengeDtos.AmendmentDto;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.clarification.QuestionStatus;
import org.challengemarket.clarification.dto.ClarificationDtos.QuestionDto;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.portal.QuestionNotice;
import org.challengemarket.portal.form.FieldLabels;
import org.challengemarket.portal.form.FormErrors;

/**
 * The agency's page of one challenge's questions: the open ones first, each with its answer form,
 * then the published answers. A refused answer is shown on its own question's form.
 *
 * @param answering whether the challenge still takes answers
 * @param refused the question whose answer was refused, or null
 * @param typed the refused answer's text, kept
 * @param extension the amendment a late answer just published, or null
 */
@TemplateData
public record AgencyQuestionsPage(
        ChallengeDto challenge,
        List<QuestionDto> open,
        List<QuestionDto> answered,
        boolean answering,
        UUID refused,
        String typed,
        FormErrors errors,
        QuestionNotice notice,
        AmendmentDto extension) {

    /** The form field of the answer to {@code question}, which is also its textarea's id. */
    public static String field(UUID question) {
        return "answer-" + question;
    }

    /** The form field (and textarea id) of the answer to {@code question}. */
    public String fieldOf(QuestionDto question) {
        return field(question.id());
    }

    /** The text to show in the answer form of {@code question}. */
    public String value(QuestionDto question) {
        return question.id().equals(refused) ? typed : "";
    }

    /** Builds the page for an officer of the challenge's agency (404 for anyone else). */
    @ApplicationScoped
    public static class Assembler {

        @Inject
        ChallengeService challenges;

        @Inject
        QuestionSection.Assembler questions;

        @Inject
        FieldLabels labels;

        /** The page as first shown, after a successful answer with its notice and extension. */
        public AgencyQuestionsPage of(UUID challengeId, String notice, Integer amendment) {
            ChallengeDto challenge = challenges.getOwn(challengeId);
            AmendmentDto extension = amendment == null
                    ? null
                    : challenge.amendments().stream()
                            .filter(published -> published.number() == amendment)
                            .findFirst()
                            .orElse(null);
            return page(
                    challenge,
                    null,
                    "",
                    FormErrors.none(labels),
                    PageNotice.of(QuestionNotice.class, notice),
                    extension);
        }

        /** The page with a refused answer to {@code question} on its form. */
        public AgencyQuestionsPage refused(ChallengeDto challenge, UUID question, String typed, FormErrors errors) {
            return page(challenge, question, typed, errors, null, null);
        }

        /** The challenge of the caller's agency that {@code question} belongs to; 404 otherwise. */
        public ChallengeDto challengeOf(UUID challengeId, UUID question) {
            ChallengeDto challenge = challenges.getOwn(challengeId);
            if (questions.all(challengeId).stream()
                    .noneMatch(asked -> asked.id().equals(question))) {
                throw ProblemException.notFound("Question " + question);
            }
            return challenge;
        }

        private AgencyQuestionsPage page(
                ChallengeDto challenge,
                UUID refused,
                String typed,
                FormErrors errors,
                QuestionNotice notice,
                AmendmentDto extension) {
            List<QuestionDto> all = questions.all(challenge.id());
            List<QuestionDto> open = all.stream()
                    .filter(asked -> asked.status() == QuestionStatus.OPEN)
                    .sorted(Comparator.comparing(QuestionDto::askedAt))
                    .toList();
            List<QuestionDto> answered = all.stream()
                    .filter(asked -> asked.status() == QuestionStatus.ANSWERED)
                    .toList();
            return new AgencyQuestionsPage(
                    challenge,
                    open,
                    answered,
                    challenge.status().isAmendable(),
                    refused,
                    typed,
                    errors,
                    notice,
                    extension);
        }
    }
}
