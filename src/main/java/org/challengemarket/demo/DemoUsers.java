package org.challengemarket.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.challengemarket.organisation.Member;
import org.challengemarket.organisation.dto.OrganisationDtos.OrganisationRef;
import org.challengemarket.platform.dev.DevIssuer;

/**
 * The demo users of embedded mode and signing in as one of them, for {@code /dev/users}, {@code
 * /dev/token} and the portal's dev sign-in page. Not part of a production build.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test"})
public class DemoUsers {

    /** A demo user and the organisation they act for. */
    public record DemoUser(String username, String name, List<String> roles, OrganisationRef organisation) {}

    /** A token for a demo user, how long it lives, and the roles it carries. */
    public record SignIn(String token, Duration lifetime, List<String> roles) {}

    @Inject
    DevIssuer issuer;

    @Transactional
    public List<DemoUser> all() {
        return Member.<Member>list("from Member m join fetch m.organisation o order by o.type, o.name, m.username")
                .stream()
                .map(m -> new DemoUser(m.username, m.displayName, m.roles, OrganisationRef.from(m.organisation)))
                .toList();
    }

    /** A token for {@code username}, or nothing when no such demo user exists. */
    @Transactional
    public Optional<SignIn> signIn(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return Member.findByUsername(username.strip())
                .map(m -> new SignIn(
                        issuer.personToken(m.id, m.username, m.displayName, m.email, m.organisation.id, m.roles),
                        DevIssuer.LIFETIME,
                        List.copyOf(m.roles)));
    }
}
