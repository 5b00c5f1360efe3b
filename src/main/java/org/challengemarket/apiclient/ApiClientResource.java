package org.challengemarket.apiclient;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.challengemarket.apiclient.dto.ApiClientDtos.ApiClientDto;
import org.challengemarket.apiclient.dto.ApiClientDtos.CreatedApiClient;
import org.challengemarket.apiclient.dto.ApiClientDtos.NewApiClient;
import org.challengemarket.platform.idempotency.Idempotency;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageParams;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An incubator's API clients (service accounts): created with a secret shown once, listed, deleted. */
@Path("/api/v1")
@Tag(name = "API clients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INCUBATOR)
@SecurityRequirement(name = "jwt")
public class ApiClientResource {

    @Inject
    ApiClientService clients;

    @Inject
    Idempotency idempotency;

    @POST
    @Path("/api-clients")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create an API client of your incubator",
            description = "Answers the client id and its secret, shown this once. The client gets tokens (incubator"
                    + " role, your org_id) with the client-credentials grant at tokenEndpoint.")
    @APIResponse(
            responseCode = "201",
            description = "The client and its secret",
            content = @Content(schema = @Schema(implementation = CreatedApiClient.class)))
    public Response create(@HeaderParam("Idempotency-Key") String key, @Valid @NotNull NewApiClient request) {
        return idempotency.run(
                key,
                "api_client.create",
                request,
                () -> {
                    CreatedApiClient created = clients.create(request);
                    return Idempotency.created("/api/v1/api-clients/" + created.id(), created);
                },
                body -> ((CreatedApiClient) body).withoutSecret());
    }

    @GET
    @Path("/api-clients")
    @Operation(summary = "List your incubator's API clients (never their secrets)")
    public PageDto<ApiClientDto> list(@BeanParam PageParams pages) {
        QueryParams p = new QueryParams();
        PageRequest pageRequest = pages.read(p);
        p.done();
        return clients.list(pageRequest);
    }

    @GET
    @Path("/api-clients/{id}")
    @Operation(summary = "Read one of your incubator's API clients")
    public ApiClientDto get(@PathParam("id") UUID id) {
        return clients.get(id);
    }

    @DELETE
    @Path("/api-clients/{id}")
    @Operation(summary = "Delete an API client: it gets no more tokens")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id) {
        clients.delete(id);
        return Response.noContent().build();
    }
}
