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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.challengemarket.organisation.CompanyProfileService;
import org.challengemarket.organisation.dto.CompanyProfileDtos.ProfileDto;
import org.challengemarket.organisation.dto.CompanyProfileDtos.ProfileRequest;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.portal.form.FormErrors;
import org.challengemarket.portal.form.FormVersion;
import org.challengemarket.portal.form.Forms;
import org.challengemarket.portal.form.ProfileForm;
import org.challengemarket.portal.form.Refusal;
import org.challengemarket.portal.messages.ProposalMessages;
import org.challengemarket.portal.web.PageNotice;
import org.challengemarket.portal.web.PostAnswer;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The company profile, entered once and reused by every proposal: shown, created and edited with
 * the version it was read at, so a colleague's change is never overwritten unseen.
 */
@Path("/company/profile")
@PortalPage
@RolesAllowed(Roles.COMPANY_MEMBER)
@Produces(MediaType.TEXT_HTML)
public class CompanyController {

    /**
     * The profile form.
     *
     * @param version the stored profile's version, null for a new profile
     * @param next the page to return to after saving, a path of this site
     */
    @TemplateData
    public record ProfilePage(Long version, ProfileForm form, FormErrors errors, String next) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(ProfileDto profile, Notice notice);

        static native TemplateInstance edit(ProfilePage page);
    }

    @Inject
    CompanyProfileService profiles;

    @Inject
    CurrentUser user;

    @Inject
    Forms forms;

    @Inject
    ProposalMessages proposalMsg;

    @GET
    public TemplateInstance view(@RestQuery String notice) {
        return Templates.profile(profiles.own().orElse(null), PageNotice.of(Notice.class, notice));
    }

    @GET
    @Path("/edit")
    public TemplateInstance edit(@RestQuery String next) {
        Optional<ProfileDto> stored = profiles.own();
        return Templates.edit(new ProfilePage(
                stored.map(ProfileDto::version).orElse(null),
                stored.map(ProfileForm::from).orElseGet(ProfileForm::blank),
                forms.errors(),
                DevSignInController.localPath(next).orElse(null)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> body) {
        Long version = FormVersion.orNone(body);
        String next = DevSignInController.localPath(body.getFirst("next")).orElse(null);
        ProfileForm form = ProfileForm.read(body);
        FormErrors refused = forms.errors();
        ProfileRequest request = form.toRequest(refused, proposalMsg, forms.validator());
        Refusal refusal = Refusal.showing(
                        ProblemType.INVALID_REQUEST,
                        ProblemType.CONFLICT,
                        ProblemType.PRECONDITION_FAILED,
                        ProblemType.PRECONDITION_REQUIRED)
                .detailOn("enterpriseNumber", ProblemType.CONFLICT)
                .saying(proposalMsg.profileStale(), ProblemType.PRECONDITION_FAILED, ProblemType.PRECONDITION_REQUIRED)
                .summary(forms.refusedSummary());
        return PostAnswer.of(
                refused,
                forms.refusedSummary(),
                refusal,
                () -> {
                    profiles.save(user.requireOrganisation(), version, request);
                    return PostAnswer.seeOther(afterSaving(next));
                },
                () -> Templates.edit(new ProfilePage(version, form, refused, next)));
    }

    /** Back where the person came from (a path of this site), else to the profile. */
    private static String afterSaving(String next) {
        String notice = "notice=" + Notice.PROFILE_SAVED.param();
        if (next != null) {
            try {
                return URI.create(next + (next.contains("?") ? "&" : "?") + notice)
                        .toString();
            } catch (IllegalArgumentException e) {
                // not a usable address: fall back to the profile
            }
        }
        return "/company/profile?" + notice;
    }
}
