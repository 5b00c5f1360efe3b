package org.challengemarket.clarification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.challengemarket.platform.error.Problem.FieldError;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.junit.jupiter.api.Test;

/** A question's own rules, without a container. */
class QuestionTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    private static Question asked() {
        return Question.ask(
                UUID.randomUUID(), UUID.randomUUID(), 1, "  Which data formats do the counters export?  ", NOW);
    }

    @Test
    void questionIsStoredTrimmedAndOpen() {
        Question question = asked();
        assertThat(question.text).isEqualTo("Which data formats do the counters export?");
        assertThat(question.isAnswered()).isFalse();
        assertThat(question.number).isNull();
    }

    @Test
    void answerIsPublishedWithItsNumberAndIsFinal() {
        Question question = asked();
        question.answer("CSV and JSON, every five minutes.", 3, NOW.plus(Duration.ofDays(1)));
        assertThat(question.isAnswered()).isTrue();
        assertThat(question.number).isEqualTo(3);

        assertThatThrownBy(() -> question.answer("Also XML, on request.", 4, NOW.plus(Duration.ofDays(2))))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        assertThat(question.answer).isEqualTo("CSV and JSON, every five minutes.");
        assertThat(question.number).isEqualTo(3);
    }

    @Test
    void textsAreMeasuredWithoutSurroundingSpacesAndInCharacters() {
        assertThatThrownBy(() -> Question.ask(UUID.randomUUID(), UUID.randomUUID(), 1, "   Why?          ", NOW))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("text"));
        String emoji = "\uD83D\uDE8C".repeat(5); // five buses: ten UTF-16 units, five characters
        assertThatThrownBy(() -> Question.ask(UUID.randomUUID(), UUID.randomUUID(), 1, emoji, NOW))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> asked().answer("x".repeat(5001), 1, NOW)).isInstanceOf(ProblemException.class);
    }
}
