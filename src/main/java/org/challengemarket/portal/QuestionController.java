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
import java.net.URI;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeService;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.clarification.ClarificationService;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.portal.form.FieldLabels;
import org.challengemarket.portal.form.FormErrors;
import org.challengemarket.portal.web.ChallengeView;
import org.challengemarket.portal.web.QuestionSection;

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
    ProposalPanels panels;

    @Inject
    ClarificationService clarifications;

    @Inject
    ChallengeService challenges;

    @Inject
    ChallengeView.Assembler views;

    @Inject
    QuestionSection.Assembler questions;

    @Inject
    FieldLabels labels;

    @Inject
    Messages msg;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        String text = body.getFirst(FIELD) == null ? "" : body.getFirst(FIELD).replace("\r\n", "\n");
        try {
            clarifications.ask(id, text);
        } catch (ProblemException e) {
            FormErrors refused = new FormErrors(labels);
            switch (e.type()) {
                case INVALID_REQUEST -> e.errors().forEach(f -> refused.add(FIELD, f.message()));
                case RULE_VIOLATION, DEADLINE_PASSED -> refused.add(FIELD, e.getMessage());
                default -> throw e;
            }
            refused.general(msg.questionRefused());
            ChallengeDto challenge = challenges.get(id);
            return Response.status(e.type().status())
                    .entity(ChallengeController.Templates.detail(
                            views.of(challenge),
                            panels.of(challenge),
                            null,
                            questions.refused(challenge, text, refused)))
                    .build();
        }
        return Response.seeOther(
                        URI.create("/challenges/" + id + "?notice=" + QuestionNotice.ASKED.param() + "#questions"))
                .build();
    }
}
