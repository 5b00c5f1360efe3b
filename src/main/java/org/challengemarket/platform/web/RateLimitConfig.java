package org.challengemarket.platform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The request rate each client of the public and incubator endpoints may use. */
@ConfigMapping(prefix = "challengemarket.rate-limit")
public interface RateLimitConfig {

    /** Whether requests beyond the rate are refused with 429. */
    @WithDefault("true")
    boolean enabled();

    /** Requests per minute per client (a signed-in client by its subject, a visitor by address); also the burst. */
    @WithDefault("600")
    int requestsPerMinute();
}
