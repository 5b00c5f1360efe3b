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
import java.util.UUID;
import org.challengemarket.challenge.ChallengeService;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.challenge.dto.ChallengeDtos.StageDto;
import org.challengemarket.evaluation.RankingService;
import org.challengemarket.evaluation.dto.EvaluationDtos.RankingDto;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.portal.web.ChallengeStages;

/** The agency's ranking of a stage, the input of its shortlist or award; or what is still missing. */
@Path("/agency/challenges/{id}/stages/{position}/ranking")
@PortalPage
@RolesAllowed(Roles.AGENCY_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class RankingController {

    /** A stage's ranking page. */
    @TemplateData
    public record RankingPage(ChallengeDto challenge, StageDto stage, RankingDto ranking, boolean last) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ranking(RankingPage page);
    }

    @Inject
    ChallengeService challenges;

    @Inject
    RankingService rankings;

    @GET
    public TemplateInstance page(@PathParam("id") UUID id, @PathParam("position") int position) {
        ChallengeDto challenge = challenges.getOwn(id);
        StageDto stage = ChallengeStages.at(challenge, position);
        return Templates.ranking(new RankingPage(
                challenge, stage, rankings.ranking(id, position), ChallengeStages.last(challenge, stage)));
    }
}
