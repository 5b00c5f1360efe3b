package org.challengemarket.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeService;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeSummary;
import org.challengemarket.organisation.OrganisationService;
import org.challengemarket.organisation.dto.OrganisationDtos.OrganisationRef;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.portal.form.FormErrors;
import org.challengemarket.portal.form.Forms;
import org.challengemarket.portal.form.SearchForm;
import org.challengemarket.portal.web.ChallengeView;
import org.challengemarket.portal.web.QuestionSection;
import org.challengemarket.portal.web.Viewer;
import org.challengemarket.proposal.dto.ProposalDtos.ProposalSummary;
import org.challengemarket.proposal.dto.ProposalDtos.StageCount;
import org.jboss.resteasy.reactive.RestQuery;

/** Public pages of challenges: the search with the API's filters, and a challenge's page. */
@Path("/challenges")
@PortalPage
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ChallengeController {

    /**
     * The proposal part of a challenge's page: the company's own proposal or a way to start one,
     * a sign-in hint for visitors, and for the challenge's agency the counts per stage.
     */
    @TemplateData
    public record ProposalPanel(
            ProposalSummary proposal, boolean canStart, boolean signInToPropose, List<StageCount> counts) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(
                SearchForm form,
                PageDto<ChallengeSummary> results,
                FormErrors errors,
                List<OrganisationRef> agencies,
                List<ChallengeStatus> statuses,
                List<SearchForm.SortOption> sorts);

        static native TemplateInstance detail(
                ChallengeView view, ProposalPanel panel, Notice notice, QuestionSection questions);
    }

    @Inject
    ChallengeService challenges;

    @Inject
    ChallengePages pages;

    @Inject
    OrganisationService organisations;

    @Inject
    Forms forms;

    @Inject
    Viewer viewer;

    @Inject
    PortalConfig config;

    @GET
    public Response search(
            @RestQuery("q") String words,
            @RestQuery String status,
            @RestQuery String sector,
            @RestQuery String agency,
            @RestQuery String budgetMin,
            @RestQuery String budgetMax,
            @RestQuery String deadlineFrom,
            @RestQuery String deadlineTo,
            @RestQuery String sort,
            @RestQuery String page) {
        SearchForm form =
                new SearchForm(words, status, sector, agency, budgetMin, budgetMax, deadlineFrom, deadlineTo, sort);
        FormErrors refused = forms.errors();
        PageRequest request = PageRequest.of(pageNumber(page), config.pageSize());
        PageDto<ChallengeSummary> results;
        try {
            results = challenges.search(form.toQuery(), request);
        } catch (ProblemException e) {
            refused.addAll(e.errors());
            results = PageDto.of(List.of(), request, 0);
        }
        TemplateInstance html = Templates.search(
                form,
                results,
                refused,
                organisations.agencies(),
                statuses(),
                Arrays.asList(SearchForm.SortOption.values()));
        return Response.status(refused.isEmpty() ? 200 : 400).entity(html).build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") UUID id, @RestQuery String notice) {
        return pages.of(id, notice);
    }

    /** Drafts are only ever listed to their agency's officers, so only they filter on them. */
    private List<ChallengeStatus> statuses() {
        return Arrays.stream(ChallengeStatus.values())
                .filter(status -> status.isPublic() || viewer.officer())
                .toList();
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(page == null ? "1" : page.strip()), 100_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
