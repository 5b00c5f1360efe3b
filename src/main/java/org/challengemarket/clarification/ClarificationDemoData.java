package org.challengemarket.clarification;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.dev.DemoData;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds demo questions once, after {@link DemoData}: on the published bus-crowding challenge, one
 * answered question and one still open, so {@code make run} shows clarifications at once. Not part
 * of a production build.
 */
@Singleton
@IfBuildProfile(anyOf = {"dev", "test"})
public class ClarificationDemoData {

    static final String CHALLENGE = "Real-time crowding information for regional buses";

    @ConfigProperty(name = "challengemarket.demo-data.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    // runs after the demo organisations and challenges exist
    void onStart(@Observes @Priority(3000) StartupEvent event) {
        if (enabled) {
            seed();
        }
    }

    @ActivateRequestContext
    @Transactional
    void seed() {
        Optional<Challenge> crowding = Challenge.find("title", CHALLENGE).firstResultOptional();
        if (crowding.isEmpty() || Question.count("challengeId", crowding.get().id) > 0) {
            return;
        }
        Challenge challenge = crowding.get();
        // between the publication and now, so that nothing happens before the challenge existed
        Instant published = challenge.publishedAt;
        Duration since = Duration.between(published, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        company("Routewise BV").ifPresent(routewise -> {
            Question question = Question.ask(
                    challenge.id,
                    routewise.id,
                    1,
                    "Do the existing on-board counters export their data, and in which format?",
                    published.plus(since.dividedBy(4)));
            question.answer(
                    "Yes: every five minutes as CSV over the buses' mobile modem, to a server of the operator.",
                    1,
                    published.plus(since.dividedBy(2)));
            question.persist();
            audit.record("question.asked", "question", question.id, "demo data");
            audit.record("question.answered", "question", question.id, "demo data");
        });
        company("Datawell SRL").ifPresent(datawell -> {
            Question question = Question.ask(
                    challenge.id,
                    datawell.id,
                    1,
                    "May the pilot show crowding on the operator's existing passenger app?",
                    published.plus(since.multipliedBy(3).dividedBy(4)));
            question.persist();
            audit.record("question.asked", "question", question.id, "demo data");
        });
    }

    private static Optional<Organisation> company(String name) {
        return Organisation.findByName(name);
    }
}
