package org.challengemarket.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeQuery;
import org.challengemarket.challenge.ChallengeService;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.challenge.dto.ChallengeDtos.AmendmentRequest;
import org.challengemarket.challenge.dto.ChallengeDtos.CancelRequest;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeSummary;
import org.challengemarket.organisation.OrganisationService;
import org.challengemarket.organisation.dto.OrganisationDtos.OrganisationDto;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.platform.web.QueryParams;
import org.challengemarket.portal.form.AmendmentForm;
import org.challengemarket.portal.form.FormErrors;
import org.challengemarket.portal.form.FormVersion;
import org.challengemarket.portal.form.Forms;
import org.challengemarket.portal.form.Refusal;
import org.challengemarket.portal.messages.AgencyMessages;
import org.challengemarket.portal.web.PostAnswer;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The civil servant's challenges: the agency's list, and amending or cancelling a published
 * challenge (drafts are {@link DraftController}'s). A post that succeeds goes on to the
 * challenge's page (Post/Redirect/Get); one that does not shows the form again with its reasons.
 */
@Path("/agency/challenges")
@PortalPage
@RolesAllowed(Roles.AGENCY_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class AgencyController {

    /** The amendment form of a published challenge. */
    @TemplateData
    public record AmendPage(ChallengeDto challenge, long version, AmendmentForm form, FormErrors errors) {}

    /** The cancellation form. */
    @TemplateData
    public record CancelPage(ChallengeDto challenge, long version, String reason, FormErrors errors) {}

    /** The list's status filter, which its page links keep. */
    @TemplateData
    public record ListFilter(String status) {
        public String pageLink(int page) {
            return "/agency/challenges?page=" + page + (status.isBlank() ? "" : "&status=" + status);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                OrganisationDto agency,
                PageDto<ChallengeSummary> challenges,
                ListFilter filter,
                List<ChallengeStatus> statuses);

        static native TemplateInstance amend(AmendPage page);

        static native TemplateInstance cancel(CancelPage page);
    }

    @Inject
    ChallengeService challenges;

    @Inject
    OrganisationService organisations;

    @Inject
    PortalConfig portal;

    @Inject
    CurrentUser user;

    @Inject
    Forms forms;

    @Inject
    AgencyMessages agencyMsg;

    @GET
    public TemplateInstance list(@RestQuery String status, @RestQuery Integer page) {
        UUID agency = user.requireOrganisation();
        QueryParams params = new QueryParams();
        ChallengeStatus only = params.enumValue("status", status, ChallengeStatus.class);
        params.done();
        ChallengeQuery query = new ChallengeQuery(null, only, null, agency, null, null, null, null, null);
        PageRequest request = PageRequest.of(page == null ? 1 : Math.max(1, page), portal.pageSize());
        return Templates.list(
                organisations.get(agency),
                challenges.search(query, request),
                new ListFilter(only == null ? "" : only.name()),
                Arrays.asList(ChallengeStatus.values()));
    }

    @GET
    @Path("/{id}/amend")
    public TemplateInstance amendForm(@PathParam("id") UUID id) {
        ChallengeDto challenge = amendable(id);
        return Templates.amend(
                new AmendPage(challenge, challenge.version(), AmendmentForm.of(challenge), forms.errors()));
    }

    @POST
    @Path("/{id}/amendments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response amend(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        long version = FormVersion.of(body);
        ChallengeDto challenge = amendable(id);
        AmendmentForm form = AmendmentForm.read(body, challenge);
        FormErrors refused = forms.errors();
        AmendmentRequest request = form.toRequest(challenge, refused, forms.texts());
        refused.addViolations(forms.validator().validate(request));
        return PostAnswer.of(
                refused,
                forms.refusedSummary(),
                refusal(agencyMsg, forms),
                () -> {
                    challenges.amend(id, version, request);
                    return PostAnswer.seeOther(challengePath(id), Notice.AMENDED);
                },
                () -> Templates.amend(new AmendPage(challenge, version, form, refused)));
    }

    @GET
    @Path("/{id}/cancel")
    public TemplateInstance cancelForm(@PathParam("id") UUID id) {
        ChallengeDto challenge = cancellable(id);
        return Templates.cancel(new CancelPage(challenge, challenge.version(), "", forms.errors()));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        long version = FormVersion.of(body);
        ChallengeDto challenge = cancellable(id);
        String reason =
                body.getFirst("reason") == null ? "" : body.getFirst("reason").strip();
        FormErrors refused = forms.errors();
        refused.addViolations(forms.validator().validate(new CancelRequest(reason)));
        return PostAnswer.of(
                refused,
                forms.refusedSummary(),
                refusal(agencyMsg, forms),
                () -> {
                    challenges.cancel(id, version, reason);
                    return PostAnswer.seeOther(challengePath(id), Notice.CANCELLED);
                },
                () -> Templates.cancel(new CancelPage(challenge, version, reason, refused)));
    }

    /**
     * What the forms of a challenge show of a refusal: its reasons, or that someone changed the
     * challenge meanwhile. Anything else (not found, forbidden) is for the error pages.
     */
    static Refusal refusal(AgencyMessages agencyMsg, Forms forms) {
        return Refusal.showing(ProblemType.INVALID_REQUEST, ProblemType.RULE_VIOLATION, ProblemType.PRECONDITION_FAILED)
                .saying(agencyMsg.staleVersion(), ProblemType.PRECONDITION_FAILED)
                .summary(forms.refusedSummary());
    }

    /** The public page of a challenge, where its agency's forms lead. */
    static String challengePath(UUID id) {
        return "/challenges/" + id;
    }

    private ChallengeDto amendable(UUID id) {
        ChallengeDto challenge = challenges.getOwn(id);
        if (!challenge.status().isAmendable()) {
            throw ProblemException.conflict(agencyMsg.notAmendable());
        }
        return challenge;
    }

    private ChallengeDto cancellable(UUID id) {
        ChallengeDto challenge = challenges.getOwn(id);
        if (!challenge.status().canMoveTo(ChallengeStatus.CANCELLED)) {
            throw ProblemException.conflict(agencyMsg.notCancellable());
        }
        return challenge;
    }
}
