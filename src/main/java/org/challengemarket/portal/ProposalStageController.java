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
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeConfig;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.portal.form.FormErrors;
import org.challengemarket.portal.form.FormVersion;
import org.challengemarket.portal.form.Forms;
import org.challengemarket.portal.form.ProposalForm;
import org.challengemarket.portal.form.Refusal;
import org.challengemarket.portal.messages.ProposalMessages;
import org.challengemarket.portal.web.PageNotice;
import org.challengemarket.portal.web.PostAnswer;
import org.challengemarket.portal.web.Views;
import org.challengemarket.proposal.AttachmentService;
import org.challengemarket.proposal.ProposalConfig;
import org.challengemarket.proposal.ProposalService;
import org.challengemarket.proposal.dto.ProposalDtos.AttachmentDto;
import org.challengemarket.proposal.dto.ProposalDtos.DraftDto;
import org.challengemarket.proposal.dto.ProposalDtos.DraftRequest;
import org.challengemarket.proposal.dto.ProposalDtos.ProposalDto;
import org.challengemarket.proposal.dto.ProposalDtos.ReceiptDto;
import org.challengemarket.proposal.dto.ProposalDtos.StageView;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The wizard of a proposal's stages: the draft of each stage, its attachments, and submitting it.
 * Successful posts go on to the next page (Post/Redirect/Get); refused ones show the stage again
 * with the reasons on their fields.
 */
