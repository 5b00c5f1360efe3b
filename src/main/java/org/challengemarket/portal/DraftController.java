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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.challengemarket.challenge.ChallengeConfig;
import org.challengemarket.challenge.ChallengeService;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeRequest;
import org.challengemarket.knowledge.TemplateService;
import org.challengemarket.knowledge.TemplateService.TemplateDto;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.portal.form.ChallengeForm;
import org.challengemarket.portal.form.FormErrors;
import org.challengemarket.portal.form.FormVersion;
import org.challengemarket.portal.form.Forms;
import org.challengemarket.portal.form.Refusal;
import org.challengemarket.portal.messages.AgencyMessages;
import org.challengemarket.portal.web.PostAnswer;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The civil servant's draft of a challenge: started blank or from a template, saved, and
 * published with the refusal reasons on their fields. A post that succeeds goes on to the
 * challenge's page (Post/Redirect/Get); one that does not shows the form again with its reasons.
 */
@Path("/agency/challenges")
@PortalPage
@RolesAllowed(Roles.AGENCY_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class DraftController {

    /** The draft form: a new draft has no id and no version. */
    @TemplateData
    public record DraftPage(
            UUID id,
            Long version,
            ChallengeForm form,
            FormErrors errors,
            List<String> languageOptions,
            List<TemplateDto> templates) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(DraftPage page);
    }

    private static final String PUBLISH = "publish";

    @Inject
    ChallengeService challenges;

    @Inject
    TemplateService templates;

    @Inject
    ChallengeConfig config;

    @Inject
    Forms forms;

    @Inject
    AgencyMessages agencyMsg;

    @GET
    @Path("/new")
    public TemplateInstance newDraft(@RestQuery String template) {
        ChallengeForm form = parseUuid(template)
                .flatMap(templates::find)
                .map(found -> ChallengeForm.from(found, config.currency()))
                .orElseGet(() -> ChallengeForm.blank(config.currency()));
        return draftForm(null, null, form, forms.errors());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> body) {
        return store(null, null, body, challenges::create, Notice.CREATED);
    }

    @GET
    @Path("/{id}/edit")
    public Response edit(@PathParam("id") UUID id) {
        ChallengeDto challenge = challenges.getOwn(id);
        if (challenge.status() != ChallengeStatus.DRAFT) {
            return PostAnswer.seeOther(AgencyController.challengePath(id));
        }
        ChallengeForm form = ChallengeForm.from(challenge, config.currency());
        return PostAnswer.page(200, draftForm(id, challenge.version(), form, forms.errors()));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        long version = FormVersion.of(body);
        return store(id, version, body, request -> challenges.update(id, version, request), Notice.SAVED);
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        long version = FormVersion.of(body);
        try {
            challenges.publish(id, version);
            return PostAnswer.seeOther(AgencyController.challengePath(id), Notice.PUBLISHED);
        } catch (ProblemException e) {
            // the form shows the draft as it stands, with the reasons it cannot be published yet
            ChallengeDto current = challenges.getOwn(id);
            boolean draft = current.status() == ChallengeStatus.DRAFT;
            FormErrors refused = forms.errors();
            int status = refused.refusal(e, draft ? publishing() : AgencyController.refusal(agencyMsg, forms));
            long shown = draft && e.type() == ProblemType.RULE_VIOLATION ? current.version() : version;
            return PostAnswer.page(
                    status, draftForm(id, shown, ChallengeForm.from(current, config.currency()), refused));
        }
    }

    /**
     * Stores the draft the form stands for, and publishes it when asked to; the form comes back
     * with what cannot be read and what the service refuses.
     */
    private Response store(
            UUID id,
            Long version,
            MultivaluedMap<String, String> body,
            Function<ChallengeRequest, ChallengeDto> store,
            Notice stored) {
        ChallengeForm form = ChallengeForm.read(body);
        FormErrors refused = forms.errors();
        ChallengeRequest request = form.toRequest(refused, forms.texts());
        refused.addViolations(forms.validator().validate(request));
        return PostAnswer.of(
                refused,
                forms.refusedSummary(),
                AgencyController.refusal(agencyMsg, forms),
                () -> {
                    ChallengeDto saved = store.apply(request);
                    return PUBLISH.equals(body.getFirst("action"))
                            ? publishSaved(saved, form)
                            : PostAnswer.seeOther(AgencyController.challengePath(saved.id()), stored);
                },
                () -> draftForm(id, version, form, refused));
    }

    /** The draft is saved; publishing it may still be refused, with the reasons on the form. */
    private Response publishSaved(ChallengeDto saved, ChallengeForm form) {
        try {
            challenges.publish(saved.id(), saved.version());
            return PostAnswer.seeOther(AgencyController.challengePath(saved.id()), Notice.PUBLISHED);
        } catch (ProblemException e) {
            FormErrors refused = forms.errors();
            return PostAnswer.page(
                    refused.refusal(e, publishing()), draftForm(saved.id(), saved.version(), form, refused));
        }
    }

    /** A draft's form says that it cannot be published yet, with the reasons on their fields. */
    private Refusal publishing() {
        return AgencyController.refusal(agencyMsg, forms)
                .saying(agencyMsg.publishRefused(), ProblemType.RULE_VIOLATION);
    }

    private TemplateInstance draftForm(UUID id, Long version, ChallengeForm form, FormErrors refused) {
        List<String> languages = config.languages().stream().sorted().toList();
        List<TemplateDto> starters = id == null ? templates.all() : List.of();
        return Templates.form(new DraftPage(id, version, form, refused, languages, starters));
    }

    private static Optional<UUID> parseUuid(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
