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
import org.challengemarket.platform.security.Roles;
import org.challengemarket.portal.web.AgencyQuestionsPage;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The agency's page of a challenge's questions: every question, the open ones first with a form
 * to answer each (posted to {@link AnswerController}). Only the challenge's agency sees it; for
 * any other it does not exist.
 */
@Path("/agency/challenges/{id}/questions")
@PortalPage
@RolesAllowed(Roles.AGENCY_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class AgencyQuestionController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance questions(AgencyQuestionsPage page);
    }

    @Inject
    AgencyQuestionsPage.Assembler pages;

    /**
     * @param notice what a successful answer confirms
     * @param amendment the amendment a late answer published, to explain the deadline extension
     */
    @GET
    public TemplateInstance questions(
            @PathParam("id") UUID id, @RestQuery String notice, @RestQuery Integer amendment) {
        return Templates.questions(pages.of(id, notice, amendment));
    }
}
