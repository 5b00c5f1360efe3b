package org.challengemarket.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.challengemarket.evaluation.dto.EvaluationDtos.CriterionDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The fixed evaluation criteria, public: what every score is given against. */
@Path("/api/v1")
@Tag(name = "Evaluation")
@Produces(MediaType.APPLICATION_JSON)
public class CriteriaResource {

    @Inject
    EvaluationQueries queries;

    @GET
    @Path("/evaluations/criteria")
    @PermitAll
    @Operation(summary = "The fixed criteria with their anchored descriptors (0 missing … 10 outstanding)")
    public List<CriterionDto> criteria() {
        return queries.criteria();
    }
}
