package org.challengemarket.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the server-rendered portal. */
@ConfigMapping(prefix = "challengemarket.portal")
public interface PortalConfig {

    /** Where a person signs in: the dev sign-in page in embedded mode. */
    @WithDefault("/dev/sign-in")
    String signInPath();

    /** How many challenges a list page shows. */
    @WithDefault("20")
    int pageSize();
}