@Path("/proposals")
@PortalPage
@RolesAllowed(Roles.COMPANY_MEMBER)
@Produces(MediaType.TEXT_HTML)
public class ProposalStageController {

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
            return "/company/profile/edit?next=" + stagePath(proposal.id(), stage.position());
        }

        public boolean reached() {
            return stage.position() <= proposal.stage();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance wizard(WizardPage page);
    }

    private static final String SUBMIT = "submit";
    private static final String FILE = "file";

    @Inject
    ProposalService proposals;

    @Inject
    AttachmentService attachments;

    @Inject
    ProposalConfig limits;

    @Inject
    ChallengeConfig challengeConfig;

    @Inject
    Clock clock;

    @Inject
    Forms forms;

    @Inject
    ProposalMessages proposalMsg;

    @GET
    @Path("/{id}/stages/{position}")
    public TemplateInstance stage(
            @PathParam("id") UUID id, @PathParam("position") int position, @RestQuery String notice) {
        ProposalDto proposal = proposals.get(id);
        StageView stage = stageOf(proposal, position);
        return Templates.wizard(
                page(proposal, stage, storedForm(stage), draftVersion(stage), forms.errors(), false, notice));
    }

    @POST
    @Path("/{id}/stages/{position}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @PathParam("id") UUID id, @PathParam("position") int position, MultivaluedMap<String, String> body) {
        ProposalDto proposal = proposals.get(id);
        StageView stage = stageOf(proposal, position);
        ProposalForm form = ProposalForm.read(stage.kind(), body, challengeConfig.currency());
        long version = FormVersion.of(body);
        FormErrors refused = forms.errors();
        DraftRequest request = form.toRequest(refused, forms.texts());
        if (!refused.isEmpty()) {
            return PostAnswer.page(
                    400, wizard(proposal, stage, form, version, refused.general(forms.refusedSummary()), false));
        }
        DraftDto draft;
        try {
            draft = proposals.saveDraft(id, position, version, request);
        } catch (ProblemException e) {
            return refused(e, id, position, form, version, forms.refusedSummary());
        }
        if (!SUBMIT.equals(body.getFirst("action"))) {
            return PostAnswer.seeOther(stagePath(id, position), Notice.DRAFT_SAVED);
        }
        try {
            ReceiptDto receipt = proposals.submit(id, position);
            return PostAnswer.seeOther("/submissions/" + receipt.submissionId() + "/receipt", Notice.SUBMITTED);
        } catch (ProblemException e) {
            return refused(e, id, position, form, draft.version(), proposalMsg.submitRefused());
        }
    }

    @POST
    @Path("/{id}/stages/{position}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(
            @PathParam("id") UUID id, @PathParam("position") int position, @RestForm(FILE) FileUpload file) {
        FormErrors refused = forms.errors();
        if (file == null
                || file.uploadedFile() == null
                || file.fileName() == null
                || file.fileName().isBlank()) {
            return storedStage(400, id, position, refused.add(FILE, proposalMsg.chooseFile()));
        }
        try {
            attachments.checkSize(file.size());
            attachments.upload(id, position, file.fileName(), read(file));
            return PostAnswer.seeOther(stagePath(id, position), Notice.ATTACHMENT_ADDED);
        } catch (ProblemException e) {
            Refusal upload = Refusal.showing(
                            ProblemType.PAYLOAD_TOO_LARGE,
                            ProblemType.UNSUPPORTED_MEDIA_TYPE,
                            ProblemType.INVALID_REQUEST,
                            ProblemType.RULE_VIOLATION,
                            ProblemType.DEADLINE_PASSED,
                            ProblemType.CONFLICT)
                    .saying(proposalMsg.fileTooLarge(), ProblemType.PAYLOAD_TOO_LARGE)
                    .saying(proposalMsg.fileTypeRefused(), ProblemType.UNSUPPORTED_MEDIA_TYPE)
                    .detailOn(
                            FILE,
                            ProblemType.PAYLOAD_TOO_LARGE,
                            ProblemType.UNSUPPORTED_MEDIA_TYPE,
                            ProblemType.RULE_VIOLATION)
                    .summary(forms.refusedSummary());
            return storedStage(refused.refusal(e, upload), id, position, refused);
        }
    }

    @POST
    @Path("/{id}/attachments/{attachment}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") UUID id, @PathParam("attachment") UUID attachment) {
        attachments.detach(attachment);
        return PostAnswer.seeOther(stagePath(id, proposals.get(id).stage()), Notice.ATTACHMENT_REMOVED);
    }

    /** The page of stage {@code position} of a proposal. */
    static String stagePath(UUID id, int position) {
        return "/proposals/" + id + "/stages/" + position;
    }

    /**
     * Shows the stage again with a refusal a person can act on: the reasons on their fields, a
     * passed deadline, a missing company profile, a draft saved by someone else meanwhile.
     */
    private Response refused(
            ProblemException e, UUID id, int position, ProposalForm form, long version, String summary) {
        ProposalDto proposal = proposals.get(id);
        StageView stage = stageOf(proposal, position);
        FormErrors refused = forms.errors();
        boolean profileMissing = (e.type() == ProblemType.INVALID_REQUEST || e.type() == ProblemType.RULE_VIOLATION)
                && e.errors().stream().anyMatch(reason -> "profile".equals(reason.field()));
        if (profileMissing) {
            refused.general(proposalMsg.profileMissing());
            return PostAnswer.page(e.type().status(), wizard(proposal, stage, form, version, refused, true));
        }
        Refusal draft = Refusal.showing(
                        ProblemType.PRECONDITION_FAILED,
                        ProblemType.DEADLINE_PASSED,
                        ProblemType.INVALID_REQUEST,
                        ProblemType.RULE_VIOLATION,
                        ProblemType.CONFLICT)
                .saying(proposalMsg.draftStale(), ProblemType.PRECONDITION_FAILED)
                .inputs(form::input)
                .summary(summary);
        if (stage.deadline() != null) {
            draft = draft.saying(
                    proposalMsg.deadlinePassedAt(Views.brussels(stage.deadline())), ProblemType.DEADLINE_PASSED);
        }
        int status = refused.refusal(e, draft);
        return PostAnswer.page(status, wizard(proposal, stage, form, version, refused, false));
    }

    /** The stage as stored, with a refusal of an upload. */
    private Response storedStage(int status, UUID id, int position, FormErrors refused) {
        ProposalDto proposal = proposals.get(id);
        StageView stage = stageOf(proposal, position);
        if (refused.general() == null) {
            refused.general(forms.refusedSummary());
        }
        return PostAnswer.page(status, wizard(proposal, stage, storedForm(stage), draftVersion(stage), refused, false));
    }

    private ProposalForm storedForm(StageView stage) {
        return ProposalForm.from(
                stage.kind(), stage.draft() == null ? null : stage.draft().fields(), challengeConfig.currency());
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
                PageNotice.of(Notice.class, notice));
    }

    private static StageView stageOf(ProposalDto proposal, int position) {
        if (position < 1 || position > proposal.stages().size()) {
            throw ProblemException.notFound("Stage " + position + " of proposal " + proposal.id());
        }
        return proposal.stages().get(position - 1);
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
}
