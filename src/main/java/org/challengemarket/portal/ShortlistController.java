package org.challengemarket.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.challengemarket.challenge.ChallengeService;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.challenge.dto.ChallengeDtos.StageDto;
import org.challengemarket.evaluation.RankingService;
import org.challengemarket.evaluation.ShortlistService;
import org.challengemarket.evaluation.dto.EvaluationDtos.RankingDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.RankingEntryDto;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.portal.form.FormErrors;
import org.challengemarket.portal.form.Forms;
import org.challengemarket.portal.form.Refusal;
import org.challengemarket.portal.messages.AgencyMessages;
import org.challengemarket.portal.web.ChallengeStages;
import org.challengemarket.portal.web.PageNotice;
import org.challengemarket.portal.web.PostAnswer;
import org.challengemarket.portal.web.SubmissionView;
import org.challengemarket.proposal.ProposalService;
import org.challengemarket.proposal.dto.ProposalDtos.ShortlistDto;
import org.challengemarket.proposal.dto.ProposalDtos.ShortlistRequest;
import org.challengemarket.proposal.dto.ProposalDtos.StageCount;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The agency's shortlist of a stage: only counts while the stage is sealed; after its deadline
 * the submissions, a choice of at most the shortlist size and a written reason; once decided, the
 * decision.
 */
@Path("/agency/challenges/{id}/stages/{position}/shortlist")
@PortalPage
@RolesAllowed(Roles.AGENCY_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class ShortlistController {

    /**
     * The shortlist page of one stage.
     *
     * @param last the stage whose outcome is the award, which takes no shortlist
     * @param decision the decision once made, else null
     * @param chosenIds the proposals ticked in a refused form
     */
    @TemplateData
    public record ShortlistPage(
            ChallengeDto challenge,
            StageDto stage,
            StageCount count,
            boolean last,
            List<SubmissionView> submissions,
            DecisionView decision,
            List<String> chosenIds,
            String reason,
            FormErrors errors,
            Notice notice,
            RankingDto ranking,
            String departureReason) {

        public boolean isChosen(UUID proposal) {
            return chosenIds.contains(proposal.toString());
        }

        /** The ranking is the decision's input: without a complete one there is no form. */
        public boolean rankingComplete() {
            return ranking != null && ranking.complete();
        }

        /** The proposal's line in the ranking, or null. */
        public RankingEntryDto entry(UUID proposal) {
            return ranking == null
                    ? null
                    : ranking.entries().stream()
                            .filter(entry -> entry.proposalId().equals(proposal))
                            .findFirst()
                            .orElse(null);
        }
    }

    /** A decision with the companies named as their profiles name them. */
    @TemplateData
    public record DecisionView(
            String reason, Instant decidedAt, List<String> wentOn, List<String> stopped, String departureReason) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance shortlist(ShortlistPage page);
    }

    private static final String PROPOSALS = "proposalIds";
    private static final String REASON = "decisionReason";
    private static final String DEPARTURE = "departureReason";

    @Inject
    ChallengeService challenges;

    @Inject
    ProposalService proposals;

    @Inject
    ShortlistService shortlists;

    @Inject
    RankingService rankings;

    @Inject
    SubmissionView.Assembler submissions;

    @Inject
    Forms forms;

    @Inject
    AgencyMessages agencyMsg;

    @GET
    public TemplateInstance page(
            @PathParam("id") UUID id, @PathParam("position") int position, @RestQuery String notice) {
        return Templates.shortlist(
                page(id, position, List.of(), "", "", forms.errors(), PageNotice.of(Notice.class, notice)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(
            @PathParam("id") UUID id, @PathParam("position") int position, MultivaluedMap<String, String> body) {
        List<String> chosen = body.get(PROPOSALS) == null ? List.of() : body.get(PROPOSALS);
        String reason =
                body.getFirst(REASON) == null ? "" : body.getFirst(REASON).strip();
        String departure =
                body.getFirst(DEPARTURE) == null ? "" : body.getFirst(DEPARTURE).strip();
        FormErrors refused = forms.errors();
        List<UUID> ids = new ArrayList<>();
        for (String value : chosen) {
            try {
                ids.add(UUID.fromString(value.strip()));
            } catch (IllegalArgumentException e) {
                refused.add(PROPOSALS, agencyMsg.invalidChoice());
            }
        }
        ShortlistRequest request = new ShortlistRequest(ids, reason, departure.isEmpty() ? null : departure);
        for (ConstraintViolation<ShortlistRequest> violation : forms.validator().validate(request)) {
            refused.add(field(violation.getPropertyPath().toString()), violation.getMessage());
        }
        return PostAnswer.of(
                refused,
                forms.refusedSummary(),
                Refusal.showing(ProblemType.RULE_VIOLATION, ProblemType.INVALID_REQUEST, ProblemType.CONFLICT)
                        .inputs(ShortlistController::field),
                () -> {
                    shortlists.decide(id, position, request);
                    return PostAnswer.seeOther(
                            "/agency/challenges/" + id + "/stages/" + position + "/shortlist", Notice.SHORTLISTED);
                },
                () -> Templates.shortlist(page(id, position, chosen, reason, departure, refused, null)));
    }

    private ShortlistPage page(
            UUID id,
            int position,
            List<String> chosen,
            String reason,
            String departure,
            FormErrors refused,
            Notice notice) {
        ChallengeDto challenge = challenges.getOwn(id);
        StageDto stage = ChallengeStages.at(challenge, position);
        StageCount count = proposals.counts(id).get(position - 1);
        boolean last = ChallengeStages.last(challenge, stage);
        RankingDto ranking = count.sealed() || last ? null : rankings.ranking(id, position);
        List<UUID> order = ranking == null
                ? List.of()
                : ranking.entries().stream().map(RankingEntryDto::proposalId).toList();
        // in the order of the ranking, the decision's input
        List<SubmissionView> submitted = count.sealed() || last
                ? List.of()
                : proposals.stageSubmissions(id, position).stream()
                        .map(submissions::of)
                        .sorted(Comparator.comparingInt(view -> order.contains(view.proposalId())
                                ? order.indexOf(view.proposalId())
                                : Integer.MAX_VALUE))
                        .toList();
        DecisionView decision = last
                ? null
                : shortlists
                        .decision(id, position)
                        .map(made -> view(made, submitted))
                        .orElse(null);
        return new ShortlistPage(
                challenge, stage, count, last, submitted, decision, chosen, reason, refused, notice, ranking,
                departure);
    }

    private DecisionView view(ShortlistDto decision, List<SubmissionView> submitted) {
        Map<UUID, String> names =
                submitted.stream().collect(Collectors.toMap(SubmissionView::proposalId, SubmissionView::company));
        Function<UUID, String> name = proposal -> names.getOrDefault(proposal, agencyMsg.withoutSubmission());
        return new DecisionView(
                decision.reason(),
                decision.decidedAt(),
                decision.shortlisted().stream().map(name).toList(),
                decision.notShortlisted().stream().map(name).toList(),
                decision.departureReason());
    }

    /** The service names the choice {@code proposalIds[2]} and the reason {@code reason}. */
    private static String field(String path) {
        if (path.startsWith(PROPOSALS)) {
            return PROPOSALS;
        }
        if (path.equals("departureReason")) {
            return DEPARTURE;
        }
        return path.equals("reason") ? REASON : path;
    }
}
