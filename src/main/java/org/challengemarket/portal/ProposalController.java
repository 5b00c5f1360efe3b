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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeConfig;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.portal.form.FieldLabels;
import org.challengemarket.portal.form.FormErrors;
import org.challengemarket.portal.form.ProposalForm;
import org.challengemarket.portal.web.Views;
import org.challengemarket.proposal.AttachmentService;
import org.challengemarket.proposal.ProposalConfig;
import org.challengemarket.proposal.ProposalService;
import org.challengemarket.proposal.dto.ProposalDtos.AttachmentDto;
import org.challengemarket.proposal.dto.ProposalDtos.DraftDto;
import org.challengemarket.proposal.dto.ProposalDtos.DraftRequest;
import org.challengemarket.proposal.dto.ProposalDtos.ProposalDto;
import org.challengemarket.proposal.dto.ProposalDtos.ProposalSummary;
import org.challengemarket.proposal.dto.ProposalDtos.ReceiptDto;
import org.challengemarket.proposal.dto.ProposalDtos.StageView;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A company's proposal pages: starting one, the wizard of each stage (draft, attachments,
 * submit), "my proposals" and withdrawing. Successful posts redirect (Post/Redirect/Get); refused
 * ones show the stage again with the reasons on their fields.
 */
@Path("/proposals")
@PortalPage
@RolesAllowed(Roles.COMPANY_MEMBER)
@Produces(MediaType.TEXT_HTML)
public class ProposalController {

    /**
     * One stage of a proposal.
     *
     * @param editable the proposal's current stage, while the proposal is in the running
     * @param deadlinePassed the stage's deadline passed on the service clock
     * @param draftVersion the version of the stored draft the form was read at (0 before the first save)
     */
    @TemplateData
    public record WizardPage(
            ProposalDto proposal,
            StageView stage,
            boolean editable,
            boolean deadlinePassed,
            ProposalForm form,
            long draftVersion,
            List<AttachmentDto> attachments,
            int maxAttachments,
            FormErrors errors,
            boolean profileMissing,
            Notice notice) {

        /** The form shows while the stage can change, and after a refusal so nothing typed is lost. */
        public boolean showForm() {
            return editable && (!deadlinePassed || !errors.isEmpty());
        }

        /** The profile form, which returns to this stage once saved. */
        public String profileLink() {
            return "/company/profile/edit?next=/proposals/" + proposal.id() + "/stages/" + stage.position();
        }

        public boolean reached() {
            return stage.position() <= proposal.stage();
        }
    }

    /** The links of "my proposals" pages. */
    @TemplateData
    public record ListLinks() {
        public String pageLink(int page) {
            return "/proposals?page=" + page;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(PageDto<ProposalSummary> proposals, ListLinks links, Notice notice);

        static native TemplateInstance wizard(WizardPage page);

        static native TemplateInstance withdraw(ProposalDto proposal);
    }

    private static final String SUBMIT = "submit";

    @Inject
    ProposalService proposals;

    @Inject
    AttachmentService attachments;

    @Inject
    ProposalConfig limits;

    @Inject
    ChallengeConfig challengeConfig;

    @Inject
    PortalConfig portal;

    @Inject
    Clock clock;

    @Inject
    Messages msg;

    @Inject
    ProposalMessages pmsg;

    @Inject
    FieldLabels labels;

