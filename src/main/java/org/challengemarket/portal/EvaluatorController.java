package org.challengemarket.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeService;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.challenge.dto.ChallengeDtos.StageDto;
import org.challengemarket.evaluation.EvaluationService;
import org.challengemarket.evaluation.ScoreFields;
import org.challengemarket.evaluation.dto.EvaluationDtos.AssignmentDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.ConsensusMark;
import org.challengemarket.evaluation.dto.EvaluationDtos.ConsensusRequest;
import org.challengemarket.evaluation.dto.EvaluationDtos.CriterionDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.CriterionSummaryDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.DeclarationRequest;
import org.challengemarket.evaluation.dto.EvaluationDtos.EvaluationItemDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.MarkDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.MarkRequest;
import org.challengemarket.evaluation.dto.EvaluationDtos.ModerationItemDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.QueueItemDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.ScoreDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.ScoreRequest;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.platform.web.QueryParams;
import org.challengemarket.portal.form.FieldLabels;
import org.challengemarket.portal.form.FormErrors;
import org.challengemarket.portal.web.SubmissionView;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The evaluator's pages: its panels, a stage's queue, one proposal (declare a conflict of interest,
 * then read and score it against the anchored descriptors; once submitted, the panel's scores and,
 * for the chair, the consensus form), and the chair's moderation list of flagged spreads.
 */
@Path("/evaluations")
@PortalPage
@RolesAllowed(Roles.EVALUATOR)
@Produces(MediaType.TEXT_HTML)
public class EvaluatorController {

    /** A stage's queue. */
    @TemplateData
    public record QueuePage(
            ChallengeDto challenge, StageDto stage, boolean chair, List<QueueItemDto> items, EvaluationNotice notice) {}

    /** One criterion on the scoring form: its descriptors, the chosen points and justification. */
    @TemplateData
    public record CriterionForm(
            CriterionDto criterion,
            String label,
            Integer weight,
            String points,
            String justification,
            List<Integer> scale) {

        public String pointsField() {
            return ScoreFields.points(criterion.criterion());
        }

        public String justificationField() {
            return ScoreFields.justification(criterion.criterion());
        }

        public String consensusPointsField() {
            return "consensus." + ScoreFields.points(criterion.criterion());
        }

        public String consensusReasonField() {
            return "consensus." + ScoreFields.of(criterion.criterion()) + ".reason";
        }

        /** The anchor label of {@code value} points, or empty between anchors. */
        public String anchorLabel(int value) {
            return criterion.anchors().stream()
                    .filter(a -> a.points() == value)
                    .map(a -> a.label())
                    .findFirst()
                    .orElse("");
        }

        public boolean isChosen(int value) {
            return Integer.toString(value).equals(points);
        }
    }

    /**
     * One proposal as the evaluator sees it.
     *
     * @param criteria the scoring form (own draft, or the refused values)
     * @param consensus the chair's consensus form values, when the chair may record one
     */
    @TemplateData
    public record ProposalPage(
            ChallengeDto challenge,
            StageDto stage,
            EvaluationItemDto item,
            SubmissionView submission,
            boolean chair,
            List<CriterionForm> criteria,
            List<CriterionForm> consensus,
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
                    .filter(c -> c.criterion() == criterion)
                    .findFirst()
                    .orElse(null);
        }

