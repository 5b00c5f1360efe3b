package org.challengemarket.platform.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import org.challengemarket.platform.security.AuthConfig;

/**
 * Adds the security headers to every answer, errors included, at the moment the headers are
 * written: a Content-Security-Policy without inline scripts, no framing, no MIME sniffing, a
 * Referrer-Policy, and HSTS when the request came over HTTPS (directly or, behind a trusted
 * proxy, as its forwarded scheme). Framework pages under {@code /q/} (health, metrics, Swagger
 * UI in development) keep their own.
 */
@Singleton
public class SecurityHeaders {

    /** Ahead of every other route, so that even early refusals carry the headers. */
    static final int ORDER = -10;

    @Inject
    SecurityHeadersConfig config;

    @Inject
    AuthConfig auth;

    private String contentSecurityPolicy;

    void install(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        contentSecurityPolicy = policy(config.contentSecurityPolicy(), auth.keycloak(), auth.issuer());
        router.route().order(ORDER).handler(this::onRequest);
    }

    void onRequest(RoutingContext context) {
        if (!context.normalizedPath().startsWith("/q/")) {
            boolean https = "https".equalsIgnoreCase(context.request().scheme());
            context.addHeadersEndHandler(ignored -> write(context.response().headers(), https));
        }
        context.next();
    }

    private void write(MultiMap headers, boolean https) {
        headers.set("Content-Security-Policy", contentSecurityPolicy);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", config.referrerPolicy());
        if (https) {
            headers.set("Strict-Transport-Security", "max-age=" + config.hstsMaxAgeSeconds() + "; includeSubDomains");
        }
    }

    /** The configured policy, with the sign-in server's origin allowed as a form target in keycloak mode. */
    static String policy(String configured, boolean keycloak, String issuer) {
        if (!keycloak || issuer == null || issuer.isBlank()) {
            return configured;
        }
        URI uri = URI.create(issuer.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            return configured;
        }
        String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        return configured.replace("form-action 'self'", "form-action 'self' " + origin);
    }
}
