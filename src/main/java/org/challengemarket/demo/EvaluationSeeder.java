package org.challengemarket.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.challengemarket.evaluation.EvaluationService;
import org.challengemarket.evaluation.dto.EvaluationDtos.MarkRequest;
import org.challengemarket.evaluation.dto.EvaluationDtos.ScoreRequest;

/**
 * A challenge in evaluation: the Mobility agency's stage 1 closed five days ago with four
 * proposals; its panel is Victor Evaluator (chair, agency staff) and Eva Expert (the lab's external
 * expert). Some scores are submitted, Solarbyte's problem-solving scores spread by 4 points (flagged
 * for the chair), Eva is recused from CivicForms (so the agency must add an evaluator) and her
 * Datawell score is still a draft.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test"})
class EvaluationSeeder implements DemoSeeder {

    static final String CHALLENGE = "Safer cycle routes to secondary schools";

    private static final String CHAIR = "evaluator.mobility";
    private static final String EXPERT = "eva.expert";
    private static final String PROBLEM = "how well it makes routes safer.";

    @Inject
    DemoSteps steps;

    @Inject
    EvaluationService evaluations;

    @Override
    public void seed(DemoSession demo) {
        Instant published = demo.daysAgo(35);
        DemoChallenge cycleRoutes = DemoChallenge.of(
                        CHALLENGE,
                        "Parents drive children to school because the cycle routes feel unsafe, which makes them less"
                                + " safe.",
                        "mobility")
                .about(
                        "Twelve secondary schools along regional roads; the region maintains the cycle paths.",
                        "More pupils cycling to school and fewer near-misses at school gates, measured over a"
                                + " school year.")
                .shortlists(3, 2);
        UUID challenge = steps.publish(demo, "officer.mobility", cycleRoutes, published);
        steps.panel(demo, "officer.mobility", challenge, 1, published, CHAIR, EXPERT);

        Instant entered = published.plus(Duration.ofDays(12));
        UUID routewise = steps.propose(
                demo, "anna.routewise", challenge, "Live school-route map from bike counters.", entered, entered);
        UUID solarbyte = steps.propose(
                demo,
                "bruno.solarbyte",
                challenge,
                "Solar-powered lights that brighten as cyclists pass.",
                entered,
                entered);
        UUID civic = steps.propose(
                demo, "chloe.civicforms", challenge, "Pupils report dangerous spots in a form.", entered, entered);
        UUID datawell = steps.propose(
                demo, "dirk.datawell", challenge, "Sensors measuring car speeds near school gates.", entered, entered);

        Instant scoring = demo.daysAgo(3);
        score(demo, CHAIR, challenge, routewise, scoring, 8, 7, 6);
        score(demo, EXPERT, challenge, routewise, scoring, 7, 7, 7);
        // a spread of 4 on problem solving: flagged for the chair's consensus
        score(demo, CHAIR, challenge, solarbyte, scoring, 9, 6, 5);
        score(demo, EXPERT, challenge, solarbyte, scoring, 5, 6, 6);
        score(demo, CHAIR, challenge, civic, scoring, 6, 8, 7);
        steps.declare(demo, EXPERT, challenge, 1, civic, "I advised CivicForms on a previous public tender.", scoring);
        score(demo, CHAIR, challenge, datawell, scoring, 5, 6, 8);
        steps.declare(demo, EXPERT, challenge, 1, datawell, null, scoring);
        ScoreRequest draft = new ScoreRequest(new MarkRequest(6, DemoSteps.WHY + "speed data is useful."), null, null);
        demo.as(EXPERT, scoring, () -> evaluations.saveScore(challenge, 1, datawell, null, draft));
        steps.beginEvaluation(demo, "officer.mobility", challenge, demo.now());
    }

    private void score(DemoSession demo, String evaluator, UUID challenge, UUID proposal, Instant at, int... points) {
        steps.score(
                demo, evaluator, challenge, 1, proposal, DemoSteps.marks(points[0], points[1], points[2], PROBLEM), at);
    }
}
