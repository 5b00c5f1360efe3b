package org.challengemarket.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.challengemarket.challenge.ChallengeQuery;
import org.challengemarket.challenge.ChallengeService;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeSummary;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;

/** The home page: the challenges open now, newest first. */
@Path("/")
@PortalPage
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class HomeController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageDto<ChallengeSummary> open);
    }

    @Inject
    ChallengeService challenges;

    @Inject
    PortalConfig config;

    @GET
    public TemplateInstance home() {
        ChallengeQuery open = new ChallengeQuery(
                null,
                ChallengeStatus.PUBLISHED,
                null,
                null,
                null,
                null,
                null,
                null,
                ChallengeQuery.Sort.PUBLISHED_DESC);
        return Templates.home(challenges.search(open, PageRequest.of(1, config.pageSize())));
    }
}
