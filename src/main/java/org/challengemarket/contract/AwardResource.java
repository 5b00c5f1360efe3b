package org.challengemarket.contract;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.challengemarket.contract.dto.ContractDtos.AwardDto;
import org.challengemarket.contract.dto.ContractDtos.AwardRequest;
import org.challengemarket.platform.idempotency.Idempotency;
import org.challengemarket.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The award of a challenge: made by its agency, public once made. */
@Path("/api/v1")
@Tag(name = "Contracts")
@Produces(MediaType.APPLICATION_JSON)
public class AwardResource {

    @Inject
    AwardService awards;

    @Inject
    Idempotency idempotency;

    @POST
    @Path("/challenges/{id}/awards")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Award pilot contracts to proposals of the final stage",
            description = "Starts the standstill period; a departure from the ranking needs a reason.")
    @APIResponse(
            responseCode = "201",
            description = "The award, with a pending contract per awarded proposal",
            content = @Content(schema = @Schema(implementation = AwardDto.class)))
    public Response award(
            @PathParam("id") UUID challengeId,
            @HeaderParam("Idempotency-Key") String key,
            @Valid @NotNull AwardRequest request) {
        return idempotency.run(
                key,
                "challenge.award:" + challengeId,
                request,
                () -> Idempotency.created(
                        "/api/v1/challenges/" + challengeId + "/awards", awards.award(challengeId, request)));
    }

    @GET
    @Path("/challenges/{id}/awards")
    @PermitAll
    @Operation(summary = "The award of a challenge (public)")
    public AwardDto get(@PathParam("id") UUID challengeId) {
        return awards.get(challengeId);
    }
}
