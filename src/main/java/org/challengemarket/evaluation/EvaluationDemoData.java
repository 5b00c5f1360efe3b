package org.challengemarket.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeConfig;
import org.challengemarket.challenge.ChallengeContent;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.challenge.Stage;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.challenge.Weights;
import org.challengemarket.organisation.CompanyProfile;
import org.challengemarket.organisation.Member;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.dev.DemoData;
import org.challengemarket.platform.money.Money;
import org.challengemarket.proposal.Proposal;
import org.challengemarket.proposal.StageDraft;
import org.challengemarket.proposal.Submission;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Seeds, once and after {@link DemoData}, a challenge in evaluation: the Mobility agency's stage 1
 * closed five days ago with four proposals; its panel is Victor Evaluator (chair, agency staff) and
 * Eva Expert (the lab's external expert). Some scores are submitted, Solarbyte's problem-solving
 * scores spread by 4 points (flagged for the chair), Eva is recused from CivicForms (so the agency
 * must add an evaluator) and her Datawell score is still a draft. Not part of a production build.
 */
@Singleton
@IfBuildProfile(anyOf = {"dev", "test"})
public class EvaluationDemoData {

    static final String CHALLENGE = "Safer cycle routes to secondary schools";

    private static final Logger LOG = Logger.getLogger(EvaluationDemoData.class);
    private static final long SEED_LOCK = 0x4556414cL; // "EVAL"
    private static final String WHY = "Judged against the anchored descriptors and the published problem: ";

    @ConfigProperty(name = "challengemarket.demo-data.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    ChallengeConfig config;

    @Inject
    ObjectMapper json;

    // runs after the demo organisations, members and profiles exist
    void onStart(@Observes @Priority(4000) StartupEvent event) {
        if (enabled) {
            seed();
        }
    }

    @ActivateRequestContext
    @Transactional
    void seed() {
        em.createNativeQuery("select pg_advisory_xact_lock(" + SEED_LOCK + ")").getSingleResult();
        Optional<Organisation> mobility = Organisation.findByName("Federal Public Service Mobility");
        Optional<Member> chair = Member.findByUsername("evaluator.mobility");
        Optional<Member> expert = Member.findByUsername("eva.expert");
        if (mobility.isEmpty() || chair.isEmpty() || expert.isEmpty() || Challenge.count("title", CHALLENGE) > 0) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        Instant published = now.minus(Duration.ofDays(35));
        Challenge challenge = Challenge.draft(mobility.get(), content(published), published);
        challenge.publish(published, config.rules());
        challenge.persist();
        audit.record("challenge.published", "challenge", challenge.id, CHALLENGE);

        new PanelMember(challenge.id, 1, chair.get(), true, published, "demo").persist();
        new PanelMember(challenge.id, 1, expert.get(), false, published, "demo").persist();
        audit.record("evaluation.panel_named", "challenge", challenge.id, "stage 1: 2 evaluators");

        Instant entered = published.plus(Duration.ofDays(12));
        Proposal routewise = submitted(challenge, "Routewise BV", "Live school-route map from bike counters.", entered);
        Proposal solarbyte =
                submitted(challenge, "Solarbyte SRL", "Solar-powered lights that brighten as cyclists pass.", entered);
        Proposal civic = submitted(challenge, "CivicForms NV", "Pupils report dangerous spots in a form.", entered);
        Proposal datawell =
                submitted(challenge, "Datawell SRL", "Sensors measuring car speeds near school gates.", entered);
        challenge.beginEvaluation(now);
        audit.record("challenge.evaluation_started", "challenge", challenge.id, CHALLENGE);

        Instant scoring = now.minus(Duration.ofDays(3));
        score(challenge, routewise, chair.get(), scoring, 8, 7, 6);
        score(challenge, routewise, expert.get(), scoring, 7, 7, 7);
        // a spread of 4 on problem solving: flagged for the chair's consensus
        score(challenge, solarbyte, chair.get(), scoring, 9, 6, 5);
        score(challenge, solarbyte, expert.get(), scoring, 5, 6, 6);
        score(challenge, civic, chair.get(), scoring, 6, 8, 7);
        declare(challenge, civic, expert.get(), "I advised CivicForms on a previous public tender.", scoring);
        score(challenge, datawell, chair.get(), scoring, 5, 6, 8);
        declare(challenge, datawell, expert.get(), null, scoring);
        EvaluationScore draft = new EvaluationScore(challenge.id, 1, datawell.id, expert.get().id, scoring);
        draft.saveDraft(
                Map.of(Criterion.PROBLEM_SOLVING, new EvaluationScore.Mark(6, WHY + "speed data is useful.")), scoring);
        draft.persist();
        LOG.info("Seeded a challenge in evaluation: \"" + CHALLENGE + "\"");
    }

    private Proposal submitted(Challenge challenge, String companyName, String idea, Instant at) {
        Organisation company = Organisation.findByName(companyName).orElseThrow();
        CompanyProfile profile =
                CompanyProfile.<CompanyProfile>findByIdOptional(company.id).orElseThrow();
        Proposal proposal = Proposal.start(challenge, company, at);
        proposal.persist();
        ObjectNode fields = json.createObjectNode()
                .put("solutionIdea", idea)
                .put("teamInBrief", profile.teamSummary)
                .put("costBand", "20000_TO_30000");
        new StageDraft(proposal.id, 1, fields.toString(), at).persist();
        em.flush();
        Submission.seal(proposal, challenge.stages.get(0), profile, fields, List.of(), at, "demo")
                .persist();
        proposal.submitted(at);
        audit.record("proposal.submitted", "proposal", proposal.id, "stage 1 v1");
        return proposal;
    }

    private void declare(Challenge challenge, Proposal proposal, Member evaluator, String conflict, Instant at) {
        new ConflictDeclaration(challenge.id, 1, proposal.id, evaluator.id, conflict != null, conflict, at).persist();
        audit.record(
                conflict != null ? "evaluation.conflict_declared" : "evaluation.no_conflict_declared",
                "proposal",
                proposal.id,
                "stage 1 evaluator " + evaluator.id);
    }

    private void score(Challenge challenge, Proposal proposal, Member evaluator, Instant at, int ps, int tm, int ic) {
        declare(challenge, proposal, evaluator, null, at);
        Map<Criterion, EvaluationScore.Mark> marks = new EnumMap<>(Criterion.class);
        marks.put(Criterion.PROBLEM_SOLVING, new EvaluationScore.Mark(ps, WHY + "how well it makes routes safer."));
        marks.put(Criterion.TEAM_MOTIVATION, new EvaluationScore.Mark(tm, WHY + "the team's skills and commitment."));
        marks.put(Criterion.IMPLEMENTATION_COST, new EvaluationScore.Mark(ic, WHY + "the realism of the cost band."));
        EvaluationScore score = new EvaluationScore(challenge.id, 1, proposal.id, evaluator.id, at);
        score.saveDraft(marks, at);
        score.submit(at);
        score.persist();
        audit.record(
                "evaluation.score_submitted",
                "proposal",
                proposal.id,
                "stage 1 evaluator " + evaluator.id + ": " + ps + "/" + tm + "/" + ic);
    }

    private static ChallengeContent content(Instant from) {
        Instant d1 = from.plus(Duration.ofDays(30));
        Instant d2 = d1.plus(Duration.ofDays(30));
        Instant d3 = d2.plus(Duration.ofDays(21));
        return new ChallengeContent(
                CHALLENGE,
                "Parents drive children to school because the cycle routes feel unsafe, which makes them less safe.",
                "Twelve secondary schools along regional roads; the region maintains the cycle paths.",
                "More pupils cycling to school and fewer near-misses at school gates, measured over a school year.",
                "mobility",
                Money.eur("50000.00"),
                2,
                List.of("nl", "fr", "en"),
                List.of(
                        new Stage(1, StageKind.EXPRESSION_OF_INTEREST, from, d1, 3),
                        new Stage(2, StageKind.FULL_PROPOSAL, d1, d2, 2),
                        new Stage(3, StageKind.PITCH, d2, d3, null)),
                new Weights(50, 30, 20));
    }
}
