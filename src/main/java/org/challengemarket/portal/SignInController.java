package org.challengemarket.portal;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.security.AuthConfig;
import org.challengemarket.portal.web.KeycloakLogin;
import org.challengemarket.portal.web.KeycloakLogin.Tokens;
import org.challengemarket.portal.web.SessionCookie;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * "Sign in": in keycloak mode the browser goes to Keycloak's login page (authorization code +
 * PKCE) and comes back to {@code /sign-in/callback} with a code, exchanged here for the tokens kept
 * in the session cookies. In embedded mode it leads to the dev sign-in page.
 */
@Path("/sign-in")
@PortalPage
@PermitAll
public class SignInController {

    /** Holds the state, the PKCE verifier and where to go next while the person is at Keycloak. */
    static final String PENDING = "cm_sign_in";

    private static final Duration PENDING_LIFETIME = Duration.ofMinutes(15);

    @Inject
    AuthConfig auth;

    @Inject
    PortalConfig config;

    @Inject
    KeycloakLogin login;

    @Inject
    SessionCookie session;

    @GET
    public Response signIn(@RestQuery String next, @Context UriInfo uri) {
        Optional<String> back = localPath(next);
        if (!auth.keycloak()) {
            String to = config.signInPath()
                    + back.map(path -> "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
                            .orElse("");
            return Response.seeOther(URI.create(to)).build();
        }
        String state = KeycloakLogin.randomToken();
        String verifier = KeycloakLogin.randomToken();
        String remembered = state + "." + verifier + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(back.orElse("/").getBytes(StandardCharsets.UTF_8));
        return Response.seeOther(login.authorizationUri(callback(uri), state, verifier))
                .cookie(pending(remembered, PENDING_LIFETIME, uri))
                .build();
    }

    @GET
    @Path("/callback")
    public Response callback(
            @RestQuery String code,
            @RestQuery String state,
            @RestQuery String error,
            @CookieParam(PENDING) String pending,
            @Context UriInfo uri) {
        if (!auth.keycloak()) {
            throw ProblemException.notFound("Sign-in callback");
        }
        String[] parts = pending == null ? new String[0] : pending.split("\\.");
        if (parts.length != 3 || state == null || !parts[0].equals(state)) {
            throw ProblemException.invalid("state", "does not match this browser's sign-in; please sign in again");
        }
        NewCookie forget = pending("", Duration.ZERO, uri);
        if (error != null || code == null) {
            return Response.seeOther(URI.create("/")).cookie(forget).build();
        }
        Tokens tokens = login.exchange(code, callback(uri), parts[1]);
        String next = localPath(new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8))
                .orElse("/");
        NewCookie[] cookies = session.holdingSession(
                        tokens.accessToken(),
                        tokens.refreshToken(),
                        tokens.idToken(),
                        tokens.session(),
                        SessionCookie.secure(uri))
                .toArray(NewCookie[]::new);
        return Response.seeOther(URI.create(next))
                .cookie(cookies)
                .cookie(forget)
                .build();
    }

    /** Only a path of this site is a place to return to, never another site. */
    static Optional<String> localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    private static String callback(UriInfo uri) {
        return uri.getBaseUriBuilder().path("sign-in/callback").build().toString();
    }

    private static NewCookie pending(String value, Duration lifetime, UriInfo uri) {
        return new NewCookie.Builder(PENDING)
                .value(value)
                .path("/sign-in")
                .httpOnly(true)
                .secure(SessionCookie.secure(uri))
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge((int) lifetime.toSeconds())
                .build();
    }
}
