package org.challengemarket.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeService;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.challenge.dto.ChallengeDtos.StageDto;
import org.challengemarket.evaluation.EvaluationQueries;
import org.challengemarket.evaluation.EvaluationService;
import org.challengemarket.evaluation.dto.EvaluationDtos.ConsensusRequest;
import org.challengemarket.evaluation.dto.EvaluationDtos.CriterionDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.CriterionSummaryDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.DeclarationRequest;
import org.challengemarket.evaluation.dto.EvaluationDtos.EvaluationItemDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.ScoreRequest;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.portal.form.ConsensusForm;
import org.challengemarket.portal.form.CriterionRow;
import org.challengemarket.portal.form.DeclarationForm;
import org.challengemarket.portal.form.FormErrors;
import org.challengemarket.portal.form.Forms;
import org.challengemarket.portal.form.Refusal;
import org.challengemarket.portal.form.ScoreForm;
import org.challengemarket.portal.messages.EvaluationMessages;
import org.challengemarket.portal.web.PageNotice;
import org.challengemarket.portal.web.PostAnswer;
import org.challengemarket.portal.web.SubmissionView;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * One proposal as an evaluator sees it: first the declaration of a conflict of interest, then the
 * proposal and the form that scores it against the anchored descriptors; once submitted, the
 * panel's scores and, for the chair, the consensus form.
 */
@Path("/evaluations")
@PortalPage
@RolesAllowed(Roles.EVALUATOR)
@Produces(MediaType.TEXT_HTML)
public class ScoringController {

    /**
     * One proposal as the evaluator sees it.
     *
     * @param criteria the scoring form (own draft, or the refused values)
     * @param consensus the chair's consensus form, when the chair may record one
     */
    @TemplateData
    public record ProposalPage(
            ChallengeDto challenge,
            StageDto stage,
            EvaluationItemDto item,
            SubmissionView submission,
            boolean chair,
            List<CriterionRow> criteria,
            List<CriterionRow> consensus,
            String conflictReason,
            FormErrors errors,
            EvaluationNotice notice) {

        public boolean declared() {
            return item.declaration() != null;
        }

        public boolean submitted() {
            return item.ownScore() != null && item.ownScore().submittedAt() != null;
        }

        /** The chair moderates once every unconflicted evaluator has submitted. */
        public boolean mayRecordConsensus() {
            return chair && submitted() && consensus != null;
        }

        public CriterionSummaryDto summary(Criterion criterion) {
            return item.criteria().stream()
                    .filter(summary -> summary.criterion() == criterion)
                    .findFirst()
                    .orElse(null);
        }

        public boolean anyFlagged() {
            return item.criteria().stream().anyMatch(CriterionSummaryDto::flagged);
        }
    }

