package org.challengemarket.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what a client may send. */
@ConfigMapping(prefix = "challengemarket.http")
public interface HttpLimits {

    /**
     * Largest JSON request body accepted (413 above it); every body is also bounded by {@code
     * quarkus.http.limits.max-body-size}.
     */
    @WithDefault("1M")
    MemorySize maxJsonBody();
}
