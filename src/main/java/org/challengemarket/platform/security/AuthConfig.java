package org.challengemarket.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where tokens come from and what every token must name. */
@ConfigMapping(prefix = "challengemarket.auth")
public interface AuthConfig {

    /** Who issues tokens: the embedded dev issuer, or Keycloak (the prod profile refuses embedded). */
    @WithDefault("embedded")
    AuthMode mode();

    /** The issuer every token must name ({@code iss}); in keycloak mode the realm's URL. */
    String issuer();

    /** The audience every token must name ({@code aud}). */
    @WithDefault("challenge-market-api")
    String audience();

    /** The Keycloak client the portal signs people in with (authorization code + PKCE). */
    @WithDefault("portal")
    String portalClientId();

    /** True when tokens come from Keycloak. */
    default boolean keycloak() {
        return mode() == AuthMode.KEYCLOAK;
    }

    /** An endpoint of the realm's OpenID Connect protocol, e.g. {@code token} or {@code auth}. */
    default String openIdEndpoint(String name) {
        String realm = issuer().endsWith("/") ? issuer().substring(0, issuer().length() - 1) : issuer();
        return realm + "/protocol/openid-connect/" + name;
    }
}
