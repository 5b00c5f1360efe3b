package org.challengemarket.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.challengemarket.ocds.OcdsReleaseStore;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.platform.clock.ServiceClock;
import org.jboss.logging.Logger;

/**
 * Seeds the demo data of embedded mode exactly once, so that {@code make run} shows the platform at
 * once: every {@link DemoSeeder} in the order listed here, in one transaction that holds a PostgreSQL advisory
 * lock, so a restart or a second instance on the same database finds it seeded and does nothing.
 * Not part of a production build.
 */
@Singleton
@IfBuildProfile(anyOf = {"dev", "test"})
public class DemoRunner {

    private static final Logger LOG = Logger.getLogger(DemoRunner.class);
    private static final long SEED_LOCK = 0x44454d4fL; // "DEMO"

    @Inject
    DemoConfig config;

    @Inject
    OrganisationSeeder organisations;

    @Inject
    ChallengeSeeder challenges;

    @Inject
    ProposalSeeder proposals;

    @Inject
    ClarificationSeeder clarifications;

    @Inject
    EvaluationSeeder evaluations;

    @Inject
    AwardSeeder awards;

    @Inject
    ContractSeeder contracts;

    @Inject
    IncubatorSeeder incubator;

    @Inject
    EntityManager em;

    @Inject
    ServiceClock clock;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    OcdsReleaseStore ocds;

    // after the other start-up observers (caches, this instance's name), which the services may use
    void onStart(@Observes @Priority(5000) StartupEvent event) {
        if (config.enabled()) {
            seedOnce();
        }
    }

    @ActivateRequestContext
    @Transactional
    void seedOnce() {
        em.createNativeQuery("select pg_advisory_xact_lock(" + SEED_LOCK + ")").getSingleResult();
        if (Organisation.findByName(OrganisationSeeder.LAB).isEmpty()) {
            DemoSession demo = new DemoSession(identities, clock);
            inOrder().forEach(seeder -> seeder.seed(demo));
            LOG.info("Seeded the demo data: see GET /dev/users");
        }
        // a database seeded before open data was published gets the tender releases it lacks
        ocds.publishMissing();
    }

    /** The seeders in the order they run: each finds what the ones before it made. */
    private List<DemoSeeder> inOrder() {
        return List.of(organisations, challenges, proposals, clarifications, evaluations, awards, contracts, incubator);
    }
}
