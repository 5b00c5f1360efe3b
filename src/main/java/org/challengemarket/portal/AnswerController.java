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
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.clarification.ClarificationService;
import org.challengemarket.clarification.dto.ClarificationDtos.AnswerResult;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.portal.form.FormErrors;
import org.challengemarket.portal.form.Forms;
import org.challengemarket.portal.form.Refusal;
import org.challengemarket.portal.messages.AgencyMessages;
import org.challengemarket.portal.web.AgencyQuestionsPage;
import org.challengemarket.portal.web.PostAnswer;

/**
 * An officer publishes the answer to a question from the agency's questions page. A published
 * answer goes back to that page (Post/Redirect/Get), saying when it extended a deadline; a refused
 * one shows the page again with the reason on that question's form.
 */
@Path("/agency/questions")
@PortalPage
@RolesAllowed(Roles.AGENCY_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class AnswerController {

    /** The hidden field naming the challenge whose questions page the form is on. */
    static final String CHALLENGE = "challenge";

    static final String ANSWER = "answer";

    @Inject
    ClarificationService clarifications;

    @Inject
    AgencyQuestionsPage.Assembler pages;

    @Inject
    Forms forms;

    @Inject
    AgencyMessages agencyMsg;

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        ChallengeDto challenge = pages.challengeOf(challengeId(body), id);
        String text = body.getFirst(ANSWER) == null ? "" : body.getFirst(ANSWER).replace("\r\n", "\n");
        FormErrors refused = forms.errors();
        String field = AgencyQuestionsPage.field(id);
        return PostAnswer.of(
                refused,
                Refusal.showing(ProblemType.INVALID_REQUEST, ProblemType.CONFLICT)
                        .inputs(path -> field)
                        .summary(agencyMsg.answerRefused()),
                () -> seeQuestions(challenge, clarifications.answer(id, text)),
                () -> AgencyQuestionController.Templates.questions(pages.refused(challenge, id, text, refused)));
    }

    /** Back to the questions page, saying when the answer extended a deadline. */
    private static Response seeQuestions(ChallengeDto challenge, AnswerResult result) {
        String page = "/agency/challenges/" + challenge.id() + "/questions";
        return result.deadlineExtension() == null
                ? PostAnswer.seeOther(page, QuestionNotice.ANSWERED)
                : PostAnswer.seeOther(page + "?notice=" + QuestionNotice.EXTENDED.param() + "&amendment="
                        + result.deadlineExtension().amendmentNumber());
    }

    private static UUID challengeId(MultivaluedMap<String, String> body) {
        try {
            return UUID.fromString(String.valueOf(body.getFirst(CHALLENGE)).strip());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No such questions page");
        }
    }
}
