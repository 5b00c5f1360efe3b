package org.challengemarket.ocds;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Open Contracting Data Standard 1.1 open data: release packages and record packages. */
@Path("/api/v1")
@Tag(name = "Open data (OCDS)")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class OcdsResource {

    @Inject
    OcdsReader ocds;

    @GET
    @Path("/ocds/releases")
    @Operation(
            summary = "Releases, oldest first, as an OCDS 1.1 release package",
            description = "Follow links.next for the next page; since keeps releases dated at or after it.")
    @APIResponse(
            responseCode = "200",
            description = "An OCDS 1.1 release package",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.OBJECT, description = "OCDS 1.1 release package")))
    public ObjectNode releases(
            @Parameter(description = "Date or instant; releases dated at or after it") @QueryParam("since")
                    String since,
            @Parameter(description = "Where the previous page ended (from links.next)") @QueryParam("cursor")
                    String cursor,
            @Parameter(
                            description = "Releases per page, 1 to 100 (default 100)",
                            schema = @Schema(type = SchemaType.INTEGER))
                    @QueryParam("size")
                    String size,
            @Context UriInfo uri) {
        QueryParams p = new QueryParams();
        Instant from = p.instant("since", since);
        Integer perPage = p.integer("size", size);
        p.check(
                perPage == null || perPage >= 1 && perPage <= PageRequest.MAX_SIZE,
                "size",
                "must be between 1 and 100");
        Long after = decodeCursor(cursor);
        p.check(cursor == null || cursor.isBlank() || after != null, "cursor", "is not a cursor this API gave out");
        p.done();
        int n = perPage == null ? PageRequest.MAX_SIZE : perPage;
        OcdsReader.Page page = ocds.releases(from, after, n);
        String next = null;
        if (page.nextCursor() != null) {
            UriBuilder link = uri.getBaseUriBuilder()
                    .path("api/v1/ocds/releases")
                    .queryParam("cursor", encodeCursor(page.nextCursor()))
                    .queryParam("size", n);
            if (from != null) {
                link.queryParam("since", from.toString());
            }
            next = link.build().toString();
        }
        return ocds.releasePackage(uri.getRequestUri().toString(), page.releases(), next);
    }

    @GET
    @Path("/ocds/records/{ocid}")
    @Operation(summary = "One contracting process as an OCDS 1.1 record package, with its compiled release")
    @APIResponse(
            responseCode = "200",
            description = "An OCDS 1.1 record package",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.OBJECT, description = "OCDS 1.1 record package")))
    public ObjectNode record(@PathParam("ocid") String ocid, @Context UriInfo uri) {
        return ocds.recordPackage(uri.getRequestUri().toString(), ocid);
    }

    static String encodeCursor(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("r" + seq).getBytes(StandardCharsets.UTF_8));
    }

    static Long decodeCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (!text.startsWith("r")) {
                return null;
            }
            long seq = Long.parseLong(text.substring(1));
            return seq >= 0 ? seq : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