        public boolean anyFlagged() {
            return item.criteria().stream().anyMatch(CriterionSummaryDto::flagged);
        }
    }

    /** The chair's moderation list. */
    @TemplateData
    public record ModerationPage(ChallengeDto challenge, StageDto stage, List<ModerationItemDto> items) {

        public long flaggedCount() {
            return items.stream().filter(ModerationItemDto::flagged).count();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assignments(PageDto<AssignmentDto> assignments);

        static native TemplateInstance queue(QueuePage page);

        static native TemplateInstance proposal(ProposalPage page);

        static native TemplateInstance moderation(ModerationPage page);
    }

    private static final List<Integer> SCALE = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    private static final String CONFLICT = "conflict";
    private static final String REASON = "reason";

    @Inject
    EvaluationService evaluations;

    @Inject
    ChallengeService challenges;

    @Inject
    SubmissionView.Assembler submissions;

    @Inject
    FieldLabels labels;

    @Inject
    EvaluationMessages emsg;

    @Inject
    Validator validator;

    @GET
    public TemplateInstance assignments(@RestQuery String page) {
        QueryParams params = new QueryParams();
        PageRequest request = params.page(page, null);
        params.done();
        return Templates.assignments(evaluations.assignments(request));
    }

    @GET
    @Path("/{cid}/stages/{n}")
    public TemplateInstance queue(@PathParam("cid") UUID cid, @PathParam("n") int n, @RestQuery String notice) {
        List<QueueItemDto> items = evaluations.queue(cid, n);
        ChallengeDto challenge = challenges.get(cid);
        return Templates.queue(new QueuePage(
                challenge,
                challenge.stages().get(n - 1),
                evaluations.chairs(cid, n),
                items,
                EvaluationNotice.parse(notice).orElse(null)));
    }

    @GET
    @Path("/{cid}/stages/{n}/proposals/{pid}")
    public TemplateInstance proposal(
            @PathParam("cid") UUID cid, @PathParam("n") int n, @PathParam("pid") UUID pid, @RestQuery String notice) {
        return Templates.proposal(page(
                cid,
                n,
                pid,
                null,
                null,
                "",
                FormErrors.none(labels),
                EvaluationNotice.parse(notice).orElse(null)));
    }

    @POST
    @Path("/{cid}/stages/{n}/proposals/{pid}/conflict")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declare(
            @PathParam("cid") UUID cid,
            @PathParam("n") int n,
            @PathParam("pid") UUID pid,
            MultivaluedMap<String, String> body) {
        String choice = value(body, CONFLICT);
        String reason = value(body, REASON);
        FormErrors refused = new FormErrors(labels);
        if (!choice.equals("yes") && !choice.equals("no")) {
            refused.add(CONFLICT, emsg.chooseDeclaration());
        }
        boolean conflict = choice.equals("yes");
        DeclarationRequest request = new DeclarationRequest(conflict, conflict ? reason : null);
        for (ConstraintViolation<DeclarationRequest> v : validator.validate(request)) {
            refused.add(REASON, v.getMessage());
        }
        int status = 400;
        if (refused.isEmpty()) {
            try {
                evaluations.declare(cid, n, pid, request);
                return redirect(cid, n, pid, conflict ? EvaluationNotice.RECUSED : EvaluationNotice.DECLARED);
            } catch (ProblemException e) {
                status = refuse(e, refused, "");
            }
        }
        refused.general(emsg.declarationRefused());
        return status(status, page(cid, n, pid, null, null, reason, refused, null));
    }

    @POST
    @Path("/{cid}/stages/{n}/proposals/{pid}/score")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response score(
            @PathParam("cid") UUID cid,
            @PathParam("n") int n,
            @PathParam("pid") UUID pid,
            MultivaluedMap<String, String> body) {
        FormErrors refused = new FormErrors(labels);
        Map<Criterion, MarkRequest> marks = new HashMap<>();
        Map<Criterion, String[]> typed = new HashMap<>();
        for (Criterion c : Criterion.values()) {
            String points = value(body, ScoreFields.points(c));
            String text = value(body, ScoreFields.justification(c));
            typed.put(c, new String[] {points, text});
            marks.put(c, new MarkRequest(points(points, ScoreFields.points(c), refused), text.isEmpty() ? null : text));
        }
        ScoreRequest request = new ScoreRequest(
                marks.get(Criterion.PROBLEM_SOLVING),
                marks.get(Criterion.TEAM_MOTIVATION),
                marks.get(Criterion.IMPLEMENTATION_COST));
        refused.addViolations(validator.validate(request));
        boolean submit = "submit".equals(value(body, "action"));
        int status = 400;
        if (refused.isEmpty()) {
            try {
                evaluations.saveScore(cid, n, pid, null, request);
                if (submit) {
                    evaluations.submitScore(cid, n, pid);
                }
                return redirect(cid, n, pid, submit ? EvaluationNotice.SCORE_SUBMITTED : EvaluationNotice.SCORE_SAVED);
            } catch (ProblemException e) {
                status = refuse(e, refused, "");
            }
        }
        if (refused.general() == null) {
            refused.general(emsg.scoreRefused());
        }
        return status(status, page(cid, n, pid, typed, null, "", refused, null));
    }

    @POST
    @Path("/{cid}/stages/{n}/proposals/{pid}/consensus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response consensus(
            @PathParam("cid") UUID cid,
            @PathParam("n") int n,
            @PathParam("pid") UUID pid,
            MultivaluedMap<String, String> body) {
        FormErrors refused = new FormErrors(labels);
        Map<Criterion, ConsensusMark> marks = new HashMap<>();
        Map<Criterion, String[]> typed = new HashMap<>();
        for (Criterion c : Criterion.values()) {
            String prefix = "consensus." + ScoreFields.of(c);
            String points = value(body, prefix + ".points");
            String reason = value(body, prefix + ".reason");
            typed.put(c, new String[] {points, reason});
            if (!points.isEmpty() || !reason.isEmpty()) {
                marks.put(c, new ConsensusMark(points(points, prefix + ".points", refused), reason));
            }
        }
        ConsensusRequest request = new ConsensusRequest(
                marks.get(Criterion.PROBLEM_SOLVING),
                marks.get(Criterion.TEAM_MOTIVATION),
                marks.get(Criterion.IMPLEMENTATION_COST));
        for (ConstraintViolation<ConsensusRequest> v : validator.validate(request)) {
            refused.add("consensus." + v.getPropertyPath(), v.getMessage());
        }
        if (marks.isEmpty()) {
            refused.add("consensus." + ScoreFields.points(Criterion.PROBLEM_SOLVING), emsg.consensusEmpty());
        }
        int status = 400;
        if (refused.isEmpty()) {
            try {
                evaluations.consensus(cid, n, pid, request);
                return redirect(cid, n, pid, EvaluationNotice.CONSENSUS_RECORDED);
            } catch (ProblemException e) {
                status = refuse(e, refused, "consensus.");
            }
        }
        if (refused.general() == null) {
            refused.general(emsg.consensusRefused());
        }
        return status(status, page(cid, n, pid, null, typed, "", refused, null));
    }

    @GET
    @Path("/{cid}/stages/{n}/moderation")
    public TemplateInstance moderation(@PathParam("cid") UUID cid, @PathParam("n") int n) {
        List<ModerationItemDto> items = evaluations.moderation(cid, n);
        ChallengeDto challenge = challenges.get(cid);
        return Templates.moderation(
                new ModerationPage(challenge, challenge.stages().get(n - 1), items));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private ProposalPage page(
            UUID cid,
            int n,
            UUID pid,
            Map<Criterion, String[]> typedScore,
            Map<Criterion, String[]> typedConsensus,
            String conflictReason,
            FormErrors refused,
            EvaluationNotice notice) {
        EvaluationItemDto item = evaluations.item(cid, n, pid);
        boolean chair = evaluations.chairs(cid, n);
        ChallengeDto challenge = challenges.get(cid);
        Map<Criterion, Integer> weights = new HashMap<>();
        challenge.criteria().forEach(c -> weights.put(c.criterion(), c.weight()));
        ScoreDto own = item.ownScore();
        List<CriterionForm> form = new ArrayList<>();
        List<CriterionForm> consensus = new ArrayList<>();
        for (CriterionDto c : evaluations.criteria()) {
            MarkDto mark = own == null ? null : markOf(own, c.criterion());
            String[] typed = typedScore == null ? null : typedScore.get(c.criterion());
            form.add(new CriterionForm(
                    c,
                    emsg.criterionName(c.criterion()),
                    weights.get(c.criterion()),
                    typed != null
                            ? typed[0]
                            : mark == null || mark.points() == null
                                    ? ""
                                    : mark.points().toString(),
                    typed != null ? typed[1] : mark == null || mark.justification() == null ? "" : mark.justification(),
                    SCALE));
            CriterionSummaryDto summary = item.criteria().stream()
                    .filter(s -> s.criterion() == c.criterion())
                    .findFirst()
                    .orElse(null);
            String[] agreed = typedConsensus == null ? null : typedConsensus.get(c.criterion());
            consensus.add(new CriterionForm(
                    c,
                    emsg.criterionName(c.criterion()),
                    weights.get(c.criterion()),
                    agreed != null
                            ? agreed[0]
                            : summary == null || summary.consensus() == null
                                    ? ""
                                    : summary.consensus().toString(),
                    agreed != null
                            ? agreed[1]
                            : summary == null || summary.consensusReason() == null ? "" : summary.consensusReason(),
                    SCALE));
        }
        SubmissionView submission = item.submission() == null ? null : submissions.of(item.submission());
        return new ProposalPage(
                challenge,
                challenge.stages().get(n - 1),
                item,
                submission,
                chair,
                form,
                chair && item.fullyScored() ? consensus : null,
                conflictReason,
                refused,
                notice);
    }

    private static MarkDto markOf(ScoreDto score, Criterion criterion) {
        return switch (criterion) {
            case PROBLEM_SOLVING -> score.problemSolving();
            case TEAM_MOTIVATION -> score.teamMotivation();
            case IMPLEMENTATION_COST -> score.implementationCost();
        };
    }

    private Integer points(String value, String field, FormErrors refused) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            int points = Integer.parseInt(value);
            if (points < 0 || points > 10) {
                refused.add(field, emsg.pointsRange());
            }
            return points;
        } catch (NumberFormatException e) {
            refused.add(field, emsg.pointsRange());
            return null;
        }
    }

    /** Shows a service refusal on the form: field errors on their fields, the rest at the top. */
    private static int refuse(ProblemException e, FormErrors refused, String prefix) {
        switch (e.type()) {
            case INVALID_REQUEST, RULE_VIOLATION -> {
                e.errors().forEach(f -> refused.add(prefix + f.field(), f.message()));
                refused.general(e.getMessage());
            }
            case CONFLICT, FORBIDDEN -> refused.general(e.getMessage());
            default -> throw e;
        }
        return e.type().status();
    }

    private static String value(MultivaluedMap<String, String> body, String name) {
        String v = body.getFirst(name);
        return v == null ? "" : v.replace("\r\n", "\n").strip();
    }

    private static Response redirect(UUID cid, int n, UUID pid, EvaluationNotice notice) {
        return Response.seeOther(URI.create(
                        "/evaluations/" + cid + "/stages/" + n + "/proposals/" + pid + "?notice=" + notice.param()))
                .build();
    }

    private static Response status(int status, ProposalPage page) {
        return Response.status(status).entity(Templates.proposal(page)).build();
    }
}
