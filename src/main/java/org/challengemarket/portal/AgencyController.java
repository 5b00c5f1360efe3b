package org.challengemarket.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeConfig;
import org.challengemarket.challenge.ChallengeQuery;
import org.challengemarket.challenge.ChallengeService;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.challenge.dto.ChallengeDtos.AmendmentRequest;
import org.challengemarket.challenge.dto.ChallengeDtos.CancelRequest;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeRequest;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeSummary;
import org.challengemarket.knowledge.TemplateService;
import org.challengemarket.knowledge.TemplateService.TemplateDto;
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
import org.challengemarket.portal.form.ChallengeForm;
import org.challengemarket.portal.form.FieldLabels;
import org.challengemarket.portal.form.FormErrors;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The civil servant's pages: the agency's challenges, drafting (from a template if wished),
 * publishing with the refusal reasons on their fields, amending and cancelling. Every form post
 * answers with a redirect when it succeeds (Post/Redirect/Get) and with the form and its errors
 * when it does not.
 */
@Path("/agency/challenges")
@PortalPage
@RolesAllowed(Roles.AGENCY_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class AgencyController {

    /** The draft form: a new draft has no id and no version. */
    @TemplateData
    public record DraftPage(
            UUID id,
            Long version,
            ChallengeForm form,
            FormErrors errors,
            List<String> languageOptions,
            List<TemplateDto> templates) {}

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

        static native TemplateInstance form(DraftPage page);

        static native TemplateInstance amend(AmendPage page);

        static native TemplateInstance cancel(CancelPage page);
    }

    private static final String PUBLISH = "publish";

    @Inject
    ChallengeService challenges;

    @Inject
    OrganisationService organisations;

    @Inject
    TemplateService templates;

    @Inject
    ChallengeConfig config;

    @Inject
    PortalConfig portal;

    @Inject
    CurrentUser user;

    @Inject
    Messages msg;

    @Inject
    FieldLabels labels;

    @Inject
    Validator validator;

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
    @Path("/new")
    public TemplateInstance newDraft(@RestQuery String template) {
        ChallengeForm form = parseUuid(template)
                .flatMap(templates::find)
                .map(t -> ChallengeForm.from(t, config.currency()))
                .orElseGet(() -> ChallengeForm.blank(config.currency()));
        return draftForm(null, null, form, FormErrors.none(labels));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> body) {
        ChallengeForm form = ChallengeForm.read(body);
        FormErrors refused = new FormErrors(labels);
        ChallengeRequest request = validRequest(form, refused);
        if (!refused.isEmpty()) {
            return page(400, draftForm(null, null, form, refused.general(msg.formRefused())));
        }
        ChallengeDto created;
        try {
            created = challenges.create(request);
        } catch (ProblemException e) {
            return refusedDraft(e, null, null, form, refused);
        }
        if (PUBLISH.equals(body.getFirst("action"))) {
            return publishSaved(created, form);
        }
        return redirect(created.id(), Notice.CREATED);
    }

    @GET
    @Path("/{id}/edit")
    public Response edit(@PathParam("id") UUID id) {
        ChallengeDto challenge = challenges.getOwn(id);
        if (challenge.status() != ChallengeStatus.DRAFT) {
            return Response.seeOther(URI.create("/challenges/" + id)).build();
        }
        ChallengeForm form = ChallengeForm.from(challenge, config.currency());
        return page(200, draftForm(id, challenge.version(), form, FormErrors.none(labels)));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        long version = version(body);
        ChallengeForm form = ChallengeForm.read(body);
        FormErrors refused = new FormErrors(labels);
        ChallengeRequest request = validRequest(form, refused);
        if (!refused.isEmpty()) {
            return page(400, draftForm(id, version, form, refused.general(msg.formRefused())));
        }
        ChallengeDto saved;
        try {
            saved = challenges.update(id, version, request);
        } catch (ProblemException e) {
            return refusedDraft(e, id, version, form, refused);
        }
        if (PUBLISH.equals(body.getFirst("action"))) {
            return publishSaved(saved, form);
        }
        return redirect(id, Notice.SAVED);
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        long version = version(body);
        try {
            challenges.publish(id, version);
            return redirect(id, Notice.PUBLISHED);
        } catch (ProblemException e) {
            ChallengeDto current = challenges.getOwn(id);
            FormErrors refused = new FormErrors(labels);
            ChallengeForm form = ChallengeForm.from(current, config.currency());
            if (e.type() == ProblemType.RULE_VIOLATION && current.status() == ChallengeStatus.DRAFT) {
                refused.general(msg.publishRefused()).addAll(e.errors());
                return page(422, draftForm(id, current.version(), form, refused));
            }
            return refusedDraft(e, id, version, form, refused);
        }
    }

    @GET
    @Path("/{id}/amend")
    public TemplateInstance amendForm(@PathParam("id") UUID id) {
        ChallengeDto challenge = amendable(id);
        return Templates.amend(
                new AmendPage(challenge, challenge.version(), AmendmentForm.of(challenge), FormErrors.none(labels)));
    }

    @POST
    @Path("/{id}/amendments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response amend(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        long version = version(body);
        ChallengeDto challenge = amendable(id);
        AmendmentForm form = AmendmentForm.read(body, challenge);
        FormErrors refused = new FormErrors(labels);
        AmendmentRequest request = form.toRequest(challenge, refused, msg);
        refused.addViolations(validator.validate(request));
        if (refused.isEmpty()) {
            try {
                challenges.amend(id, version, request);
                return redirect(id, Notice.AMENDED);
            } catch (ProblemException e) {
                if (!refusal(e, refused)) {
                    throw e;
                }
                return page(statusOf(e), Templates.amend(new AmendPage(challenge, version, form, refused)));
            }
        }
        refused.general(msg.formRefused());
        return page(400, Templates.amend(new AmendPage(challenge, version, form, refused)));
    }

    @GET
    @Path("/{id}/cancel")
    public TemplateInstance cancelForm(@PathParam("id") UUID id) {
        ChallengeDto challenge = cancellable(id);
        return Templates.cancel(new CancelPage(challenge, challenge.version(), "", FormErrors.none(labels)));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        long version = version(body);
        ChallengeDto challenge = cancellable(id);
        String reason =
                body.getFirst("reason") == null ? "" : body.getFirst("reason").strip();
        FormErrors refused = new FormErrors(labels);
        refused.addViolations(validator.validate(new CancelRequest(reason)));
        if (refused.isEmpty()) {
            try {
                challenges.cancel(id, version, reason);
                return redirect(id, Notice.CANCELLED);
            } catch (ProblemException e) {
                if (!refusal(e, refused)) {
                    throw e;
                }
                return page(statusOf(e), Templates.cancel(new CancelPage(challenge, version, reason, refused)));
            }
        }
        refused.general(msg.formRefused());
        return page(400, Templates.cancel(new CancelPage(challenge, version, reason, refused)));
    }

    /** The form's request, with what cannot be read and what the API would refuse in {@code refused}. */
    private ChallengeRequest validRequest(ChallengeForm form, FormErrors refused) {
        ChallengeRequest request = form.toRequest(refused, msg);
        refused.addViolations(validator.validate(request));
        return request;
    }

    /** The draft is saved; publishing it may still be refused, with the reasons on the form. */
    private Response publishSaved(ChallengeDto saved, ChallengeForm form) {
        try {
            challenges.publish(saved.id(), saved.version());
            return redirect(saved.id(), Notice.PUBLISHED);
        } catch (ProblemException e) {
            FormErrors refused = new FormErrors(labels);
            if (!refusal(e, refused)) {
                throw e;
            }
            if (e.type() == ProblemType.RULE_VIOLATION) {
                refused.general(msg.publishRefused());
            }
            return page(statusOf(e), draftForm(saved.id(), saved.version(), form, refused));
        }
    }

    private Response refusedDraft(ProblemException e, UUID id, Long version, ChallengeForm form, FormErrors refused) {
        if (!refusal(e, refused)) {
            throw e;
        }
        return page(statusOf(e), draftForm(id, version, form, refused));
    }

    /**
     * Puts a refusal a person can act on into {@code refused}: its reasons, or a stale version's
     * explanation. Anything else (not found, forbidden) is for the error pages.
     */
    private boolean refusal(ProblemException e, FormErrors refused) {
        switch (e.type()) {
            case PRECONDITION_FAILED -> refused.general(msg.staleVersion());
            case INVALID_REQUEST, RULE_VIOLATION -> {
                refused.addAll(e.errors());
                if (e.errors().isEmpty()) {
                    refused.general(e.getMessage());
                } else if (refused.general() == null) {
                    refused.general(msg.formRefused());
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static int statusOf(ProblemException e) {
        return e.type() == ProblemType.PRECONDITION_FAILED ? 409 : e.type().status();
    }

    private ChallengeDto amendable(UUID id) {
        ChallengeDto challenge = challenges.getOwn(id);
        if (!challenge.status().isAmendable()) {
            throw ProblemException.conflict(msg.notAmendable());
        }
        return challenge;
    }

    private ChallengeDto cancellable(UUID id) {
        ChallengeDto challenge = challenges.getOwn(id);
        if (!challenge.status().canMoveTo(ChallengeStatus.CANCELLED)) {
            throw ProblemException.conflict(msg.notCancellable());
        }
        return challenge;
    }

    private TemplateInstance draftForm(UUID id, Long version, ChallengeForm form, FormErrors refused) {
        List<String> languages = config.languages().stream().sorted().toList();
        List<TemplateDto> starters = id == null ? templates.all() : List.of();
        return Templates.form(new DraftPage(id, version, form, refused, languages, starters));
    }

    private static Response page(int status, TemplateInstance html) {
        return Response.status(status).entity(html).build();
    }

    private static Response redirect(UUID id, Notice notice) {
        return Response.seeOther(URI.create("/challenges/" + id + "?notice=" + notice.param()))
                .build();
    }

    /** The version the form was read at; an unreadable one can only be stale. */
    private static long version(MultivaluedMap<String, String> body) {
        try {
            return Long.parseLong(body.getFirst("version").strip());
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static Optional<UUID> parseUuid(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
