package org.challengemarket.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeService;
import org.challengemarket.challenge.dto.ChallengeDtos.AmendmentRequest;

/**
 * Challenges across the lifecycle: a draft for each agency, an open challenge with an amendment,
 * another open one, one cancelled, and one whose first stage closed ten days ago (its proposals and
 * shortlist are {@link ProposalSeeder}'s). Each is drafted and published by its agency's officer.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test"})
class ChallengeSeeder implements DemoSeeder {

    static final String CROWDING = "Real-time crowding information for regional buses";
    static final String QUEUE = "Digital queue for the civil registry office";
    static final String FLOOD = "Early flood warnings for riverside schools";

    @Inject
    DemoSteps steps;

    @Inject
    ChallengeService challenges;

    @Override
    public void seed(DemoSession demo) {
        Instant now = demo.now();
        steps.draft(
                demo,
                "officer.mobility",
                DemoChallenge.of(
                        "Step-free last mile to train stations",
                        "People in wheelchairs or with prams cannot reach many small stations without help.",
                        "mobility"),
                now);
        steps.draft(
                demo,
                "officer.ghent",
                DemoChallenge.of(
                        "Fewer missed waste collections in narrow streets",
                        "Collection trucks cannot enter some medieval streets, so bins are missed every week.",
                        "waste"),
                now);
        steps.draft(
                demo,
                "officer.energy",
                DemoChallenge.of(
                        "Stop heat loss in listed public buildings",
                        "Heritage rules forbid the usual insulation, and heating bills of listed buildings keep rising.",
                        "energy"),
                now);

        UUID crowding = steps.publish(
                demo,
                "officer.mobility",
                DemoChallenge.of(
                        CROWDING,
                        "Travellers cannot tell how full the next bus is, so some buses overflow while others run empty.",
                        "mobility"),
                now);
        demo.as(
                "officer.mobility",
                now,
                () -> challenges.amend(
                        crowding,
                        null,
                        new AmendmentRequest(
                                "Clarified which bus lines are in scope of the pilot.",
                                false,
                                null,
                                null,
                                "Lines 1 to 12 of the regional network, about 40 buses, with existing on-board counters.",
                                null,
                                null,
                                null)));

        steps.publish(
                demo,
                "officer.ghent",
                DemoChallenge.of(
                        QUEUE,
                        "Citizens wait up to two hours for a passport or an identity card, often in the rain.",
                        "digital-services"),
                demo.daysAgo(40));

        UUID meters = steps.publish(
                demo,
                "officer.energy",
                DemoChallenge.of(
                        "Smart meters in social housing",
                        "Tenants of social housing see their energy bill once a year, too late to change habits.",
                        "energy"),
                now);
        demo.as(
                "officer.energy",
                now,
                () -> challenges.cancel(
                        meters, null, "The regional grid operator will roll out smart meters itself in 2027."));

        steps.publish(
                demo,
                "officer.energy",
                DemoChallenge.of(
                        FLOOD,
                        "Schools along the Meuse hear of floods from the news, when it is too late to send children home.",
                        "climate"),
                now);
    }
}
