package org.challengemarket.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Real RS256 tokens signed with the test key, shaped like the embedded issuer's and Keycloak's. */
public final class Tokens {

    private Tokens() {}

    public static String issuer() {
        return ConfigProvider.getConfig().getValue("challengemarket.auth.issuer", String.class);
    }

    public static String audience() {
        return ConfigProvider.getConfig().getValue("challengemarket.auth.audience", String.class);
    }

    /** Claims of a valid token for a person of {@code organisation} holding {@code roles}. */
    public static JwtClaimsBuilder claims(UUID organisation, String... roles) {
        String subject = UUID.randomUUID().toString();
        JwtClaimsBuilder claims = Jwt.issuer(issuer())
                .audience(audience())
                .subject(subject)
                .preferredUserName("user-" + subject.substring(0, 8))
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(Duration.ofMinutes(30));
        if (organisation != null) {
            claims.claim("org_id", organisation.toString());
        }
        return claims;
    }

    public static String token(UUID organisation, String... roles) {
        return claims(organisation, roles).sign();
    }

    /** A platform admin of no particular organisation. */
    public static String admin() {
        return token(UUID.randomUUID(), "platform_admin");
    }
}
