package org.challengemarket.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.challengemarket.clarification.ClarificationService;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.portal.form.FormErrors;
import org.challengemarket.portal.form.Forms;
import org.challengemarket.portal.form.Refusal;
import org.challengemarket.portal.messages.ChallengeMessages;
import org.challengemarket.portal.web.PostAnswer;

/**
 * A company member asks a question from the challenge's page. A question that is taken answers
 * with a redirect back to the page (Post/Redirect/Get); a refused one shows the page again with the
 * reason on the question's field and the text kept.
 */
@Path("/challenges/{id}/questions")
@PortalPage
@RolesAllowed(Roles.COMPANY_MEMBER)
@Produces(MediaType.TEXT_HTML)
public class QuestionController {

    /** The form field of the question, and the id of its textarea. */
    static final String FIELD = "question";

    @Inject
    ClarificationService clarifications;

    @Inject
    ChallengePages pages;

    @Inject
    Forms forms;

    @Inject
    ChallengeMessages challengeMsg;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        String text = body.getFirst(FIELD) == null ? "" : body.getFirst(FIELD).replace("\r\n", "\n");
        FormErrors refused = forms.errors();
        return PostAnswer.of(
                refused,
                Refusal.showing(ProblemType.INVALID_REQUEST, ProblemType.RULE_VIOLATION, ProblemType.DEADLINE_PASSED)
                        .inputs(path -> FIELD)
                        .detailOn(FIELD, ProblemType.RULE_VIOLATION, ProblemType.DEADLINE_PASSED)
                        .summary(challengeMsg.questionRefused()),
                () -> {
                    clarifications.ask(id, text);
                    return PostAnswer.seeOther(
                            "/challenges/" + id + "?notice=" + QuestionNotice.ASKED.param() + "#questions");
                },
                () -> pages.withRefusedQuestion(id, text, refused));
    }
}
