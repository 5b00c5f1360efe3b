package org.challengemarket.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeService;
import org.challengemarket.evaluation.EvaluationService;
import org.challengemarket.evaluation.PanelService;
import org.challengemarket.evaluation.dto.EvaluationDtos.DeclarationRequest;
import org.challengemarket.evaluation.dto.EvaluationDtos.MarkRequest;
import org.challengemarket.evaluation.dto.EvaluationDtos.ScoreRequest;
import org.challengemarket.evaluation.dto.PanelDtos.PanelRequest;
import org.challengemarket.organisation.CompanyProfileService;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.proposal.ProposalService;
import org.challengemarket.proposal.dto.ProposalDtos.DraftRequest;

/**
 * The steps several demo seeders take, each as the demo user who takes it, through the service
 * that does it for the API: publishing a challenge, proposing and submitting, naming a panel,
 * declaring and scoring. Not part of a production build.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test"})
class DemoSteps {

    /** How demo evaluators open their justifications. */
    static final String WHY = "Judged against the anchored descriptors and the published problem: ";

    @Inject
    ChallengeService challenges;

    @Inject
    ProposalService proposals;

    @Inject
    CompanyProfileService profiles;

    @Inject
    PanelService panels;

    @Inject
    EvaluationService evaluations;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    /** The agency's officer drafts {@code challenge} at {@code at}, with its stages timed from then. */
    UUID draft(DemoSession demo, String officer, DemoChallenge challenge, Instant at) {
        return demo.as(
                officer, at, () -> challenges.create(challenge.request(at)).id());
    }

    /** The agency's officer drafts and publishes {@code challenge} at {@code at}: stage 1 opens then. */
    UUID publish(DemoSession demo, String officer, DemoChallenge challenge, Instant at) {
        UUID id = draft(demo, officer, challenge, at);
        demo.as(officer, at, () -> challenges.publish(id, null));
        return id;
    }

    /**
     * Moves a challenge into evaluation before any shortlist (the shortlist does it otherwise): the
     * agency has begun reading the proposals of its first stage.
     */
    void beginEvaluation(DemoSession demo, String officer, UUID challengeId, Instant at) {
        demo.as(officer, at, () -> {
            Challenge challenge = Challenge.findById(challengeId);
            challenge.beginEvaluation(at);
            audit.record("challenge.evaluation_started", "challenge", challenge.id, challenge.title);
        });
    }

    /**
     * A company's member starts a proposal at {@code startedAt} and submits its first stage, with
     * {@code idea} and the team of the company's profile, at {@code submittedAt}. Answers its id.
     */
    UUID propose(
            DemoSession demo, String member, UUID challengeId, String idea, Instant startedAt, Instant submittedAt) {
        UUID proposal =
                demo.as(member, startedAt, () -> proposals.start(challengeId).id());
        String team =
                demo.as(member, submittedAt, () -> profiles.own().orElseThrow().teamSummary());
        ObjectNode fields = json.createObjectNode()
                .put("solutionIdea", idea)
                .put("teamInBrief", team)
                .put("costBand", "20000_TO_30000");
        submit(demo, member, proposal, 1, fields, submittedAt);
        return proposal;
    }

    /** A company's member saves {@code fields} as the stage's draft and submits it at {@code at}. */
    void submit(DemoSession demo, String member, UUID proposal, int stage, ObjectNode fields, Instant at) {
        saveDraft(demo, member, proposal, stage, fields, at);
        demo.as(member, at, () -> proposals.submit(proposal, stage));
    }

    void saveDraft(DemoSession demo, String member, UUID proposal, int stage, ObjectNode fields, Instant at) {
        demo.as(member, at, () -> proposals.saveDraft(proposal, stage, null, new DraftRequest(fields)));
    }

    /** The agency's officer names a stage's panel at {@code at}: {@code chair} and one more evaluator. */
    void panel(DemoSession demo, String officer, UUID challengeId, int stage, Instant at, String chair, String other) {
        UUID chairId = demo.member(chair);
        PanelRequest panel = new PanelRequest(List.of(chairId, demo.member(other)), chairId);
        demo.as(officer, at, () -> panels.name(challengeId, stage, panel));
    }

    /** An evaluator declares a conflict of interest ({@code reason}), or none when it is null. */
    void declare(
            DemoSession demo, String evaluator, UUID challengeId, int stage, UUID proposal, String reason, Instant at) {
        demo.as(
                evaluator,
                at,
                () -> evaluations.declare(
                        challengeId, stage, proposal, new DeclarationRequest(reason != null, reason)));
    }

    /** An evaluator declares no conflict, scores a proposal with {@code marks} and submits the score. */
    void score(
            DemoSession demo,
            String evaluator,
            UUID challengeId,
            int stage,
            UUID proposal,
            ScoreRequest marks,
            Instant at) {
        declare(demo, evaluator, challengeId, stage, proposal, null, at);
        demo.as(evaluator, at, () -> {
            evaluations.saveScore(challengeId, stage, proposal, null, marks);
            return evaluations.submitScore(challengeId, stage, proposal);
        });
    }

    /** Points on the three criteria, with justifications; {@code problem}: what problem solving judged. */
    static ScoreRequest marks(int problemSolving, int teamMotivation, int implementationCost, String problem) {
        return new ScoreRequest(
                new MarkRequest(problemSolving, WHY + problem),
                new MarkRequest(teamMotivation, WHY + "the team's skills and commitment."),
                new MarkRequest(implementationCost, WHY + "the realism of the cost band."));
    }
}
