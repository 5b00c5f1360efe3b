package org.challengemarket.platform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The security headers every page and API answer carries (framework pages under /q/ excepted). */
@ConfigMapping(prefix = "challengemarket.security-headers")
public interface SecurityHeadersConfig {

    /** Whether the headers are sent at all. */
    @WithDefault("true")
    boolean enabled();

    /**
     * The Content-Security-Policy: no inline scripts or styles, nothing framed. The sign-in
     * server's origin is added to {@code form-action} in keycloak mode, so signing out can leave
     * for it.
     */
    @WithDefault("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
    String contentSecurityPolicy();

    /** How long browsers keep to HTTPS (Strict-Transport-Security), sent only on HTTPS requests. */
    @WithDefault("31536000")
    long hstsMaxAgeSeconds();

    /** The Referrer-Policy. */
    @WithDefault("strict-origin-when-cross-origin")
    String referrerPolicy();
}
