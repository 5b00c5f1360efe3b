package org.challengemarket.challenge.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.organisation.dto.OrganisationDtos.OrganisationRef;
import org.challengemarket.platform.money.MoneyDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the challenge API. */
public final class ChallengeDtos {

    private ChallengeDtos() {}

    /** A draft's content, sent whole on create and on every edit (missing parts stay empty). */
    public record ChallengeRequest(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 20000) String problemStatement,
            @Size(max = 20000) String context,
            @Size(max = 20000) String expectedOutcomes,
            @Size(max = 100) String sector,
            @Valid MoneyDto budget,
            @Min(1) @Max(50) Integer numberOfPilots,

            @Size(max = 4)
            List<@NotBlank @Pattern(regexp = "^[a-z]{2}$", message = "must be an ISO 639-1 code") String> languages,

            @Schema(description = "Stages in order; omitted on create gives the three default stages")
            @Size(min = 1, max = 5)
            List<@NotNull @Valid StageRequest> stages,

            @Valid WeightsDto weights) {}

    /** One stage of a draft. */
    public record StageRequest(
            @NotNull StageKind kind,
            Instant opensAt,
            Instant deadline,
            @Min(1) @Max(1000) Integer shortlistSize) {}

    /** Weight per criterion in percent; all three sum to 100 to publish. */
    public record WeightsDto(
            @Min(0) @Max(100) Integer problemSolving,
            @Min(0) @Max(100) Integer teamMotivation,
            @Min(0) @Max(100) Integer implementationCost) {}

    /** An amendment to a published challenge. Criteria and weights are not amendable. */
    public record AmendmentRequest(
            @NotBlank @Size(min = 10, max = 2000) String summary,

            @Schema(description = "A material change keeps the open stage open for the configured minimum period")
            boolean material,

            @Size(min = 1, max = 200) String title,
            @Size(min = 1, max = 20000) String problemStatement,
            @Size(min = 1, max = 20000) String context,
            @Size(min = 1, max = 20000) String expectedOutcomes,
            @Size(max = 5) List<@NotNull @Valid StageDateChange> stages,

            @Schema(description = "Refused: weights never change after publication")
            WeightsDto weights) {}

    /** New dates for a stage, by position (1-based). */
    public record StageDateChange(@NotNull @Min(1) @Max(5) Integer position, Instant opensAt, Instant deadline) {}

    /** Cancellation with its public reason. */
    public record CancelRequest(
            @NotBlank @Size(min = 10, max = 2000) String reason) {}

    /** A challenge as everyone may read it once published (and its agency as a draft). */
    public record ChallengeDto(
            UUID id,
            ChallengeStatus status,
            String title,
            String problemStatement,
            String context,
            String expectedOutcomes,
            String sector,
            OrganisationRef agency,
            MoneyDto budget,
            Integer numberOfPilots,
            List<String> languages,
            List<StageDto> stages,
            List<CriterionDto> criteria,

            @Schema(description = "The deadline to enter: the first stage's deadline")
            Instant deadline,

            Instant publishedAt,
            CancellationDto cancellation,
            List<AmendmentDto> amendments,
            long version,
            Instant createdAt,
            Instant updatedAt) {}

    /** A stage as published. */
    public record StageDto(int position, StageKind kind, Instant opensAt, Instant deadline, Integer shortlistSize) {}

    /** A criterion with its published weight. */
    public record CriterionDto(Criterion criterion, Integer weight, String description) {}

    /** Why and when a challenge was cancelled. */
    public record CancellationDto(String reason, Instant cancelledAt) {}

    /** A public amendment. */
    public record AmendmentDto(
            int number, String summary, boolean material, Instant publishedAt, List<ChangeDto> changes) {}

    /** One change an amendment made. */
    public record ChangeDto(String field, String from, String to) {}

    /** A challenge in a search result. */
    public record ChallengeSummary(
            UUID id,
            ChallengeStatus status,
            String title,

            @Schema(description = "The first 280 characters of the problem statement")
            String excerpt,

            String sector,
            OrganisationRef agency,
            MoneyDto budget,
            Integer numberOfPilots,
            List<String> languages,
            Instant deadline,
            Instant publishedAt) {}
}
