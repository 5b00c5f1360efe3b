package org.challengemarket.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.challengemarket.evaluation.dto.EvaluationDtos.RankingDto;
import org.challengemarket.evaluation.dto.PanelDtos.EvaluatorCandidateDto;
import org.challengemarket.evaluation.dto.PanelDtos.PanelDto;
import org.challengemarket.evaluation.dto.PanelDtos.PanelRequest;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.proposal.dto.ProposalDtos.ShortlistDto;
import org.challengemarket.proposal.dto.ProposalDtos.ShortlistRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The agency's side of evaluation: naming panels, the ranking it (and the panel) reads, and the
 * shortlist it decides on that ranking.
 */
@Path("/api/v1")
@Tag(name = "Evaluation")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class PanelResource {

    @Inject
    PanelService panels;

    @Inject
    RankingService rankings;

    @Inject
    ShortlistService shortlists;

    @GET
    @Path("/challenges/{id}/evaluator-candidates")
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Operation(summary = "People the agency may name on a panel: evaluators of the agency or of the lab")
    public List<EvaluatorCandidateDto> candidates(@PathParam("id") UUID id) {
        return panels.candidates(id);
    }

    @GET
    @Path("/challenges/{id}/stages/{n}/panel")
    @RolesAllowed({Roles.AGENCY_OFFICER, Roles.EVALUATOR})
    @Operation(summary = "A stage's panel and how well each proposal is covered after conflicts")
    public PanelDto panel(@PathParam("id") UUID id, @PathParam("n") int stage) {
        return panels.panel(id, stage);
    }

    @PUT
    @Path("/challenges/{id}/stages/{n}/panel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Operation(summary = "Name a stage's evaluators and chair before its deadline; afterwards the panel only grows")
    public PanelDto name(@PathParam("id") UUID id, @PathParam("n") int stage, @Valid @NotNull PanelRequest request) {
        return panels.name(id, stage, request);
    }

    @GET
    @Path("/challenges/{id}/stages/{n}/ranking")
    @RolesAllowed({Roles.AGENCY_OFFICER, Roles.EVALUATOR})
    @Operation(summary = "The stage's ranking once every score is in, else what is missing")
    public RankingDto ranking(@PathParam("id") UUID id, @PathParam("n") int stage) {
        return rankings.ranking(id, stage);
    }

    @POST
    @Path("/challenges/{id}/stages/{n}/shortlist")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Tag(name = "Proposals")
    @Operation(summary = "Decide who goes on after a stage, with a written reason")
    public ShortlistDto shortlist(
            @PathParam("id") UUID id, @PathParam("n") int stage, @Valid @NotNull ShortlistRequest request) {
        return shortlists.decide(id, stage, request);
    }
}