    @GET
    public TemplateInstance mine(@RestQuery Integer page, @RestQuery String notice) {
        PageRequest request = PageRequest.of(page == null ? 1 : Math.max(1, page), portal.pageSize());
        return Templates.mine(
                proposals.mine(request), new ListLinks(), Notice.parse(notice).orElse(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm String challengeId) {
        ProposalDto started = proposals.start(uuid(challengeId));
        return redirectToStage(started.id(), 1, Notice.PROPOSAL_STARTED);
    }

    @GET
    @Path("/{id}")
    public Response current(@PathParam("id") UUID id) {
        ProposalDto proposal = proposals.get(id);
        return Response.seeOther(URI.create(stagePath(id, proposal.stage()))).build();
    }

    @GET
    @Path("/{id}/stages/{n}")
    public TemplateInstance stage(@PathParam("id") UUID id, @PathParam("n") int n, @RestQuery String notice) {
        ProposalDto proposal = proposals.get(id);
        StageView stage = stageOf(proposal, n);
        ProposalForm form = ProposalForm.from(
                stage.kind(), stage.draft() == null ? null : stage.draft().fields(), challengeConfig.currency());
        return Templates.wizard(
                page(proposal, stage, form, draftVersion(stage), FormErrors.none(labels), false, notice));
    }

    @POST
    @Path("/{id}/stages/{n}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") UUID id, @PathParam("n") int n, MultivaluedMap<String, String> body) {
        ProposalDto proposal = proposals.get(id);
        StageView stage = stageOf(proposal, n);
        ProposalForm form = ProposalForm.read(stage.kind(), body, challengeConfig.currency());
        long version = version(body);
        FormErrors refused = new FormErrors(labels);
        DraftRequest request = form.toRequest(refused, msg);
        if (!refused.isEmpty()) {
            return page(400, wizard(proposal, stage, form, version, refused.general(msg.formRefused()), false));
        }
        DraftDto draft;
        try {
            draft = proposals.saveDraft(id, n, version, request);
        } catch (ProblemException e) {
            return refused(e, id, n, form, version, refused);
        }
        if (!SUBMIT.equals(body.getFirst("action"))) {
            return redirectToStage(id, n, Notice.DRAFT_SAVED);
        }
        try {
            ReceiptDto receipt = proposals.submit(id, n);
            return Response.seeOther(URI.create(
                            "/submissions/" + receipt.submissionId() + "/receipt?notice=" + Notice.SUBMITTED.param()))
                    .build();
        } catch (ProblemException e) {
            refused.general(pmsg.submitRefused());
            return refused(e, id, n, form, draft.version(), refused);
        }
    }

    @POST
    @Path("/{id}/stages/{n}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") UUID id, @PathParam("n") int n, @RestForm("file") FileUpload file) {
        FormErrors refused = new FormErrors(labels);
        if (file == null
                || file.uploadedFile() == null
                || file.fileName() == null
                || file.fileName().isBlank()) {
            return storedStage(400, id, n, refused.add("file", pmsg.chooseFile()));
        }
        try {
            attachments.checkSize(file.size());
            attachments.upload(id, n, file.fileName(), read(file));
            return redirectToStage(id, n, Notice.ATTACHMENT_ADDED);
        } catch (ProblemException e) {
            switch (e.type()) {
                case PAYLOAD_TOO_LARGE -> refused.add("file", pmsg.fileTooLarge());
                case UNSUPPORTED_MEDIA_TYPE -> refused.add("file", pmsg.fileTypeRefused());
                case INVALID_REQUEST -> refused.addAll(e.errors());
                case RULE_VIOLATION -> refused.add("file", e.getMessage());
                case DEADLINE_PASSED, CONFLICT -> refused.general(e.getMessage());
                default -> throw e;
            }
            return storedStage(e.type().status(), id, n, refused);
        }
    }

    @POST
    @Path("/{id}/attachments/{attachment}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") UUID id, @PathParam("attachment") UUID attachment) {
        attachments.detach(attachment);
        return redirectToStage(id, proposals.get(id).stage(), Notice.ATTACHMENT_REMOVED);
    }

    @GET
    @Path("/{id}/withdraw")
    public TemplateInstance withdrawForm(@PathParam("id") UUID id) {
        ProposalDto proposal = proposals.get(id);
        if (proposal.status().isFinal()) {
            throw ProblemException.conflict(pmsg.proposalClosed(proposal.status()));
        }
        return Templates.withdraw(proposal);
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") UUID id) {
        proposals.withdraw(id);
        return Response.seeOther(URI.create("/proposals?notice=" + Notice.WITHDRAWN.param()))
                .build();
    }

