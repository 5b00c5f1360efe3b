package org.challengemarket.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeContent;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.challenge.Stage;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.challenge.Weights;
import org.challengemarket.organisation.Member;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.organisation.OrganisationType;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.proposal.ProposalStatus;

/**
 * Stage 1 of a challenge, closed a day ago, with the panel, proposals, declarations and scores a
 * test gives it; {@link #build()} makes the {@link StageEvaluation} aggregate, without a database.
 */
final class StageEvaluationFixture {

    static final Instant NOW = Instant.parse("2027-05-03T09:00:00Z");
    static final String JUSTIFICATION = "Judged against the anchored descriptors of the criterion.";

    /** The programme's defaults: a spread of 3 needs consensus, 2 evaluators per proposal. */
    record Config(int spreadThreshold, int minimumEvaluators) implements EvaluationConfig {}

    private final Organisation agency = new Organisation("City of Leuven", OrganisationType.AGENCY, NOW);
    private final Challenge challenge = Challenge.draft(agency, content(), NOW.minus(Duration.ofDays(40)));
    private final List<PanelMember> panel = new ArrayList<>();
    private final List<StageEvaluation.Candidate> candidates = new ArrayList<>();
    private final List<ConflictDeclaration> declarations = new ArrayList<>();
    private final List<EvaluationScore> scores = new ArrayList<>();
    private final List<ConsensusScore> consensus = new ArrayList<>();
    private boolean decided;

    static StageEvaluationFixture aClosedStage() {
        return new StageEvaluationFixture();
    }

    private static ChallengeContent content() {
        Instant firstDeadline = NOW.minus(Duration.ofDays(1));
        return new ChallengeContent(
                "Safer cycle routes to school",
                "Children cycle on busy roads.",
                "Four secondary schools.",
                "Fewer near misses in a pilot.",
                "mobility",
                null,
                1,
                List.of("nl"),
                List.of(
                        new Stage(
                                1, StageKind.EXPRESSION_OF_INTEREST, NOW.minus(Duration.ofDays(30)), firstDeadline, 1),
                        new Stage(2, StageKind.PITCH, firstDeadline, NOW.plus(Duration.ofDays(30)), null)),
                new Weights(50, 30, 20));
    }

    UUID challengeId() {
        return challenge.id;
    }

    /** Seats an evaluator of the agency on the panel; returns its member id. */
    UUID evaluator(String name) {
        return seat(name, false);
    }

    /** Seats the panel's chair; returns its member id. */
    UUID chair(String name) {
        return seat(name, true);
    }

    private UUID seat(String name, boolean chair) {
        String username = name.toLowerCase().replace(' ', '.');
        Member member = new Member(agency, username, name, username + "@leuven.example", List.of(Roles.EVALUATOR), NOW);
        panel.add(new PanelMember(challenge.id, 1, member, chair, NOW.minus(Duration.ofDays(20)), "officer"));
        return member.id;
    }

    /** A proposal submitted in stage 1; returns its id. */
    UUID proposal(String company) {
        UUID id = UUID.randomUUID();
        candidates.add(new StageEvaluation.Candidate(
                id,
                UUID.randomUUID(),
                company,
                ProposalStatus.SUBMITTED,
                1,
                UUID.randomUUID(),
                NOW.minus(Duration.ofDays(2 + candidates.size()))));
        return id;
    }

    StageEvaluationFixture declaredNoConflict(UUID proposal, UUID evaluator) {
        declarations.add(new ConflictDeclaration(challenge.id, 1, proposal, evaluator, false, null, NOW));
        return this;
    }

    StageEvaluationFixture declaredConflict(UUID proposal, UUID evaluator) {
        declarations.add(
                new ConflictDeclaration(challenge.id, 1, proposal, evaluator, true, "I advised this company.", NOW));
        return this;
    }

    /** The evaluator declared no conflict and saved a draft of these points, each justified. */
    StageEvaluationFixture drafted(UUID proposal, UUID evaluator, int problemSolving, int team, int cost) {
        declaredNoConflict(proposal, evaluator);
        EvaluationScore score = new EvaluationScore(challenge.id, 1, proposal, evaluator, NOW);
        score.saveDraft(marks(problemSolving, team, cost), NOW);
        scores.add(score);
        return this;
    }

    /** The evaluator declared no conflict and submitted these points, each justified. */
    StageEvaluationFixture submitted(UUID proposal, UUID evaluator, int problemSolving, int team, int cost) {
        drafted(proposal, evaluator, problemSolving, team, cost);
        scores.get(scores.size() - 1).submit(NOW);
        return this;
    }

    /** The chair agreed on a criterion already. */
    StageEvaluationFixture agreed(UUID proposal, UUID chair, Criterion criterion, int points) {
        ConsensusScore score = new ConsensusScore(challenge.id, 1, proposal, criterion);
        score.record(points, "The panel agreed after discussion.", chair, NOW);
        consensus.add(score);
        return this;
    }

    /** The shortlist was decided: the first proposal went on to stage 2, the others stopped. */
    StageEvaluationFixture decided() {
        decided = true;
        return this;
    }

    StageEvaluation build() {
        List<StageEvaluation.Candidate> inStage = new ArrayList<>();
        for (StageEvaluation.Candidate c : candidates) {
            boolean first = inStage.isEmpty();
            inStage.add(
                    decided
                            ? new StageEvaluation.Candidate(
                                    c.proposalId(),
                                    c.companyId(),
                                    c.companyName(),
                                    first ? ProposalStatus.SHORTLISTED : ProposalStatus.NOT_SHORTLISTED,
                                    first ? 2 : 1,
                                    c.submissionId(),
                                    c.submittedAt())
                            : c);
        }
        return new StageEvaluation(
                challenge, 1, panel, inStage, declarations, scores, consensus, new Config(3, 2), NOW);
    }

    /** Points for each criterion, each with a written justification. */
    static Map<Criterion, EvaluationScore.Mark> marks(int problemSolving, int team, int cost) {
        Map<Criterion, EvaluationScore.Mark> marks = new EnumMap<>(Criterion.class);
        marks.put(Criterion.PROBLEM_SOLVING, new EvaluationScore.Mark(problemSolving, JUSTIFICATION));
        marks.put(Criterion.TEAM_MOTIVATION, new EvaluationScore.Mark(team, JUSTIFICATION));
        marks.put(Criterion.IMPLEMENTATION_COST, new EvaluationScore.Mark(cost, JUSTIFICATION));
        return marks;
    }
}
