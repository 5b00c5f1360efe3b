package org.challengemarket.platform.dev;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.platform.security.AuthConfig;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;

/**
 * The embedded mode's token issuer: signs tokens for the demo users with the key pair made at
 * first start, shaped like Keycloak's (roles in {@code realm_access.roles}, {@code org_id}).
 * Not part of a production build.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test"})
public class DevIssuer {

    /** How long an embedded token lives. */
    public static final Duration LIFETIME = Duration.ofHours(1);

    @Inject
    AuthConfig auth;

    @Inject
    Clock clock;

    /**
     * A signed access token for a person ({@code subject}: their member id) acting for {@code
     * organisation}. Real time, not the service clock: tokens must verify.
     */
    public String personToken(
            UUID subject, String username, String name, String email, UUID organisation, Collection<String> roles) {
        return Jwt.issuer(auth.issuer())
                .audience(auth.audience())
                .subject(subject.toString())
                .preferredUserName(username)
                .claim("name", name)
                .claim("email", email)
                .claim(CurrentUser.ORG_CLAIM, organisation.toString())
                .claim("realm_access", Map.of("roles", List.copyOf(roles)))
                .expiresIn(LIFETIME)
                .sign();
    }

    /** A signed access token for an incubator's API client, shaped like a Keycloak service account's. */
    public String clientToken(UUID subject, String clientId, UUID organisation) {
        return Jwt.issuer(auth.issuer())
                .audience(auth.audience())
                .subject(subject.toString())
                .preferredUserName("service-account-" + clientId)
                .claim("azp", clientId)
                .claim("client_id", clientId)
                .claim(CurrentUser.ORG_CLAIM, organisation.toString())
                .claim("realm_access", Map.of("roles", List.of(Roles.INCUBATOR)))
                .expiresIn(LIFETIME)
                .sign();
    }
}