    /**
     * Shows the stage again with a refusal a person can act on: the reasons on their fields, a
     * passed deadline, a missing company profile, a draft saved by someone else meanwhile.
     */
    private Response refused(ProblemException e, UUID id, int n, ProposalForm form, long version, FormErrors refused) {
        ProposalDto proposal = proposals.get(id);
        StageView stage = stageOf(proposal, n);
        boolean profileMissing = false;
        int status = e.type().status();
        switch (e.type()) {
            case PRECONDITION_FAILED -> {
                refused.general(pmsg.draftStale());
                status = 409;
            }
            case DEADLINE_PASSED -> refused.general(pmsg.deadlinePassedAt(Views.brussels(stage.deadline())));
            case INVALID_REQUEST, RULE_VIOLATION -> {
                profileMissing = e.errors().stream().anyMatch(f -> "profile".equals(f.field()));
                if (profileMissing) {
                    refused.general(pmsg.profileMissing());
                } else {
                    form.addAll(refused, e.errors());
                    if (refused.general() == null) {
                        refused.general(e.errors().isEmpty() ? e.getMessage() : msg.formRefused());
                    }
                }
            }
            case CONFLICT -> refused.general(e.getMessage());
            default -> throw e;
        }
        return page(status, wizard(proposal, stage, form, version, refused, profileMissing));
    }

    /** The stage as stored, with a refusal of an upload. */
    private Response storedStage(int status, UUID id, int n, FormErrors refused) {
        ProposalDto proposal = proposals.get(id);
        StageView stage = stageOf(proposal, n);
        ProposalForm form = ProposalForm.from(
                stage.kind(), stage.draft() == null ? null : stage.draft().fields(), challengeConfig.currency());
        if (refused.general() == null) {
            refused.general(msg.formRefused());
        }
        return page(status, wizard(proposal, stage, form, draftVersion(stage), refused, false));
    }

    private TemplateInstance wizard(
            ProposalDto proposal,
            StageView stage,
            ProposalForm form,
            long version,
            FormErrors refused,
            boolean profileMissing) {
        return Templates.wizard(page(proposal, stage, form, version, refused, profileMissing, null));
    }

    private WizardPage page(
            ProposalDto proposal,
            StageView stage,
            ProposalForm form,
            long version,
            FormErrors refused,
            boolean profileMissing,
            String notice) {
        boolean editable =
                stage.position() == proposal.stage() && !proposal.status().isFinal();
        boolean deadlinePassed = stage.deadline() != null && !clock.instant().isBefore(stage.deadline());
        List<AttachmentDto> files = editable ? attachments.onDraft(proposal.id(), stage.position()) : List.of();
        return new WizardPage(
                proposal,
                stage,
                editable,
                deadlinePassed,
                form,
                version,
                files,
                limits.maxAttachments(),
                refused,
                profileMissing,
                Notice.parse(notice).orElse(null));
    }

    private static StageView stageOf(ProposalDto proposal, int n) {
        if (n < 1 || n > proposal.stages().size()) {
            throw ProblemException.notFound("Stage " + n + " of proposal " + proposal.id());
        }
        return proposal.stages().get(n - 1);
    }

    private static long draftVersion(StageView stage) {
        return stage.draft() == null ? 0 : stage.draft().version();
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
    }

    private static Response page(int status, TemplateInstance html) {
        return Response.status(status).entity(html).build();
    }

    private static Response redirectToStage(UUID id, int n, Notice notice) {
        return Response.seeOther(URI.create(stagePath(id, n) + "?notice=" + notice.param()))
                .build();
    }

    private static String stagePath(UUID id, int n) {
        return "/proposals/" + id + "/stages/" + n;
    }

    /** The version the form was read at; an unreadable one can only be stale. */
    private static long version(MultivaluedMap<String, String> body) {
        try {
            return Long.parseLong(body.getFirst("version").strip());
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** A challenge id that does not parse names no challenge. */
    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Challenge " + value);
        }
    }
}
