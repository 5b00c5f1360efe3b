package org.challengemarket.clarification;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.challenge.Stage;
import org.challengemarket.platform.Times;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;

/**
 * When questions may be asked and when answers are due, measured back from the deadline of the
 * stage a question is about. Data with defaults (see {@link ClarificationConfig}), not constants.
 *
 * @param questionCutoff how long before the stage deadline questions close
 * @param answerLeadTime how long before the stage deadline answers are due
 */
public record ClarificationRules(Duration questionCutoff, Duration answerLeadTime) {

    public ClarificationRules {
        Objects.requireNonNull(questionCutoff);
        Objects.requireNonNull(answerLeadTime);
        if (questionCutoff.isNegative() || answerLeadTime.isNegative()) {
            throw new IllegalArgumentException("the question cut-off and answer lead time cannot be negative");
        }
    }

    /**
     * The stage a question asked at {@code now} is about: the first stage whose deadline has not
     * passed. Refused when the challenge takes no questions (409) or questions on that stage have
     * closed (422, saying when).
     */
    public Stage stageTakingQuestions(Challenge challenge, Instant now) {
        if (challenge.status != ChallengeStatus.PUBLISHED && challenge.status != ChallengeStatus.IN_EVALUATION) {
            throw ProblemException.conflict("A " + challenge.status + " challenge takes no questions");
        }
        Stage stage = challenge.stages.stream()
                .filter(s -> s.deadline != null && !s.deadlinePassedAt(now))
                .findFirst()
                .orElseThrow(
                        () -> closed("Questions are closed: every stage of this challenge has passed its deadline"));
        if (challenge.status == ChallengeStatus.IN_EVALUATION && !stage.isOpenAt(now)) {
            throw closed("Questions are closed while the challenge is in evaluation and no stage is open; stage "
                    + stage.position + " opens at " + Times.forPeople(stage.opensAt));
        }
        Instant closesAt = questionsCloseAt(stage);
        if (!now.isBefore(closesAt)) {
            throw closed("Questions on stage " + stage.position + " closed at " + Times.forPeople(closesAt) + ", "
                    + describe(questionCutoff) + " before its deadline of " + Times.forPeople(stage.deadline));
        }
        return stage;
    }

    /** When questions on {@code stage} close. */
    public Instant questionsCloseAt(Stage stage) {
        return stage.deadline.minus(questionCutoff);
    }

    /** When answers to questions on {@code stage} are due. */
    public Instant answerDueBy(Stage stage) {
        return stage.deadline.minus(answerLeadTime);
    }

    /**
     * The deadline {@code stage} needs so that an answer published at {@code answeredAt} still comes
     * the full lead time before it: the old deadline plus the shortfall, that is {@code answeredAt +
     * lead time}. Empty when the answer is on time, or when the stage has already closed (its dates
     * are final).
     */
    public Optional<Instant> deadlineAfterAnswer(Stage stage, Instant answeredAt) {
        if (stage.deadlinePassedAt(answeredAt) || !answeredAt.isAfter(answerDueBy(stage))) {
            return Optional.empty();
        }
        return Optional.of(answeredAt.plus(answerLeadTime));
    }

    /** A duration for people: whole days as days, anything else as ISO-8601. */
    static String describe(Duration duration) {
        if (duration.toSeconds() % 86_400 == 0) {
            long days = duration.toDays();
            return days == 1 ? "1 day" : days + " days";
        }
        return duration.toString();
    }

    private static ProblemException closed(String detail) {
        return new ProblemException(ProblemType.RULE_VIOLATION, detail);
    }
}
