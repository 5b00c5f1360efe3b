package org.challengemarket.challenge;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.challenge.dto.ChallengeDtos.AmendmentRequest;
import org.challengemarket.challenge.dto.ChallengeDtos.CancelRequest;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeRequest;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeSummary;
import org.challengemarket.platform.idempotency.Idempotency;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.ETags;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageParams;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.platform.web.QueryParams;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Challenges: public search and detail, and the agency's drafting and lifecycle. */
@Path("/api/v1")
@Tag(name = "Challenges")
@Produces(MediaType.APPLICATION_JSON)
public class ChallengeResource {

    @Inject
    ChallengeService challenges;

    @Inject
    ChallengeDetails details;

    @Inject
    ManagedExecutor workers;

    @Inject
    Idempotency idempotency;

    @GET
    @Path("/challenges")
    @PermitAll
    @Operation(
            summary = "Search challenges",
            description = "Drafts are listed only to their own agency. The page has a weak ETag; send it in"
                    + " If-None-Match to get 304 while the results are unchanged.")
    @APIResponse(responseCode = "200", description = "A page of challenges, with its weak ETag")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public RestResponse<PageDto<ChallengeSummary>> search(
            @Parameter(description = "Words to find; quotes, OR and -word work") @QueryParam("q") String q,
            @Parameter(schema = @Schema(implementation = ChallengeStatus.class)) @QueryParam("status") String status,
            @QueryParam("sector") String sector,
            @Parameter(description = "Agency id") @QueryParam("agency") String agency,
            @QueryParam("budgetMin") String budgetMin,
            @QueryParam("budgetMax") String budgetMax,
            @Parameter(description = "Deadline to enter at or after (date or instant)") @QueryParam("deadlineFrom")
                    String deadlineFrom,
            @Parameter(description = "Deadline to enter before (date or instant)") @QueryParam("deadlineTo")
                    String deadlineTo,
            @Parameter(
                            description = "relevance, deadline, published, budget or title; prefix - to reverse."
                                    + " Default: relevance with q, else newest published first")
                    @QueryParam("sort")
                    String sort,
            @BeanParam PageParams pages,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        QueryParams p = new QueryParams();
        ChallengeQuery.Sort order = ChallengeQuery.Sort.parse(sort);
        ChallengeQuery query = new ChallengeQuery(
                p.text("q", q, 200),
                p.enumValue("status", status, ChallengeStatus.class),
                p.text("sector", sector, 100),
                p.uuid("agency", agency),
                p.decimal("budgetMin", budgetMin),
                p.decimal("budgetMax", budgetMax),
                p.instant("deadlineFrom", deadlineFrom),
                p.instant("deadlineTo", deadlineTo),
                order);
        p.check(
                sort == null || sort.isBlank() || order != null,
                "sort",
                "must be relevance, deadline, published, budget or title, optionally prefixed with -");
        p.check(order != ChallengeQuery.Sort.RELEVANCE || query.q() != null, "sort", "relevance needs a search (q)");
        PageRequest pageRequest = pages.read(p);
        p.done();
        ChallengeSearchCache.Page found = challenges.searchPage(query, pageRequest);
        EntityTag tag = new EntityTag(found.etag(), true);
        // results change whenever a challenge does: a cache may keep them only to revalidate
        CacheControl revalidate = new CacheControl();
        revalidate.setNoCache(true);
        if (ETags.matchesWeakly(ifNoneMatch, found.etag())) {
            return RestResponse.ResponseBuilder.<PageDto<ChallengeSummary>>notModified()
                    .tag(tag)
                    .cacheControl(revalidate)
                    .build();
        }
        return RestResponse.ResponseBuilder.ok(found.results())
                .tag(tag)
                .cacheControl(revalidate)
                .build();
    }

