package org.challengemarket.platform.security;

/** Who issues the tokens the service accepts. */
public enum AuthMode {
    /** The service's own dev issuer, for {@code make run} and most tests; refused by the prod profile. */
    EMBEDDED,
    /** A Keycloak realm: its keys, issuer and audience; people sign in on its login page. */
    KEYCLOAK
}
