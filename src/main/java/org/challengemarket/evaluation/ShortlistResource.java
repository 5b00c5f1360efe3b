package org.challengemarket.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.proposal.dto.ProposalDtos.ShortlistDto;
import org.challengemarket.proposal.dto.ProposalDtos.ShortlistRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agency's shortlist: who goes on after a stage, decided on the stage's ranking. */
@Path("/api/v1")
@Tag(name = "Proposals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AGENCY_OFFICER)
@SecurityRequirement(name = "jwt")
public class ShortlistResource {

    @Inject
    ShortlistService shortlists;

    @POST
    @Path("/challenges/{id}/stages/{n}/shortlist")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide who goes on after a stage, with a written reason")
    public ShortlistDto shortlist(
            @PathParam("id") UUID id, @PathParam("n") int stage, @Valid @NotNull ShortlistRequest request) {
        return shortlists.decide(id, stage, request);
    }
}
