package org.challengemarket.portal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.security.AuthConfig;
import org.jboss.logging.Logger;

/**
 * The portal's side of Keycloak's login (OAuth 2.0 authorization code with PKCE, RFC 7636): where
 * to send the browser, exchanging the code for tokens, renewing them, and where to sign out. The
 * portal is a public client: PKCE, not a secret, ties the code to the browser that asked for it.
 */
@ApplicationScoped
public class KeycloakLogin {

    private static final Logger LOG = Logger.getLogger(KeycloakLogin.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** Tokens of a sign-in; {@code session} is how long the refresh token (or else the access token) lives. */
    public record Tokens(String accessToken, String refreshToken, String idToken, Duration session) {}

    @Inject
    AuthConfig auth;

    @Inject
    ObjectMapper json;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** A fresh random value for {@code state} and the PKCE code verifier. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Where the browser signs in: Keycloak's authorization endpoint with the S256 code challenge. */
    public URI authorizationUri(String redirectUri, String state, String codeVerifier) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", auth.portalClientId());
        query.put("response_type", "code");
        query.put("scope", "openid");
        query.put("redirect_uri", redirectUri);
        query.put("state", state);
        query.put("code_challenge", challenge(codeVerifier));
        query.put("code_challenge_method", "S256");
        return URI.create(auth.openIdEndpoint("auth") + "?" + form(query));
    }

    /** Exchanges the code Keycloak sent back for tokens; 502 when Keycloak refuses, 503 when it is away. */
    public Tokens exchange(String code, String redirectUri, String codeVerifier) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("client_id", auth.portalClientId());
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("code_verifier", codeVerifier);
        return tokens(body)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.BAD_GATEWAY, "The identity provider refused the sign-in; please sign in again"));
    }

    /** New tokens for a refresh token, or nothing when Keycloak no longer accepts it. */
    public Optional<Tokens> refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "refresh_token");
        body.put("client_id", auth.portalClientId());
        body.put("refresh_token", refreshToken);
        try {
            return tokens(body);
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }

    /** Where the browser signs out at Keycloak, coming back to {@code returnTo}. */
    public URI logoutUri(String idToken, String returnTo) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", auth.portalClientId());
        query.put("post_logout_redirect_uri", returnTo);
        if (idToken != null && !idToken.isBlank()) {
            query.put("id_token_hint", idToken);
        }
        return URI.create(auth.openIdEndpoint("logout") + "?" + form(query));
    }

    private Optional<Tokens> tokens(Map<String, String> body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(auth.openIdEndpoint("token")))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warnf(e, "Keycloak's token endpoint cannot be reached");
            throw new ProblemException(
                    ProblemType.UNAVAILABLE, "The identity provider cannot be reached; try again later");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(ProblemType.UNAVAILABLE, "The sign-in was interrupted; try again");
        }
        if (response.statusCode() != 200) {
            LOG.infof(
                    "Keycloak refused a %s grant: HTTP %d %s",
                    body.get("grant_type"), response.statusCode(), response.body());
            return Optional.empty();
        }
        try {
            JsonNode tokens = json.readTree(response.body());
            long refreshLifetime = tokens.path("refresh_expires_in").asLong(0);
            long accessLifetime = tokens.path("expires_in").asLong(0);
            return Optional.of(new Tokens(
                    tokens.path("access_token").asText(),
                    tokens.hasNonNull("refresh_token")
                            ? tokens.get("refresh_token").asText()
                            : null,
                    tokens.hasNonNull("id_token") ? tokens.get("id_token").asText() : null,
                    Duration.ofSeconds(refreshLifetime > 0 ? refreshLifetime : accessLifetime)));
        } catch (IOException e) {
            throw new ProblemException(ProblemType.BAD_GATEWAY, "The identity provider answered something unreadable");
        }
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
