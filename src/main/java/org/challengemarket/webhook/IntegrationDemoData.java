package org.challengemarket.webhook;

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.ocds.OcdsReleaseStore;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.dev.DemoData;
import org.challengemarket.referral.Referral;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the integration demo once, after {@link DemoData} and the demo questions: the incubator
 * Start it Hub with a webhook subscription (to a local receiver, mobility challenges) and three
 * referrals, and the OCDS releases of the demo challenges. Not part of a production build.
 */
@Singleton
@IfBuildProfile(anyOf = {"dev", "test"})
public class IntegrationDemoData {

    static final String INCUBATOR = "Start it Hub";

    /** Where the demo subscription delivers: start any receiver there to watch events arrive. */
    static final String DEMO_URL = "http://127.0.0.1:8089/challenge-market-hook";

    @ConfigProperty(name = "challengemarket.demo-data.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    OcdsReleaseStore ocds;

    // runs after the demo organisations, challenges (DemoData) and questions (priority 3000)
    void onStart(@Observes @Priority(4000) StartupEvent event) {
        if (enabled) {
            seed();
            ocds.publishMissing();
        }
    }

    @ActivateRequestContext
    @Transactional
    void seed() {
        Optional<Organisation> hub = Organisation.findByName(INCUBATOR);
        if (hub.isEmpty() || WebhookSubscription.count("organisationId", hub.get().id) > 0) {
            return;
        }
        UUID incubator = hub.get().id;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        WebhookSubscription subscription = WebhookSubscription.subscribe(
                incubator,
                DEMO_URL,
                List.of(WebhookEventType.values()),
                "mobility",
                "Mobility challenges for our startups' channel",
                now);
        subscription.persist();
        audit.record("webhook.subscribed", "webhook_subscription", subscription.id, "demo data");

        List<Challenge> open = Challenge.list("status = ?1 order by publishedAt", ChallengeStatus.PUBLISHED);
        if (open.isEmpty()) {
            return;
        }
        Challenge first = open.get(0);
        company("Datawell SRL").ifPresent(datawell -> refer(incubator, first.id, datawell.id, null, now));
        refer(incubator, first.id, null, "founder@newstartup.example", now);
        // a referral that converted: a challenge the company has submitted to
        company("CivicForms NV")
                .ifPresent(civic ->
                        submittedTo(civic.id).ifPresent(challenge -> refer(incubator, challenge, civic.id, null, now)));
    }

    private void refer(UUID incubator, UUID challenge, UUID company, String email, Instant now) {
        Referral referral = Referral.of(
                incubator, challenge, company, email, "Referred by Start it Hub's programme team", "demo", now);
        referral.persist();
        audit.record("referral.made", "referral", referral.id, "demo data");
    }

    private Optional<UUID> submittedTo(UUID company) {
        return em.createNativeQuery(
                        "select p.challenge_id from proposal p where p.company_id = ?1 and exists"
                                + " (select 1 from submission s where s.proposal_id = p.id) order by p.created_at",
                        UUID.class)
                .setParameter(1, company)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(UUID.class::cast);
    }

    private static Optional<Organisation> company(String name) {
        return Organisation.findByName(name);
    }
}
