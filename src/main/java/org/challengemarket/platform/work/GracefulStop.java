package org.challengemarket.platform.work;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * When the instance is stopped (SIGTERM, a rolling update, a scale-down), its scheduled work stops
 * taking new items, the items in flight finish, and whatever it still holds is given back, so the
 * other instances take it over at once rather than when the leases run out. A process that is
 * killed outright gives nothing back; its leases expire and the others take over then.
 */
@Singleton
public class GracefulStop {

    private static final Logger LOG = Logger.getLogger(GracefulStop.class);

    @Inject
    WorkerInstance instance;

    @Inject
    WorkConfig config;

    @Inject
    @Any
    Instance<ClaimHolder> holders;

    void stop(@Observes ShutdownEvent event) {
        instance.stopTakingWork();
        if (!instance.awaitIdle(config.drainTimeout())) {
            LOG.warnf("work still running after %s; giving its claims back anyway", config.drainTimeout());
        }
        int released = 0;
        for (ClaimHolder holder : holders) {
            try {
                released += holder.releaseClaims(instance.id());
            } catch (RuntimeException e) {
                LOG.warn("claims could not be given back; their leases will expire", e);
            }
        }
        LOG.infof("instance %s stopped its work and gave back %d claims", instance.id(), released);
    }
}
