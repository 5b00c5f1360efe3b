package org.challengemarket.proposal.dto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.challengemarket.challenge.Stage;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.proposal.Attachment;
import org.challengemarket.proposal.Proposal;
import org.challengemarket.proposal.ProposalStatus;
import org.challengemarket.proposal.StageDraft;
import org.challengemarket.proposal.StageForm;
import org.challengemarket.proposal.Submission;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the proposal API. */
public final class ProposalDtos {

    private ProposalDtos() {}

    /** The values of a stage draft's fields, by field name (see GET /api/v1/stage-forms). */
    public record DraftRequest(
            @Schema(
                    description = "Field name to value: text, {amount, currency} for money, an instant,"
                            + " or one of the choices",
                    implementation = Object.class)
            JsonNode fields) {}

    /** A proposal as its company sees it. */
    public record ProposalDto(
            UUID id,
            UUID challengeId,
            String challengeTitle,
            UUID companyId,
            ProposalStatus status,

            @Schema(description = "The stage the proposal is in (1-based)")
            int stage,

            int stageCount,

            @Schema(description = "Deadline of the proposal's current stage")
            Instant nextDeadline,

            List<StageView> stages,
            Instant createdAt,
            Instant updatedAt,
            long version) {

        public static ProposalDto from(Proposal p, List<StageView> stages) {
            return new ProposalDto(
                    p.id,
                    p.challenge.id,
                    p.challenge.title,
                    p.company.id,
                    p.status,
                    p.stage,
                    p.challenge.stages.size(),
                    p.nextDeadline(),
                    stages,
                    p.createdAt,
                    p.updatedAt,
                    p.version);
        }
    }

    /** One stage of a proposal: its draft and its submissions. */
    public record StageView(
            int position,
            StageKind kind,
            Instant opensAt,
            Instant deadline,
            DraftDto draft,
            List<ReceiptDto> submissions) {

        public static StageView from(Stage stage, DraftDto draft, List<ReceiptDto> submissions) {
            return new StageView(stage.position, stage.kind, stage.opensAt, stage.deadline, draft, submissions);
        }
    }

    /** The private draft of a stage. */
    public record DraftDto(
            int stage,
            @Schema(implementation = Object.class) JsonNode fields,
            List<AttachmentDto> attachments,
            Instant updatedAt,
            long version) {

        /** A saved draft with the files on it. */
        public static DraftDto from(StageDraft draft, List<Attachment> files) {
            return new DraftDto(draft.stage, draft.fields(), AttachmentDto.all(files), draft.updatedAt, draft.version);
        }

        /** A stage with files but no saved fields yet still shows its files; with neither, no draft. */
        public static DraftDto filesOnly(int stage, List<Attachment> files) {
            return files.isEmpty()
                    ? null
                    : new DraftDto(stage, JsonNodeFactory.instance.objectNode(), AttachmentDto.all(files), null, 0);
        }
    }

    /** A file on a draft or in a submission. */
    public record AttachmentDto(UUID id, String fileName, String mediaType, long size, String sha256) {

        public static AttachmentDto from(Attachment a) {
            return new AttachmentDto(a.id, a.fileName, a.mediaType, a.sizeBytes, a.sha256);
        }

        public static List<AttachmentDto> all(List<Attachment> files) {
            return files.stream().map(AttachmentDto::from).toList();
        }
    }

    /** Proof of an accepted submission. */
    public record ReceiptDto(
            UUID submissionId,
            UUID proposalId,
            UUID challengeId,
            int stage,

            @Schema(description = "1 for the first submission of the stage, then 2, 3, …")
            int version,

            @Schema(description = "Server time of acceptance")
            Instant submittedAt,

            @Schema(description = "SHA-256 (hex) of canonicalContent's UTF-8 bytes")
            String sha256,

            @Schema(description = "JSON with sorted keys and no insignificant whitespace")
            String canonicalContent) {

        public static ReceiptDto from(Submission s, UUID challengeId) {
            return new ReceiptDto(
                    s.id, s.proposalId, challengeId, s.stage, s.number, s.submittedAt, s.sha256, s.content);
        }
    }

    /** A submission with its content, for those who may read it. */
    public record SubmissionDto(
            ReceiptDto receipt,
            @Schema(implementation = Object.class) JsonNode content,
            List<AttachmentDto> attachments) {

        /** A submission with the files it lists. */
        public static SubmissionDto from(Submission s, UUID challengeId, List<Attachment> files) {
            return new SubmissionDto(ReceiptDto.from(s, challengeId), s.contentJson(), AttachmentDto.all(files));
        }
    }

    /** A line of "my proposals". */
    public record ProposalSummary(
            UUID id,
            UUID challengeId,
            String challengeTitle,
            ProposalStatus status,
            int stage,
            int stageCount,
            Instant nextDeadline,
            Instant updatedAt) {

        public static ProposalSummary from(Proposal p) {
            return new ProposalSummary(
                    p.id,
                    p.challenge.id,
                    p.challenge.title,
                    p.status,
                    p.stage,
                    p.challenge.stages.size(),
                    p.nextDeadline(),
                    p.updatedAt);
        }
    }

    /** A stage's form: the fields it asks for. */
    public record StageFormDto(StageKind kind, List<StageForm.Field> fields) {}

    /** Counts of a challenge's proposals per stage, all the agency sees before a deadline. */
    public record StageCount(int stage, Instant deadline, boolean sealed, long submittedProposals, long shortlisted) {

        public static StageCount from(Stage stage, Instant now, long submittedProposals, long shortlisted) {
            return new StageCount(
                    stage.position, stage.deadline, !stage.deadlinePassedAt(now), submittedProposals, shortlisted);
        }
    }

    /** The agency's decision on who goes on after a stage, taken on the stage's complete ranking. */
    public record ShortlistRequest(
            @NotNull @Size(max = 1000) List<@NotNull UUID> proposalIds,
            @NotBlank @Size(min = 10, max = 5000) String reason,

            @Schema(
                    description = "Required when a proposal left out ranks above one chosen: why the decision"
                            + " departs from the ranking")
            @Size(min = 10, max = 5000)
            String departureReason) {

        public ShortlistRequest(List<UUID> proposalIds, String reason) {
            this(proposalIds, reason, null);
        }
    }

    /** The outcome of a shortlist decision. */
    public record ShortlistDto(
            UUID challengeId,
            int stage,
            List<UUID> shortlisted,
            List<UUID> notShortlisted,
            String reason,
            Instant decidedAt,

            @Schema(description = "The proposals in the order of the ranking the decision was taken on")
            List<UUID> ranking,

            @Schema(description = "Why the decision departs from the ranking; absent when it follows it")
            String departureReason) {}
}
