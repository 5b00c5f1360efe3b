package org.challengemarket.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.proposal.Proposal;
import org.challengemarket.proposal.ProposalService;
import org.challengemarket.proposal.ShortlistDecision;

/**
 * Proposals in every early state: CivicForms NV has a draft, a submitted and a shortlisted one (sign
 * in as chloe.civicforms); Routewise BV has submitted to the bus-crowding challenge. The civil
 * registry queue's stage 1 is decided: CivicForms goes on, Datawell stops.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test"})
class ProposalSeeder implements DemoSeeder {

    @Inject
    DemoSteps steps;

    @Inject
    ProposalService proposals;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Override
    public void seed(DemoSession demo) {
        Instant now = demo.now();
        UUID crowding = demo.challenge(ChallengeSeeder.CROWDING);
        UUID draft =
                demo.as("chloe.civicforms", now, () -> proposals.start(crowding).id());
        steps.saveDraft(
                demo,
                "chloe.civicforms",
                draft,
                1,
                json.createObjectNode().put("solutionIdea", "Occupancy shown on stop displays and in the app."),
                now);
        UUID flood = demo.challenge(ChallengeSeeder.FLOOD);
        steps.propose(demo, "chloe.civicforms", flood, "Pupils' phones get a warning from river sensors.", now, now);
        steps.propose(demo, "anna.routewise", crowding, "Counting passengers from ticket validations.", now, now);
        queue(demo);
    }

    /**
     * The queue's first stage closed ten days ago with two proposals. The City of Ghent names no
     * evaluator of its own, so its decision was taken without a panel's ranking, as decisions were
     * before rankings existed: written here with the proposals' verbs, not the shortlist service.
     */
    private void queue(DemoSession demo) {
        UUID queue = demo.challenge(ChallengeSeeder.QUEUE);
        Instant entered = demo.daysAgo(30);
        UUID chosen =
                steps.propose(demo, "chloe.civicforms", queue, "Text message when it is your turn.", entered, entered);
        UUID other = steps.propose(demo, "dirk.datawell", queue, "Cameras counting the queue.", entered, entered);
        Instant now = demo.now();
        steps.beginEvaluation(demo, "officer.ghent", queue, now);
        demo.as("officer.ghent", now, () -> {
            Proposal.<Proposal>findById(chosen).shortlist(now);
            Proposal.<Proposal>findById(other).notShortlisted(now);
            String reason = "The text-message idea needs no new hardware at the counters.";
            new ShortlistDecision(
                            queue, 1, reason, now, demo.member("officer.ghent").toString())
                    .persist();
            audit.record("challenge.shortlisted", "challenge", queue, "stage 1: 1 go on, 1 stop");
        });
    }
}
