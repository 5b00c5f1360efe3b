package org.challengemarket.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the demo data that embedded mode seeds. */
@ConfigMapping(prefix = "challengemarket.demo-data")
public interface DemoConfig {

    /** Whether embedded mode seeds the demo data at its first start (never in a production build). */
    @WithDefault("true")
    boolean enabled();
}
