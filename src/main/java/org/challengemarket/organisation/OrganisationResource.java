package org.challengemarket.organisation;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.challengemarket.organisation.dto.OrganisationDtos.MemberDto;
import org.challengemarket.organisation.dto.OrganisationDtos.NewMember;
import org.challengemarket.organisation.dto.OrganisationDtos.NewOrganisation;
import org.challengemarket.organisation.dto.OrganisationDtos.OrganisationDto;
import org.challengemarket.organisation.dto.OrganisationDtos.OrganisationRef;
import org.challengemarket.platform.idempotency.Idempotency;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageParams;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organisations and members, managed by the platform admin. */
@Path("/api/v1")
@Tag(name = "Organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @Inject
    Idempotency idempotency;

    @POST
    @Path("/organisations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Create an organisation, optionally with its first members",
            description = "In keycloak mode every member gets a Keycloak account (org_id and roles set) with a"
                    + " temporary password shown once; if Keycloak fails the answer is 502 or 503 and nothing is"
                    + " created.")
    @APIResponse(
            responseCode = "201",
            description = "The organisation",
            content = @Content(schema = @Schema(implementation = OrganisationDto.class)))
    public Response create(@HeaderParam("Idempotency-Key") String key, @Valid @NotNull NewOrganisation request) {
        return idempotency.run(
                key,
                "organisation.create",
                request,
                () -> {
                    OrganisationDto created = organisations.create(request);
                    return Idempotency.created("/api/v1/organisations/" + created.id(), created);
                },
                body -> ((OrganisationDto) body).withoutPasswords());
    }

    @GET
    @Path("/organisations")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "List organisations")
    public PageDto<OrganisationDto> list(
            @Parameter(schema = @Schema(implementation = OrganisationType.class)) @QueryParam("type") String type,
            @BeanParam PageParams pages) {
        QueryParams p = new QueryParams();
        OrganisationType organisationType = p.enumValue("type", type, OrganisationType.class);
        PageRequest pageRequest = pages.read(p);
        p.done();
        return organisations.list(organisationType, pageRequest);
    }

    @GET
    @Path("/organisations/{id}")
    @RolesAllowed({
        Roles.PLATFORM_ADMIN,
        Roles.AGENCY_OFFICER,
        Roles.EVALUATOR,
        Roles.FINANCE,
        Roles.COMPANY_MEMBER,
        Roles.INCUBATOR
    })
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Read an organisation (the admin any, others their own)")
    public OrganisationDto get(@PathParam("id") UUID id) {
        return organisations.get(id);
    }

    @POST
    @Path("/organisations/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Add a member to an organisation",
            description = "In keycloak mode the member gets a Keycloak account with a temporary password shown once.")
    @APIResponse(
            responseCode = "201",
            description = "The member",
            content = @Content(schema = @Schema(implementation = MemberDto.class)))
    public Response addMember(
            @PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String key, @Valid @NotNull NewMember request) {
        return idempotency.run(
                key,
                "member.create",
                request,
                () -> {
                    MemberDto created = organisations.addMember(id, request);
                    return Idempotency.created("/api/v1/organisations/" + id + "/members", created);
                },
                body -> ((MemberDto) body).withoutPassword());
    }

    @GET
    @Path("/organisations/{id}/members")
    @RolesAllowed({
        Roles.PLATFORM_ADMIN,
        Roles.AGENCY_OFFICER,
        Roles.EVALUATOR,
        Roles.FINANCE,
        Roles.COMPANY_MEMBER,
        Roles.INCUBATOR
    })
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "List the members of an organisation (the admin any, others their own)")
    public PageDto<MemberDto> members(@PathParam("id") UUID id, @BeanParam PageParams pages) {
        QueryParams p = new QueryParams();
        PageRequest pageRequest = pages.read(p);
        p.done();
        return organisations.members(id, pageRequest);
    }

    @GET
    @Path("/agencies")
    @PermitAll
    @Operation(summary = "List the agencies (public)")
    public List<OrganisationRef> agencies() {
        return organisations.agencies();
    }
}
