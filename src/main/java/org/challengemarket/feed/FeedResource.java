package org.challengemarket.feed;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.challengemarket.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public feeds outside the JSON API: open challenges (Atom) and stage deadlines (iCalendar). */
@Path("/feeds")
@Tag(name = "Feeds")
@PermitAll
public class FeedResource {

    static final String ATOM = "application/atom+xml";
    static final String ICS = "text/calendar";

    @Inject
    FeedService feeds;

    @GET
    @Path("/challenges.atom")
    @Produces(ATOM + ";charset=UTF-8")
    @Operation(summary = "Open challenges as an Atom 1.0 feed, optionally of one sector")
    public Response challenges(@QueryParam("sector") String sector, @Context UriInfo uri) {
        QueryParams p = new QueryParams();
        String wanted = p.text("sector", sector, 100);
        p.done();
        return Response.ok(feeds.challengesAtom(base(uri), uri.getRequestUri().toString(), wanted))
                .type(ATOM + ";charset=UTF-8")
                .build();
    }

    @GET
    @Path("/deadlines.ics")
    @Produces(ICS + ";charset=UTF-8")
    @Operation(summary = "Stage deadlines of open challenges, or of one challenge, as iCalendar")
    public Response deadlines(@QueryParam("challenge") String challenge, @Context UriInfo uri) {
        QueryParams p = new QueryParams();
        UUID id = p.uuid("challenge", challenge);
        p.done();
        return Response.ok(feeds.deadlinesIcs(base(uri), id))
                .type(ICS + ";charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"deadlines.ics\"")
                .build();
    }

    private static String base(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
