package org.challengemarket.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.challengemarket.platform.idempotency.Idempotency;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.PageParams;
import org.challengemarket.referral.dto.ReferralDtos.ReferralDto;
import org.challengemarket.referral.dto.ReferralDtos.ReferralRequest;
import org.challengemarket.referral.dto.ReferralDtos.ReferralsDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Referrals of an incubator's startups to challenges, and the reach they give. */
@Path("/api/v1")
@Tag(name = "Referrals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INCUBATOR)
@SecurityRequirement(name = "jwt")
public class ReferralResource {

    @Inject
    ReferralService referrals;

    @Inject
    Idempotency idempotency;

    @POST
    @Path("/referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer a startup (a company or an e-mail invitation) to an open challenge")
    @APIResponse(
            responseCode = "201",
            description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralDto.class)))
    public Response refer(@HeaderParam("Idempotency-Key") String key, @NotNull ReferralRequest request) {
        return idempotency.run(
                key,
                "referral.create",
                request,
                () -> Response.status(Response.Status.CREATED)
                        .entity(referrals.refer(request))
                        .build());
    }

    @GET
    @Path("/referrals")
    @Operation(summary = "The incubator's reach and conversions, and its referrals newest first")
    public ReferralsDto list(@BeanParam PageParams pages) {
        return referrals.list(pages.read());
    }
}
