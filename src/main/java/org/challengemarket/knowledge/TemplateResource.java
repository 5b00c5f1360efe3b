package org.challengemarket.knowledge;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.challengemarket.knowledge.TemplateService.TemplateDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public challenge templates. */
@Path("/api/v1")
@Tag(name = "Knowledge")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    @Inject
    TemplateService templates;

    @GET
    @Path("/challenge-templates")
    @PermitAll
    @Operation(summary = "List the challenge templates")
    public List<TemplateDto> list() {
        return templates.all();
    }
}
