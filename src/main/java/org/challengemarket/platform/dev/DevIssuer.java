package org.challengemarket.platform.dev;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.challengemarket.apiclient.ApiClient;
import org.challengemarket.organisation.Member;
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

    /** A signed access token for {@code member}. Real time, not the service clock: tokens must verify. */
    public String tokenFor(Member member) {
        return Jwt.issuer(auth.issuer())
                .audience(auth.audience())
                .subject(member.id.toString())
                .preferredUserName(member.username)
                .claim("name", member.displayName)
                .claim("email", member.email)
                .claim(CurrentUser.ORG_CLAIM, member.organisation.id.toString())
                .claim("realm_access", Map.of("roles", member.roles))
                .expiresIn(LIFETIME)
                .sign();
    }

    /** A signed access token for an incubator's API client, shaped like a Keycloak service account's. */
    public String tokenFor(ApiClient client) {
        return Jwt.issuer(auth.issuer())
                .audience(auth.audience())
                .subject(client.id.toString())
                .preferredUserName("service-account-" + client.clientId)
                .claim("azp", client.clientId)
                .claim("client_id", client.clientId)
                .claim(CurrentUser.ORG_CLAIM, client.organisationId.toString())
                .claim("realm_access", Map.of("roles", List.of(Roles.INCUBATOR)))
                .expiresIn(LIFETIME)
                .sign();
    }
}
