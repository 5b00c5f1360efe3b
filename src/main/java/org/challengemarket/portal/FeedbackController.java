package org.challengemarket.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.challengemarket.evaluation.FeedbackService;
import org.challengemarket.evaluation.dto.EvaluationDtos.FeedbackDto;
import org.challengemarket.platform.security.Roles;

/** A company's feedback on its own proposal: scores, anonymised justifications, place and threshold. */
@Path("/proposals/{id}/feedback")
@PortalPage
@RolesAllowed(Roles.COMPANY_MEMBER)
@Produces(MediaType.TEXT_HTML)
public class FeedbackController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feedback(FeedbackDto feedback);
    }

    @Inject
    FeedbackService feedback;

    @GET
    public TemplateInstance page(@PathParam("id") UUID id) {
        return Templates.feedback(feedback.feedback(id));
    }
}
