package org.challengemarket.proposal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.proposal.dto.ProposalDtos.StageCount;
import org.challengemarket.proposal.dto.ProposalDtos.SubmissionDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agency's side of proposals: counts while sealed, submissions after. */
@Path("/api/v1")
@Tag(name = "Proposals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AGENCY_OFFICER)
@SecurityRequirement(name = "jwt")
public class ChallengeProposalsResource {

    @Inject
    ProposalService proposals;

    @GET
    @Path("/challenges/{id}/proposal-counts")
    @Operation(summary = "How many proposals each stage received (all the agency sees while sealed)")
    public List<StageCount> counts(@PathParam("id") UUID id) {
        return proposals.counts(id);
    }

    @GET
    @Path("/challenges/{id}/stages/{n}/submissions")
    @Operation(summary = "The counting submission of every proposal in a stage, after its deadline")
    public List<SubmissionDto> submissions(@PathParam("id") UUID id, @PathParam("n") int stage) {
        return proposals.stageSubmissions(id, stage);
    }
}
