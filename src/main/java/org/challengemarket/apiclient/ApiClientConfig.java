package org.challengemarket.apiclient;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of incubators' API clients. */
@ConfigMapping(prefix = "challengemarket.api-clients")
public interface ApiClientConfig {

    /** How many API clients one organisation may hold at a time. */
    @WithDefault("10")
    int maxPerOrganisation();
}