    /** The proposal a page is about, as its address names it: challenge, stage position, proposal. */
    public record ScoredProposal(
            @RestPath UUID challengeId,
            @RestPath int position,
            @RestPath UUID proposalId) {

        String path() {
            return "/evaluations/" + challengeId + "/stages/" + position + "/proposals/" + proposalId;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance proposal(ProposalPage page);
    }

    private static final String PROPOSAL = "/{challengeId}/stages/{position}/proposals/{proposalId}";

    /** The refusals the evaluation forms show; the rest are for the error pages. */
    private static final ProblemType[] SHOWN = {
        ProblemType.INVALID_REQUEST, ProblemType.RULE_VIOLATION, ProblemType.CONFLICT, ProblemType.FORBIDDEN
    };

    private static final Refusal REFUSAL = Refusal.showing(SHOWN);

    @Inject
    EvaluationService evaluations;

    @Inject
    EvaluationQueries queries;

    @Inject
    ChallengeService challenges;

    @Inject
    SubmissionView.Assembler submissions;

    @Inject
    Forms forms;

    @Inject
    EvaluationMessages evaluationMsg;

    @GET
    @Path(PROPOSAL)
    public TemplateInstance proposal(@BeanParam ScoredProposal proposal, @RestQuery String notice) {
        return Templates.proposal(
                page(proposal, null, null, "", forms.errors(), PageNotice.of(EvaluationNotice.class, notice)));
    }

    @POST
    @Path(PROPOSAL + "/conflict")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declare(@BeanParam ScoredProposal proposal, MultivaluedMap<String, String> body) {
        DeclarationForm form = DeclarationForm.read(body);
        FormErrors refused = forms.errors();
        DeclarationRequest request = form.toRequest(refused, forms.validator(), evaluationMsg.chooseDeclaration());
        return PostAnswer.of(
                refused,
                evaluationMsg.declarationRefused(),
                REFUSAL.saying(evaluationMsg.declarationRefused(), SHOWN),
                () -> {
                    evaluations.declare(proposal.challengeId(), proposal.position(), proposal.proposalId(), request);
                    return PostAnswer.seeOther(
                            proposal.path(), form.conflict() ? EvaluationNotice.RECUSED : EvaluationNotice.DECLARED);
                },
                () -> Templates.proposal(page(proposal, null, null, form.reason(), refused, null)));
    }

    @POST
    @Path(PROPOSAL + "/score")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response score(@BeanParam ScoredProposal proposal, MultivaluedMap<String, String> body) {
        ScoreForm form = ScoreForm.read(body);
        FormErrors refused = forms.errors();
        ScoreRequest request = form.toRequest(refused, forms.validator(), evaluationMsg.pointsRange());
        boolean submit = "submit".equals(body.getFirst("action"));
        return PostAnswer.of(
                refused,
                evaluationMsg.scoreRefused(),
                REFUSAL,
                () -> {
                    evaluations.saveScore(
                            proposal.challengeId(), proposal.position(), proposal.proposalId(), null, request);
                    if (submit) {
                        evaluations.submitScore(proposal.challengeId(), proposal.position(), proposal.proposalId());
                    }
                    return PostAnswer.seeOther(
                            proposal.path(), submit ? EvaluationNotice.SCORE_SUBMITTED : EvaluationNotice.SCORE_SAVED);
                },
                () -> Templates.proposal(page(proposal, form, null, "", refused, null)));
    }

    @POST
    @Path(PROPOSAL + "/consensus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response consensus(@BeanParam ScoredProposal proposal, MultivaluedMap<String, String> body) {
        ConsensusForm form = ConsensusForm.read(body);
        FormErrors refused = forms.errors();
        ConsensusRequest request =
                form.toRequest(refused, forms.validator(), evaluationMsg.pointsRange(), evaluationMsg.consensusEmpty());
        return PostAnswer.of(
                refused,
                evaluationMsg.consensusRefused(),
                REFUSAL.inputs(field -> ConsensusForm.PREFIX + field),
                () -> {
                    evaluations.consensus(proposal.challengeId(), proposal.position(), proposal.proposalId(), request);
                    return PostAnswer.seeOther(proposal.path(), EvaluationNotice.CONSENSUS_RECORDED);
                },
                () -> Templates.proposal(page(proposal, null, form, "", refused, null)));
    }

    /**
     * The proposal's page, with the scoring and consensus forms as typed (or, when null, as
     * stored).
     */
    private ProposalPage page(
            ScoredProposal proposal,
            ScoreForm typedScore,
            ConsensusForm typedConsensus,
            String conflictReason,
            FormErrors refused,
            EvaluationNotice notice) {
        EvaluationItemDto item = queries.item(proposal.challengeId(), proposal.position(), proposal.proposalId());
        boolean chair = queries.chairs(proposal.challengeId(), proposal.position());
        ChallengeDto challenge = challenges.get(proposal.challengeId());
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        challenge.criteria().forEach(criterion -> weights.put(criterion.criterion(), criterion.weight()));
        List<CriterionDto> criteria = queries.criteria();
        ScoreForm score = typedScore != null ? typedScore : ScoreForm.of(item.ownScore());
        ConsensusForm consensus = typedConsensus != null ? typedConsensus : ConsensusForm.of(item.criteria());
        return new ProposalPage(
                challenge,
                challenge.stages().get(proposal.position() - 1),
                item,
                item.submission() == null ? null : submissions.of(item.submission()),
                chair,
                score.rows(criteria, evaluationMsg::criterionName, weights::get),
                chair && item.fullyScored()
                        ? consensus.rows(criteria, evaluationMsg::criterionName, weights::get)
                        : null,
                conflictReason,
                refused,
                notice);
    }
}
