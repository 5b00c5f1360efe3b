package org.challengemarket.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeService;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.challenge.dto.ChallengeDtos.StageDto;
import org.challengemarket.evaluation.EvaluationQueries;
import org.challengemarket.evaluation.dto.EvaluationDtos.AssignmentDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.ModerationItemDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.QueueItemDto;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.platform.web.QueryParams;
import org.challengemarket.portal.web.PageNotice;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The evaluator's pages: its panels, a stage's queue of proposals, and the chair's moderation
 * list of flagged spreads. One proposal's page is {@link ScoringController}'s.
 */
@Path("/evaluations")
@PortalPage
@RolesAllowed(Roles.EVALUATOR)
@Produces(MediaType.TEXT_HTML)
public class EvaluatorController {

    /** A stage's queue. */
    @TemplateData
    public record QueuePage(
            ChallengeDto challenge, StageDto stage, boolean chair, List<QueueItemDto> items, EvaluationNotice notice) {}

    /** The chair's moderation list. */
    @TemplateData
    public record ModerationPage(ChallengeDto challenge, StageDto stage, List<ModerationItemDto> items) {

        public long flaggedCount() {
            return items.stream().filter(ModerationItemDto::flagged).count();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assignments(PageDto<AssignmentDto> assignments);

        static native TemplateInstance queue(QueuePage page);

        static native TemplateInstance moderation(ModerationPage page);
    }

    @Inject
    EvaluationQueries evaluations;

    @Inject
    ChallengeService challenges;

    @GET
    public TemplateInstance assignments(@RestQuery String page) {
        QueryParams params = new QueryParams();
        PageRequest request = params.page(page, null);
        params.done();
        return Templates.assignments(evaluations.assignments(request));
    }

    @GET
    @Path("/{challengeId}/stages/{position}")
    public TemplateInstance queue(
            @PathParam("challengeId") UUID challengeId, @PathParam("position") int position, @RestQuery String notice) {
        List<QueueItemDto> items = evaluations.queue(challengeId, position);
        ChallengeDto challenge = challenges.get(challengeId);
        return Templates.queue(new QueuePage(
                challenge,
                challenge.stages().get(position - 1),
                evaluations.chairs(challengeId, position),
                items,
                PageNotice.of(EvaluationNotice.class, notice)));
    }

    @GET
    @Path("/{challengeId}/stages/{position}/moderation")
    public TemplateInstance moderation(
            @PathParam("challengeId") UUID challengeId, @PathParam("position") int position) {
        List<ModerationItemDto> items = evaluations.moderation(challengeId, position);
        ChallengeDto challenge = challenges.get(challengeId);
        return Templates.moderation(
                new ModerationPage(challenge, challenge.stages().get(position - 1), items));
    }
}
