package org.challengemarket.clarification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.challengemarket.clarification.dto.ClarificationDtos.QuestionDto;
import org.challengemarket.clarification.dto.ClarificationDtos.QuestionRequest;
import org.challengemarket.platform.idempotency.Idempotency;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The questions on one challenge: companies ask, everyone reads the published answers. */
@Path("/api/v1/challenges/{id}/questions")
@Tag(name = "Clarifications")
@Produces(MediaType.APPLICATION_JSON)
public class ChallengeQuestionResource {

    @Inject
    ClarificationService clarifications;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMPANY_MEMBER)
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Ask a question on a published challenge",
            description = "Open until the question cut-off before the deadline of the open stage; after it the"
                    + " question is refused with 422, saying when questions closed. The asker is never shown"
                    + " to others.")
    @APIResponse(
            responseCode = "201",
            description = "The question, visible to your company and the agency until it is answered",
            content = @Content(schema = @Schema(implementation = QuestionDto.class)))
    public Response ask(
            @PathParam("id") UUID id,
            @HeaderParam("Idempotency-Key") String key,
            @Valid @NotNull QuestionRequest request) {
        return idempotency.run(key, "question.ask:" + id, request, () -> {
            QuestionDto asked = clarifications.ask(id, request.text());
            return Idempotency.created("/api/v1/questions/" + asked.id(), asked);
        });
    }

    @GET
    @PermitAll
    @Operation(
            summary = "List the questions on a challenge",
            description = "Everyone reads the published answers, without the asker. A company member also"
                    + " sees its own company's open questions (mine: true); the challenge's agency sees all.")
    public PageDto<QuestionDto> list(@PathParam("id") UUID id, @BeanParam PageParams pages) {
        return clarifications.list(id, pages.read());
    }
}
