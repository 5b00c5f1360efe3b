package org.challengemarket.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.challengemarket.clarification.ClarificationService;

/**
 * Questions on the bus-crowding challenge: one answered (published to everyone, without the asker)
 * and one still open, asked between the challenge's publication and the seeding.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test"})
class ClarificationSeeder implements DemoSeeder {

    @Inject
    ClarificationService clarifications;

    @Inject
    Clock clock;

    @Override
    public void seed(DemoSession demo) {
        UUID crowding = demo.challenge(ChallengeSeeder.CROWDING);
        // the challenge was published at the demo's hour: the questions come between then and now
        Instant published = demo.now();
        Duration since = Duration.between(published, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        UUID answered = demo.as(
                "anna.routewise",
                published.plus(since.dividedBy(4)),
                () -> clarifications
                        .ask(crowding, "Do the existing on-board counters export their data, and in which format?")
                        .id());
        demo.as(
                "officer.mobility",
                published.plus(since.dividedBy(2)),
                () -> clarifications.answer(
                        answered,
                        "Yes: every five minutes as CSV over the buses' mobile modem, to a server of the operator."));
        demo.as(
                "dirk.datawell",
                published.plus(since.multipliedBy(3).dividedBy(4)),
                () -> clarifications.ask(
                        crowding, "May the pilot show crowding on the operator's existing passenger app?"));
    }
}
