package org.challengemarket.clarification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.challengemarket.clarification.dto.ClarificationDtos.AnswerRequest;
import org.challengemarket.clarification.dto.ClarificationDtos.AnswerResult;
import org.challengemarket.clarification.dto.ClarificationDtos.QuestionDto;
import org.challengemarket.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One question: read it, and the agency's answer to it. */
@Path("/api/v1/questions")
@Tag(name = "Clarifications")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionResource {

    @Inject
    ClarificationService clarifications;

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(
            summary = "Read a question",
            description = "Anyone once answered; before that only the asking company and the agency.")
    public QuestionDto get(@PathParam("id") UUID id) {
        return clarifications.get(id);
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Publish the answer to a question (the challenge's agency)",
            description = "Published to everyone at once and final (a second answer is 409). An answer later"
                    + " than the lead time before the stage deadline extends that deadline by the shortfall,"
                    + " as a public amendment of the challenge.")
    public AnswerResult answer(@PathParam("id") UUID id, @Valid @NotNull AnswerRequest request) {
        return clarifications.answer(id, request.text());
    }
}
