package org.challengemarket.webhook;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Beans of the integration feature that are not classes of their own. */
public class WebhookBeans {

    /** The system resolver; a seam for tests of address checks. */
    @Produces
    @Singleton
    HostResolver hostResolver() {
        return HostResolver.SYSTEM;
    }
}
