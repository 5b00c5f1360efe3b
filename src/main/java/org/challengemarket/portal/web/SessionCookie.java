package org.challengemarket.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cookie that keeps a signed-in person's access token: HttpOnly so no script reads it,
 * SameSite=Lax so other sites' forms do not carry it. SmallRye JWT reads the same cookie.
 */
@ApplicationScoped
public class SessionCookie {

    @ConfigProperty(name = "mp.jwt.token.cookie")
    String name;

    /** Holds {@code token} for as long as the token lives. */
    public NewCookie holding(String token, Duration lifetime, boolean secure) {
        return builder(token, secure).maxAge((int) lifetime.toSeconds()).build();
    }

    /** Tells the browser to forget the token. */
    public NewCookie cleared(boolean secure) {
        return builder("", secure).maxAge(0).build();
    }

    private NewCookie.Builder builder(String value, boolean secure) {
        return new NewCookie.Builder(name)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.LAX);
    }
}
