package org.challengemarket.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.challengemarket.evaluation.dto.EvaluationDtos.FeedbackDto;
import org.challengemarket.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A company's feedback on its own proposal, once a stage is decided. */
@Path("/api/v1")
@Tag(name = "Evaluation")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class FeedbackResource {

    @Inject
    FeedbackService feedback;

    @GET
    @Path("/proposals/{id}/feedback")
    @RolesAllowed(Roles.COMPANY_MEMBER)
    @Operation(summary = "My proposal's scores, justifications (anonymised), total and place per decided stage")
    public FeedbackDto feedback(@PathParam("id") UUID id) {
        return feedback.feedback(id);
    }
}
