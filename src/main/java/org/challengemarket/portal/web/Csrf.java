package org.challengemarket.portal.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * The CSRF token of a portal request (double-submit cookie): a random value kept in an HttpOnly
 * cookie and repeated in a hidden field of every form; a form post counts only when both agree.
 * Templates read it as {@code {inject:csrf.token}} and {@code {inject:csrf.parameterName}}.
 */
@Named("csrf")
@RequestScoped
public class Csrf {

    /** The form field that carries the token. */
    public static final String PARAMETER = "csrf-token";

    /** The cookie that carries the token. */
    public static final String COOKIE = "cm_csrf";

    private static final int TOKEN_BYTES = 32;
    private static final Duration COOKIE_LIFETIME = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RoutingContext routing;

    private String token;

    /** The request's token; a new one (and its cookie) when the browser sent none. */
    public String getToken() {
        if (token == null) {
            token = cookieToken();
        }
        if (token == null) {
            byte[] bytes = new byte[TOKEN_BYTES];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            routing.response()
                    .addCookie(Cookie.cookie(COOKIE, token)
                            .setPath("/")
                            .setHttpOnly(true)
                            .setSecure(routing.request().isSSL())
                            .setSameSite(CookieSameSite.LAX)
                            .setMaxAge(COOKIE_LIFETIME.toSeconds()));
        }
        return token;
    }

    public String getParameterName() {
        return PARAMETER;
    }

    /** True when {@code submitted} is the token of the browser's cookie. */
    public boolean matches(String submitted) {
        String expected = cookieToken();
        return expected != null
                && submitted != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII),
                        submitted.strip().getBytes(StandardCharsets.US_ASCII));
    }

    private String cookieToken() {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie == null || !wellFormed(cookie.getValue())) {
            return null;
        }
        return cookie.getValue();
    }

    private static boolean wellFormed(String value) {
        try {
            return value != null && Base64.getUrlDecoder().decode(value).length == TOKEN_BYTES;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
