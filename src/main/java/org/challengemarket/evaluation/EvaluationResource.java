package org.challengemarket.evaluation;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.challengemarket.evaluation.dto.EvaluationDtos.AssignmentDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.ConsensusRequest;
import org.challengemarket.evaluation.dto.EvaluationDtos.CriterionDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.DeclarationDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.DeclarationRequest;
import org.challengemarket.evaluation.dto.EvaluationDtos.EvaluationItemDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.ModerationItemDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.QueueItemDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.ScoreDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.ScoreRequest;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.ETags;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The evaluator's side: its panels, conflict declarations, scores, and the chair's consensus. */
@Path("/api/v1")
@Tag(name = "Evaluation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EVALUATOR)
public class EvaluationResource {

    private static final String PROPOSAL = "/evaluations/{challengeId}/stages/{n}/proposals/{pid}";

    /** The path of one proposal on the caller's panel. */
    public static class ProposalPath {

        @PathParam("challengeId")
        UUID challengeId;

        @PathParam("n")
        int stage;

        @PathParam("pid")
        UUID proposal;
    }

    @Inject
    EvaluationService evaluations;

    @Inject
    EvaluationQueries queries;

    @GET
    @Path("/evaluations/criteria")
    @PermitAll
    @Operation(summary = "The fixed criteria with their anchored descriptors (0 missing … 10 outstanding)")
    public List<CriterionDto> criteria() {
        return queries.criteria();
    }

    @GET
    @Path("/evaluations/assignments")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "The panels that name me, with my progress on each")
    public PageDto<AssignmentDto> assignments(@BeanParam PageParams pages) {
        return queries.assignments(pages.read());
    }

    @GET
    @Path("/evaluations/{challengeId}/stages/{n}/proposals")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "The proposals of a stage I evaluate, after its deadline, with my declaration and score")
    public List<QueueItemDto> queue(@PathParam("challengeId") UUID challengeId, @PathParam("n") int stage) {
        return queries.queue(challengeId, stage);
    }

    @GET
    @Path(PROPOSAL)
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "One proposal: its content once I declared no conflict; the panel's scores once mine is"
                    + " submitted")
    public EvaluationItemDto item(@BeanParam ProposalPath path) {
        return queries.item(path.challengeId, path.stage, path.proposal);
    }

    @PUT
    @Path(PROPOSAL + "/conflict")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Declare, before reading it, whether I have a conflict of interest with a proposal")
    public DeclarationDto declare(@BeanParam ProposalPath path, @Valid @NotNull DeclarationRequest request) {
        return evaluations.declare(path.challengeId, path.stage, path.proposal, request);
    }

    @PUT
    @Path(PROPOSAL + "/score")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Save my draft score (0–10 and a justification per criterion)")
    @APIResponse(
            responseCode = "200",
            description = "The saved draft, with its ETag",
            content = @Content(schema = @Schema(implementation = ScoreDto.class)))
    public Response saveScore(
            @BeanParam ProposalPath path,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ScoreRequest request) {
        ScoreDto score = evaluations.saveScore(
                path.challengeId, path.stage, path.proposal, ETags.optionalVersion(ifMatch), request);
        return Response.ok(score).tag(ETags.of(score.version())).build();
    }

    @POST
    @Path(PROPOSAL + "/score/submit")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Submit my score; it never changes afterwards")
    public ScoreDto submitScore(@BeanParam ProposalPath path) {
        return evaluations.submitScore(path.challengeId, path.stage, path.proposal);
    }

    @PUT
    @Path(PROPOSAL + "/consensus")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "The chair records a consensus score with a reason (required where scores spread widely)")
    public EvaluationItemDto consensus(@BeanParam ProposalPath path, @Valid @NotNull ConsensusRequest request) {
        return evaluations.consensus(path.challengeId, path.stage, path.proposal, request);
    }

    @GET
    @Path("/evaluations/{challengeId}/stages/{n}/moderation")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "The chair's moderation list: spreads per criterion, flagged ones needing a consensus")
    public List<ModerationItemDto> moderation(@PathParam("challengeId") UUID challengeId, @PathParam("n") int stage) {
        return queries.moderation(challengeId, stage);
    }
}
