package org.challengemarket.portal.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.platform.money.MoneyDto;
import org.challengemarket.portal.messages.ProposalMessages;
import org.challengemarket.proposal.StageForm;
import org.challengemarket.proposal.StageForm.Field;
import org.challengemarket.proposal.dto.ProposalDtos.AttachmentDto;
import org.challengemarket.proposal.dto.ProposalDtos.ReceiptDto;
import org.challengemarket.proposal.dto.ProposalDtos.SubmissionDto;

/**
 * A submission as the agency reads it once its stage's deadline passed: the company as its
 * profile names it, each field with its label and a readable value, and the files.
 */
@TemplateData
public record SubmissionView(
        UUID proposalId, String company, ReceiptDto receipt, List<FieldView> fields, List<AttachmentDto> attachments) {

    /** One answered field. */
    @TemplateData
    public record FieldView(String label, String value) {}

    /** Builds the view of a submission. */
    @ApplicationScoped
    public static class Assembler {

        @Inject
        ProposalMessages proposalMsg;

        public SubmissionView of(SubmissionDto submission) {
            JsonNode content = submission.content();
            JsonNode fields = content.path("fields");
            StageKind kind = StageKind.valueOf(content.path("stageKind").asText());
            List<FieldView> answered = StageForm.fields(kind).stream()
                    .filter(field -> fields.hasNonNull(field.name()))
                    .map(field -> new FieldView(
                            proposalMsg.fieldLabel(field.name(), true), readable(field, fields.get(field.name()))))
                    .toList();
            return new SubmissionView(
                    submission.receipt().proposalId(),
                    content.path("company").path("legalName").asText(),
                    submission.receipt(),
                    answered,
                    submission.attachments());
        }

        private String readable(Field field, JsonNode value) {
            return switch (field.type()) {
                case CHOICE -> proposalMsg.choiceLabel(value.asText());
                case MONEY ->
                    Views.formatted(new MoneyDto(
                            value.path("amount").decimalValue(),
                            value.path("currency").asText()));
                case DATETIME -> brussels(value.asText());
                default -> value.asText();
            };
        }

        private static String brussels(String instant) {
            try {
                return Views.brussels(Instant.parse(instant));
            } catch (DateTimeParseException e) {
                return instant;
            }
        }
    }
}
