package org.challengemarket.clarification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.challengemarket.platform.Times;
import org.challengemarket.platform.error.ProblemException;

/**
 * A company's question on a challenge and, once published, the agency's answer to everyone. The
 * asking company is kept so it can see its own open questions and hear of the answer; it is never
 * shown to anyone else. An answer is final.
 */
@Entity
@Table(name = "question")
public class Question extends PanacheEntityBase {

    /** Shortest and longest question, in characters, after trimming. */
    public static final int QUESTION_MIN = 10;

    public static final int QUESTION_MAX = 2000;

    /** Shortest and longest answer, in characters, after trimming. */
    public static final int ANSWER_MIN = 10;

    public static final int ANSWER_MAX = 5000;

    @Id
    public UUID id;

    /** The challenge, by id: another aggregate, changed only through its own service. */
    @Column(name = "challenge_id", nullable = false)
    public UUID challengeId;

    /** The asking company; never shown to anyone but that company. */
    @Column(name = "company_id", nullable = false)
    public UUID companyId;

    /** The stage (1-based) whose deadline the question's cut-off and answer were measured against. */
    @Column(nullable = false)
    public int stage;

    @Column(nullable = false)
    public String text;

    @Column(name = "asked_at", nullable = false)
    public Instant askedAt;

    /** The public number, given in the order answers are published; null while unanswered. */
    public Integer number;

    public String answer;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Version
    public long version;

    protected Question() {}

    /** A new question of {@code companyId} about stage {@code stage}, whose window the caller checked. */
    public static Question ask(UUID challengeId, UUID companyId, int stage, String text, Instant now) {
        Question question = new Question();
        question.id = UUID.randomUUID();
        question.challengeId = Objects.requireNonNull(challengeId);
        question.companyId = Objects.requireNonNull(companyId);
        question.stage = stage;
        question.text = checkedText("text", text, QUESTION_MIN, QUESTION_MAX);
        question.askedAt = now;
        return question;
    }

    /** Publishes the answer as number {@code number}; a question is answered once (409 after). */
    public void answer(String answerText, int number, Instant now) {
        if (isAnswered()) {
            throw ProblemException.conflict("Question " + id + " was answered at " + Times.forPeople(answeredAt)
                    + " as number " + this.number + "; published answers are final");
        }
        this.answer = checkedText("text", answerText, ANSWER_MIN, ANSWER_MAX);
        this.number = number;
        this.answeredAt = now;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    /** The number the next published answer of {@code challengeId} gets. */
    public static int nextNumber(UUID challengeId) {
        Integer highest = getEntityManager()
                .createQuery("select max(q.number) from Question q where q.challengeId = ?1", Integer.class)
                .setParameter(1, challengeId)
                .getSingleResult();
        return highest == null ? 1 : highest + 1;
    }

    private static String checkedText(String field, String text, int min, int max) {
        String stripped = text == null ? "" : text.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length < min || length > max) {
            throw ProblemException.invalid(
                    field, "must be " + min + " to " + max + " characters (not counting surrounding spaces)");
        }
        return stripped;
    }
}
