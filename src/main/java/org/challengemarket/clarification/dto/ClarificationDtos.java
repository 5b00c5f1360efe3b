package org.challengemarket.clarification.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.challengemarket.clarification.QuestionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the clarification API. None of them names who asked. */
public final class ClarificationDtos {

    private ClarificationDtos() {}

    /** A company's question. */
    public record QuestionRequest(
            @NotBlank @Size(min = 10, max = 2000) String text) {}

    /** The agency's answer, published to everyone. */
    public record AnswerRequest(
            @NotBlank @Size(min = 10, max = 5000) String text) {}

    /** A question as the caller may see it; never with the asking organisation or person. */
    public record QuestionDto(
            UUID id,

            @Schema(description = "Public number, in the order answers were published; absent while unanswered")
            Integer questionNumber,

            @Schema(description = "The stage (1-based) whose deadline the question was asked against")
            int stage,

            QuestionStatus status,
            String question,
            String answer,
            Instant answeredAt,

            @Schema(description = "True when the caller's own organisation asked it")
            boolean mine,

            @Schema(description = "When it was asked; shown to the asking company and the agency only")
            Instant askedAt,

            @Schema(
                    description = "For the agency, while unanswered: when the answer is due; a later answer"
                            + " extends the stage deadline by the shortfall")
            Instant answerDueBy) {}

    /** A published answer, and the deadline extension it caused if it came late. */
    public record AnswerResult(
            QuestionDto question,

            @Schema(description = "Present when the answer came after it was due and moved the stage deadline")
            DeadlineExtensionDto deadlineExtension) {}

    /** A stage deadline moved later, recorded as a public amendment of the challenge. */
    public record DeadlineExtensionDto(int amendmentNumber, int stage, Instant previousDeadline, Instant newDeadline) {}
}
