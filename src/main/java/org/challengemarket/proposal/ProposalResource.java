package org.challengemarket.proposal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.idempotency.Idempotency;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.ETags;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageParams;
import org.challengemarket.proposal.dto.ProposalDtos.AttachmentDto;
import org.challengemarket.proposal.dto.ProposalDtos.DraftDto;
import org.challengemarket.proposal.dto.ProposalDtos.DraftRequest;
import org.challengemarket.proposal.dto.ProposalDtos.ProposalDto;
import org.challengemarket.proposal.dto.ProposalDtos.ProposalSummary;
import org.challengemarket.proposal.dto.ProposalDtos.ReceiptDto;
import org.challengemarket.proposal.dto.ProposalDtos.StageFormDto;
import org.challengemarket.proposal.dto.ProposalDtos.SubmissionDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A company's staged proposals: drafts, sealed submissions with receipts, attachments. */
@Path("/api/v1")
@Tag(name = "Proposals")
@Produces(MediaType.APPLICATION_JSON)
public class ProposalResource {

    @Inject
    ProposalService proposals;

    @Inject
    AttachmentService attachments;

    @Inject
    Idempotency idempotency;

    @GET
    @Path("/stage-forms")
    @PermitAll
    @Operation(summary = "The fields each kind of stage asks for, with their limits")
    public List<StageFormDto> stageForms() {
        return Arrays.stream(StageKind.values())
                .map(kind -> new StageFormDto(kind, StageForm.fields(kind)))
                .toList();
    }

    @POST
    @Path("/challenges/{id}/proposals")
    @RolesAllowed(Roles.COMPANY_MEMBER)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Start your company's proposal for a challenge (one per company)")
    @APIResponse(
            responseCode = "201",
            description = "The proposal",
            content = @Content(schema = @Schema(implementation = ProposalDto.class)))
    public Response start(@PathParam("id") UUID challengeId, @HeaderParam("Idempotency-Key") String key) {
        return idempotency.run(key, "proposal.start:" + challengeId, challengeId, () -> {
            ProposalDto created = proposals.start(challengeId);
            return Idempotency.created("/api/v1/proposals/" + created.id(), created);
        });
    }

    @GET
    @Path("/proposals")
    @RolesAllowed(Roles.COMPANY_MEMBER)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "My company's proposals, with state and next deadline")
    public PageDto<ProposalSummary> mine(@BeanParam PageParams pages) {
        return proposals.mine(pages.read());
    }

    @GET
    @Path("/proposals/{id}")
    @RolesAllowed(Roles.COMPANY_MEMBER)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Read your proposal: stages, drafts, submissions")
    public ProposalDto get(@PathParam("id") UUID id) {
        return proposals.get(id);
    }

    @PUT
    @Path("/proposals/{id}/stages/{n}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMPANY_MEMBER)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Save the draft of a stage (as often as you like until its deadline)")
    @APIResponse(
            responseCode = "200",
            description = "The saved draft, with its ETag",
            content = @Content(schema = @Schema(implementation = DraftDto.class)))
    public Response saveDraft(
            @PathParam("id") UUID id,
            @PathParam("n") int stage,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            DraftRequest request) {
        DraftDto draft = proposals.saveDraft(id, stage, ETags.optionalVersion(ifMatch), request);
        return Response.ok(draft).tag(ETags.of(draft.version())).build();
    }

    @POST
    @Path("/proposals/{id}/stages/{n}/submit")
    @RolesAllowed(Roles.COMPANY_MEMBER)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Submit the stage's draft; answers a receipt (server time and SHA-256)")
    @APIResponse(
            responseCode = "201",
            description = "The receipt",
            content = @Content(schema = @Schema(implementation = ReceiptDto.class)))
    public Response submit(@PathParam("id") UUID id, @PathParam("n") int stage) {
        ReceiptDto receipt = proposals.submit(id, stage);
        return Response.created(URI.create("/api/v1/submissions/" + receipt.submissionId()))
                .entity(receipt)
                .build();
    }

    @POST
    @Path("/proposals/{id}/withdraw")
    @RolesAllowed(Roles.COMPANY_MEMBER)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Withdraw your proposal")
    public ProposalDto withdraw(@PathParam("id") UUID id) {
        return proposals.withdraw(id);
    }

    @GET
    @Path("/submissions/{id}")
    @RolesAllowed({Roles.COMPANY_MEMBER, Roles.AGENCY_OFFICER})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Read a submission: its company any time, the agency after the stage deadline")
    public SubmissionDto submission(@PathParam("id") UUID id) {
        return proposals.submission(id);
    }

    @GET
    @Path("/submissions/{id}/receipt")
    @RolesAllowed({Roles.COMPANY_MEMBER, Roles.AGENCY_OFFICER})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "The receipt of a submission, as given when it was accepted")
    public ReceiptDto receipt(@PathParam("id") UUID id) {
        return proposals.submission(id).receipt();
    }

    @POST
    @Path("/proposals/{id}/stages/{n}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.COMPANY_MEMBER)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Attach a file (PDF, PNG, JPEG, ODT, DOCX; at most 10 MB) to a stage draft")
    @APIResponse(
            responseCode = "201",
            description = "The attachment",
            content = @Content(schema = @Schema(implementation = AttachmentDto.class)))
    public Response attach(@PathParam("id") UUID id, @PathParam("n") int stage, @RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "send the file as multipart form field 'file'");
        }
        attachments.checkSize(file.size());
        byte[] data;
        try {
            data = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
        AttachmentDto attachment = attachments.upload(id, stage, file.fileName(), data);
        return Response.created(URI.create("/api/v1/attachments/" + attachment.id()))
                .entity(attachment)
                .build();
    }

    @GET
    @Path("/attachments/{id}")
    @Produces({"application/pdf", "image/png", "image/jpeg", "application/octet-stream", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.COMPANY_MEMBER, Roles.AGENCY_OFFICER})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Download an attachment")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content = @Content(mediaType = "application/octet-stream"))
    public Response download(@PathParam("id") UUID id) {
        AttachmentService.FileDownload file = attachments.download(id);
        return Response.ok(file.data(), file.mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + file.fileName().replace("\"", "") + "\"")
                .header("Digest", "sha-256=" + file.sha256())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("/attachments/{id}")
    @RolesAllowed(Roles.COMPANY_MEMBER)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Take an attachment off a stage draft")
    @APIResponse(responseCode = "204", description = "Removed from the draft")
    public Response detach(@PathParam("id") UUID id) {
        attachments.detach(id);
        return Response.noContent().build();
    }
}
