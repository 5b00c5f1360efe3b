package org.challengemarket.contract;

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
import java.util.UUID;
import org.challengemarket.contract.dto.ContractDtos.ContractDto;
import org.challengemarket.contract.dto.ContractDtos.ContractSummaryDto;
import org.challengemarket.contract.dto.ContractDtos.DeliveryRequest;
import org.challengemarket.contract.dto.ContractDtos.MilestoneDto;
import org.challengemarket.contract.dto.ContractDtos.ReasonRequest;
import org.challengemarket.contract.dto.ContractDtos.TermsRequest;
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

/** Pilot contracts and their milestones, for the agency and the company that are party to them. */
@Path("/api/v1")
@Tag(name = "Contracts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class ContractResource {

    @Inject
    ContractService contracts;

    @GET
    @Path("/contracts")
    @RolesAllowed({Roles.AGENCY_OFFICER, Roles.FINANCE, Roles.COMPANY_MEMBER})
    @Operation(summary = "The contracts of my agency or my company")
    public PageDto<ContractSummaryDto> mine(@BeanParam PageParams pages) {
        return contracts.mine(pages.read());
    }

    @GET
    @Path("/contracts/{id}")
    @RolesAllowed({Roles.AGENCY_OFFICER, Roles.FINANCE, Roles.COMPANY_MEMBER})
    @Operation(summary = "A contract with its milestones")
    @APIResponse(
            responseCode = "200",
            description = "The contract, with its ETag",
            content = @Content(schema = @Schema(implementation = ContractDto.class)))
    public Response get(@PathParam("id") UUID id) {
        ContractDto contract = contracts.get(id);
        return Response.ok(contract).tag(ETags.of(contract.version())).build();
    }

    @PUT
    @Path("/contracts/{id}/terms")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Operation(summary = "Set the terms and milestones of a pending contract", description = "Requires If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The contract, with its ETag",
            content = @Content(schema = @Schema(implementation = ContractDto.class)))
    public Response terms(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TermsRequest request) {
        ContractDto contract = contracts.setTerms(id, ETags.requiredVersion(ifMatch), request);
        return Response.ok(contract).tag(ETags.of(contract.version())).build();
    }

    @POST
    @Path("/contracts/{id}/sign")
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Operation(summary = "Sign a pending contract once the standstill period is over")
    public ContractDto sign(@PathParam("id") UUID id) {
        return contracts.sign(id);
    }

    @POST
    @Path("/contracts/{id}/complete")
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Operation(summary = "Complete an active contract whose milestones are all accepted")
    public ContractDto complete(@PathParam("id") UUID id) {
        return contracts.complete(id);
    }

    @POST
    @Path("/contracts/{id}/terminate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Operation(summary = "Terminate a contract, with a reason")
    public ContractDto terminate(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest request) {
        return contracts.terminate(id, request.reason());
    }

    @POST
    @Path("/contracts/{id}/milestones/{mid}/deliver")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMPANY_MEMBER)
    @Operation(summary = "Mark a milestone delivered, with a note and optionally a file")
    public MilestoneDto deliver(
            @PathParam("id") UUID id, @PathParam("mid") UUID milestoneId, @Valid @NotNull DeliveryRequest request) {
        return contracts.deliver(id, milestoneId, request);
    }

    @POST
    @Path("/contracts/{id}/milestones/{mid}/accept")
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Operation(summary = "Accept a delivered milestone; it can then be invoiced")
    public MilestoneDto accept(@PathParam("id") UUID id, @PathParam("mid") UUID milestoneId) {
        return contracts.accept(id, milestoneId);
    }

    @POST
    @Path("/contracts/{id}/milestones/{mid}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Operation(summary = "Reject a delivered milestone, with a reason")
    public MilestoneDto reject(
            @PathParam("id") UUID id, @PathParam("mid") UUID milestoneId, @Valid @NotNull ReasonRequest request) {
        return contracts.reject(id, milestoneId, request.reason());
    }

    @GET
    @Path("/contracts/{id}/milestones/{mid}/attachment")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.AGENCY_OFFICER, Roles.FINANCE, Roles.COMPANY_MEMBER})
    @Operation(summary = "The file delivered with a milestone")
    @APIResponse(responseCode = "200", description = "The file")
    public Response attachment(@PathParam("id") UUID id, @PathParam("mid") UUID milestoneId) {
        Milestone.Attachment file = contracts.attachment(id, milestoneId);
        return Response.ok(file.data(), file.mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + file.fileName().replace("\"", "") + "\"")
                .build();
    }
}
