package org.challengemarket.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.challengemarket.platform.idempotency.Idempotency;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageParams;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.platform.web.QueryParams;
import org.challengemarket.webhook.dto.WebhookDtos.DeliveryDto;
import org.challengemarket.webhook.dto.WebhookDtos.SubscriptionDto;
import org.challengemarket.webhook.dto.WebhookDtos.SubscriptionRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webhook subscriptions of an incubator, their delivery log and replays. */
@Path("/api/v1")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INCUBATOR)
@SecurityRequirement(name = "jwt")
public class WebhookResource {

    @Inject
    WebhookService webhooks;

    @Inject
    Idempotency idempotency;

    @POST
    @Path("/webhooks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Subscribe to public events",
            description = "Deliveries are signed the Standard Webhooks way (webhook-id, webhook-timestamp,"
                    + " webhook-signature: v1, base64 HMAC-SHA256 of id.timestamp.body). The secret is in this"
                    + " answer only.")
    @APIResponse(
            responseCode = "201",
            description = "The subscription with its secret",
            content = @Content(schema = @Schema(implementation = SubscriptionDto.class)))
    public Response subscribe(@HeaderParam("Idempotency-Key") String key, @NotNull SubscriptionRequest request) {
        return idempotency.run(key, "webhook.subscribe", request, () -> {
            SubscriptionDto created = webhooks.subscribe(request);
            return Response.created(URI.create("/api/v1/webhooks/" + created.id()))
                    .entity(created)
                    .build();
        });
    }

    @GET
    @Path("/webhooks")
    @Operation(summary = "The caller's subscriptions, newest first")
    public PageDto<SubscriptionDto> list(@BeanParam PageParams pages) {
        return webhooks.list(pages.read());
    }

    @GET
    @Path("/webhooks/{id}")
    @Operation(summary = "One subscription of the caller's")
    public SubscriptionDto get(@PathParam("id") UUID id) {
        return webhooks.get(id);
    }

    @DELETE
    @Path("/webhooks/{id}")
    @Operation(summary = "Delete a subscription; undelivered events are cancelled, the log stays")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/webhooks/{id}/deliveries")
    @Operation(summary = "The delivery log of a subscription, newest first, with every attempt")
    public PageDto<DeliveryDto> deliveries(
            @PathParam("id") UUID id,
            @Parameter(schema = @Schema(implementation = DeliveryStatus.class)) @QueryParam("status") String status,
            @BeanParam PageParams pages) {
        QueryParams p = new QueryParams();
        DeliveryStatus wanted = p.enumValue("status", status, DeliveryStatus.class);
        PageRequest page = pages.read(p);
        p.done();
        return webhooks.deliveries(id, wanted, page);
    }

    @POST
    @Path("/webhooks/{id}/deliveries/{deliveryId}/replay")
    @Operation(summary = "Send a logged event again now, with the same webhook-id")
    @APIResponse(
            responseCode = "202",
            description = "Queued for delivery",
            content = @Content(schema = @Schema(implementation = DeliveryDto.class)))
    public Response replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(webhooks.replay(id, deliveryId)).build();
    }
}
