package org.challengemarket.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.challengemarket.organisation.dto.CompanyProfileDtos.ProfileDto;
import org.challengemarket.organisation.dto.CompanyProfileDtos.ProfileRequest;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.ETags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A company's own profile, entered once and reused by every proposal. */
@Path("/api/v1")
@Tag(name = "Organisations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COMPANY_MEMBER)
@SecurityRequirement(name = "jwt")
public class CompanyProfileResource {

    @Inject
    CompanyProfileService profiles;

    @GET
    @Path("/organisations/{id}/profile")
    @Operation(summary = "Read your company's profile")
    @APIResponse(
            responseCode = "200",
            description = "The profile, with its ETag",
            content = @Content(schema = @Schema(implementation = ProfileDto.class)))
    public Response get(@PathParam("id") UUID id) {
        ProfileDto profile = profiles.get(id);
        return Response.ok(profile).tag(ETags.of(profile.version())).build();
    }

    @PUT
    @Path("/organisations/{id}/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace your company's profile (If-Match once it exists)")
    @APIResponse(
            responseCode = "200",
            description = "The replaced profile",
            content = @Content(schema = @Schema(implementation = ProfileDto.class)))
    @APIResponse(
            responseCode = "201",
            description = "The new profile",
            content = @Content(schema = @Schema(implementation = ProfileDto.class)))
    public Response save(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProfileRequest request) {
        CompanyProfileService.Saved saved = profiles.save(id, ETags.optionalVersion(ifMatch), request);
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .tag(ETags.of(saved.profile().version()))
                .entity(saved.profile())
                .build();
    }
}
