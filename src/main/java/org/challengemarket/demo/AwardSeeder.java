package org.challengemarket.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.challengemarket.contract.AwardService;
import org.challengemarket.contract.dto.ContractDtos.AwardItem;
import org.challengemarket.contract.dto.ContractDtos.AwardRequest;
import org.challengemarket.evaluation.ShortlistService;
import org.challengemarket.platform.money.MoneyDto;
import org.challengemarket.proposal.dto.ProposalDtos.ShortlistRequest;

/**
 * An awarded challenge, the whole way: the Mobility agency published it eight months ago, Routewise
 * BV went through its three stages, the panel (Victor Evaluator, chair, and Eva Expert) scored each
 * one, the agency shortlisted on the rankings and awarded Routewise a pilot contract of 24,000 EUR
 * five months ago. Its contract, milestones and invoices are {@link ContractSeeder}'s.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test"})
class AwardSeeder implements DemoSeeder {

    static final String CHALLENGE = "Accessible bus stops: audit and repair planning";
    static final String OFFICER = "officer.mobility";
    static final String COMPANY = "anna.routewise";

    /** When the award was made, in days before the seeding. */
    static final int AWARDED_DAYS_AGO = 150;

    private static final String CHAIR = "evaluator.mobility";
    private static final String EXPERT = "eva.expert";

    @Inject
    DemoSteps steps;

    @Inject
    ShortlistService shortlists;

    @Inject
    AwardService awards;

    @Inject
    ObjectMapper json;

    @Override
    public void seed(DemoSession demo) {
        Instant published = demo.daysAgo(240);
        DemoChallenge busStops = DemoChallenge.of(
                        CHALLENGE,
                        "Wheelchair users cannot board at a third of the regional bus stops; nobody knows which ones.",
                        "mobility")
                .about(
                        "About 1,200 stops on regional roads, owned by three authorities.",
                        "A complete audit of 120 stops and a costed repair plan the authorities agree on.")
                .budget("30000.00", 1);
        UUID challenge = steps.publish(demo, OFFICER, busStops, published);
        for (int stage = 1; stage <= 3; stage++) {
            steps.panel(demo, OFFICER, challenge, stage, published, CHAIR, EXPERT);
        }
        UUID proposal = steps.propose(
                demo,
                COMPANY,
                challenge,
                "Volunteers in wheelchairs audit each stop with a checklist app.",
                published.plus(Duration.ofDays(5)),
                published.plus(Duration.ofDays(20)));
        evaluate(demo, challenge, proposal, 1, published);
        shortlist(demo, challenge, proposal, 1, published);
        submit(demo, proposal, 2, published);
        evaluate(demo, challenge, proposal, 2, published);
        shortlist(demo, challenge, proposal, 2, published);
        submit(demo, proposal, 3, published);
        evaluate(demo, challenge, proposal, 3, published);
        AwardItem pilot = new AwardItem(proposal, new MoneyDto(new BigDecimal("24000.00"), "EUR"));
        demo.as(
                OFFICER,
                demo.daysAgo(AWARDED_DAYS_AGO),
                () -> awards.award(challenge, new AwardRequest(List.of(pilot), null)));
    }

    /** Routewise submits a later stage three days before its deadline. */
    private void submit(DemoSession demo, UUID proposal, int stage, Instant published) {
        Instant deadline = DemoChallenge.deadline(published, stage);
        steps.submit(demo, COMPANY, proposal, stage, fields(stage, deadline), deadline.minus(Duration.ofDays(3)));
    }

    /** Both evaluators score the stage the day after its deadline. */
    private void evaluate(DemoSession demo, UUID challenge, UUID proposal, int stage, Instant published) {
        Instant scored = DemoChallenge.deadline(published, stage).plus(Duration.ofDays(1));
        for (String evaluator : List.of(CHAIR, EXPERT)) {
            steps.score(
                    demo,
                    evaluator,
                    challenge,
                    stage,
                    proposal,
                    DemoSteps.marks(8, 7, 7, "how well it finds the stops to repair first."),
                    scored);
        }
    }

    /** The agency shortlists on the complete ranking two days after the deadline. */
    private void shortlist(DemoSession demo, UUID challenge, UUID proposal, int stage, Instant published) {
        ShortlistRequest decision =
                new ShortlistRequest(List.of(proposal), "The only proposal, and it scores well on every criterion.");
        demo.as(
                OFFICER,
                DemoChallenge.deadline(published, stage).plus(Duration.ofDays(2)),
                () -> shortlists.decide(challenge, stage, decision));
    }

    /** What Routewise sends in the full proposal (stage 2) and the pitch (stage 3). */
    private ObjectNode fields(int stage, Instant deadline) {
        ObjectNode fields = json.createObjectNode();
        if (stage == 2) {
            fields.put("approach", "Each stop is audited against the regional accessibility checklist, with photos.")
                    .put("workPlan", "Audit 120 stops in two months, rank the repairs, hand over a planning tool.")
                    .put("teamMotivation", "Two of us use a wheelchair and take these buses every day.");
            fields.putObject("costEstimate")
                    .put("amount", new BigDecimal("24000.00"))
                    .put("currency", "EUR");
        } else {
            fields.put("preferredSlot", deadline.plus(Duration.ofDays(4)).toString())
                    .put("demoNotes", "We bring the checklist app and the audit of ten stops.");
            fields.putObject("finalPrice")
                    .put("amount", new BigDecimal("24000.00"))
                    .put("currency", "EUR");
        }
        return fields;
    }
}