    @GET
    @Path("/challenges/{id}")
    @PermitAll
    @Operation(summary = "Read a challenge", description = "A draft is visible only to its own agency.")
    @APIResponse(
            responseCode = "200",
            description = "The challenge, with its ETag",
            content = @Content(schema = @Schema(implementation = ChallengeDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @Blocking // a bearer token is checked by blocking code, which the I/O thread must not run
    public Uni<Response> get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        // a published challenge in memory is answered without the database
        Optional<ChallengeDetailCache.Detail> cached = details.cached(id);
        if (cached.isPresent()) {
            return Uni.createFrom().item(respond(cached.get(), ifNoneMatch));
        }
        return Uni.createFrom().item(() -> read(id, ifNoneMatch)).runSubscriptionOn(workers);
    }

    private Response read(UUID id, String ifNoneMatch) {
        if (ifNoneMatch != null) {
            Long version = details.version(id).orElse(null);
            if (version != null && ETags.matches(ifNoneMatch, version)) {
                return Response.notModified(ETags.of(version)).build();
            }
        }
        return respond(details.read(id), null);
    }

    private static Response respond(ChallengeDetailCache.Detail challenge, String ifNoneMatch) {
        if (ETags.matches(ifNoneMatch, challenge.version())) {
            return Response.notModified(ETags.of(challenge.version())).build();
        }
        return Response.ok(challenge.json(), MediaType.APPLICATION_JSON_TYPE)
                .tag(ETags.of(challenge.version()))
                .build();
    }

    @POST
    @Path("/challenges")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Create a draft challenge for the caller's agency")
    @APIResponse(
            responseCode = "201",
            description = "The draft",
            content = @Content(schema = @Schema(implementation = ChallengeDto.class)))
    public Response create(@HeaderParam("Idempotency-Key") String key, @Valid @NotNull ChallengeRequest request) {
        return idempotency.run(key, "challenge.create", request, () -> {
            ChallengeDto created = challenges.create(request);
            return Response.status(Response.Status.CREATED)
                    .location(java.net.URI.create("/api/v1/challenges/" + created.id()))
                    .tag(ETags.of(created.version()))
                    .entity(created)
                    .build();
        });
    }

    @PUT
    @Path("/challenges/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Replace a draft's content", description = "Requires If-Match with the ETag read.")
    @APIResponse(
            responseCode = "200",
            description = "The challenge, with its ETag",
            content = @Content(schema = @Schema(implementation = ChallengeDto.class)))
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ChallengeRequest request) {
        ChallengeDto updated = challenges.update(id, ETags.requiredVersion(ifMatch), request);
        return Response.ok(updated).tag(ETags.of(updated.version())).build();
    }

    @POST
    @Path("/challenges/{id}/publish")
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Publish a draft", description = "Refused with every reason, field by field, if incomplete.")
    @APIResponse(
            responseCode = "200",
            description = "The challenge, with its ETag",
            content = @Content(schema = @Schema(implementation = ChallengeDto.class)))
    public Response publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ChallengeDto published = challenges.publish(id, ETags.optionalVersion(ifMatch));
        return Response.ok(published).tag(ETags.of(published.version())).build();
    }

    @POST
    @Path("/challenges/{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Amend a published challenge (public, numbered, dated)")
    @APIResponse(
            responseCode = "201",
            description = "The amended challenge",
            content = @Content(schema = @Schema(implementation = ChallengeDto.class)))
    public Response amend(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam("Idempotency-Key") String key,
            @Valid @NotNull AmendmentRequest request) {
        Long version = ETags.optionalVersion(ifMatch);
        return idempotency.run(key, "challenge.amend:" + id, request, () -> {
            ChallengeDto amended = challenges.amend(id, version, request);
            return Response.status(Response.Status.CREATED)
                    .location(java.net.URI.create("/api/v1/challenges/" + id))
                    .tag(ETags.of(amended.version()))
                    .entity(amended)
                    .build();
        });
    }

    @POST
    @Path("/challenges/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Cancel a published challenge with a public reason")
    @APIResponse(
            responseCode = "200",
            description = "The challenge, with its ETag",
            content = @Content(schema = @Schema(implementation = ChallengeDto.class)))
    public Response cancel(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CancelRequest request) {
        ChallengeDto cancelled = challenges.cancel(id, ETags.optionalVersion(ifMatch), request.reason());
        return Response.ok(cancelled).tag(ETags.of(cancelled.version())).build();
    }
}
