package org.challengemarket.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cookies that keep a signed-in person's session: the access token (SmallRye JWT reads the same
 * cookie) and, in keycloak mode, the refresh token and the ID token (to sign out at Keycloak). All
 * are HttpOnly so no script reads them, SameSite=Lax so other sites' forms do not carry them, and
 * Secure everywhere but on this machine.
 */
@ApplicationScoped
public class SessionCookie {

    /** Keycloak's refresh token, to renew an expired access token without a new sign-in. */
    public static final String REFRESH = "cm_refresh";

    /** Keycloak's ID token, the hint that lets Keycloak sign the person out without asking. */
    public static final String ID_TOKEN = "cm_id";

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    @ConfigProperty(name = "mp.jwt.token.cookie")
    String name;

    /** Holds {@code token} for as long as the token lives. */
    public NewCookie holding(String token, Duration lifetime, boolean secure) {
        return cookie(name, token, secure).maxAge((int) lifetime.toSeconds()).build();
    }

    /** Keycloak's tokens, kept as long as the refresh token lives (an expired access token is renewed). */
    public List<NewCookie> holdingSession(
            String accessToken, String refreshToken, String idToken, Duration session, boolean secure) {
        int maxAge = (int) session.toSeconds();
        return List.of(
                cookie(name, accessToken, secure).maxAge(maxAge).build(),
                cookie(REFRESH, refreshToken == null ? "" : refreshToken, secure)
                        .maxAge(refreshToken == null ? 0 : maxAge)
                        .build(),
                cookie(ID_TOKEN, idToken == null ? "" : idToken, secure)
                        .maxAge(idToken == null ? 0 : maxAge)
                        .build());
    }

    /** Tells the browser to forget the token. */
    public NewCookie cleared(boolean secure) {
        return cookie(name, "", secure).maxAge(0).build();
    }

    /** Tells the browser to forget every cookie of the session. */
    public NewCookie[] clearedSession(boolean secure) {
        return new NewCookie[] {
            cleared(secure),
            cookie(REFRESH, "", secure).maxAge(0).build(),
            cookie(ID_TOKEN, "", secure).maxAge(0).build()
        };
    }

    /** Secure unless the page is served to this machine (localhost over plain HTTP during development). */
    public static boolean secure(UriInfo uri) {
        String host = uri.getRequestUri().getHost();
        return "https".equalsIgnoreCase(uri.getRequestUri().getScheme()) || host == null || !LOOPBACK.contains(host);
    }

    private static NewCookie.Builder cookie(String name, String value, boolean secure) {
        return new NewCookie.Builder(name)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.LAX);
    }
}
