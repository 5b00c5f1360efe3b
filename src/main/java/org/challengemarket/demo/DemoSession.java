package org.challengemarket.demo;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.organisation.Member;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.platform.security.CurrentUser;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * One seeding of the demo data: the hour its dates count back from, and acting as a demo user at a
 * moment of the demo's past, so that each step goes through the services as it would have then,
 * with their rules, audit events, outbox events and open data.
 */
final class DemoSession {

    private final Instant now;
    private final CurrentIdentityAssociation identities;
    private final ServiceClock clock;

    /** A seeding that starts now: its dates count back from the current hour. */
    DemoSession(CurrentIdentityAssociation identities, ServiceClock clock) {
        this.identities = identities;
        this.clock = clock;
        this.now = clock.instant().truncatedTo(ChronoUnit.HOURS);
    }

    /** The hour the demo's dates count back from. */
    public Instant now() {
        return now;
    }

    /** That hour, {@code days} days earlier. */
    public Instant daysAgo(long days) {
        return now.minus(Duration.ofDays(days));
    }

    /** Does {@code step} as the demo user {@code username}, the service clock standing at {@code at}. */
    public <T> T as(String username, Instant at, Supplier<T> step) {
        Member member = Member.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("No demo user " + username));
        SecurityIdentity before = identities.getIdentity();
        identities.setIdentity(identity(member));
        try {
            return clock.standingAt(at, step);
        } finally {
            identities.setIdentity(before);
        }
    }

    /** Does {@code step} as the demo user {@code username}, the service clock standing at {@code at}. */
    public void as(String username, Instant at, Runnable step) {
        as(username, at, () -> {
            step.run();
            return null;
        });
    }

    /** Does {@code step} as the system (no user), the service clock standing at {@code at}. */
    public void asSystem(Instant at, Runnable step) {
        clock.standingAt(at, () -> {
            step.run();
            return null;
        });
    }

    /** The id of the demo challenge titled {@code title}. */
    public UUID challenge(String title) {
        return Challenge.<Challenge>find("title", title)
                .firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("No demo challenge " + title))
                .id;
    }

    /** The id of the demo organisation named {@code name}. */
    public UUID organisation(String name) {
        return DemoIds.organisation(name);
    }

    /** The member id of the demo user {@code username}. */
    public UUID member(String username) {
        return DemoIds.member(username);
    }

    private static SecurityIdentity identity(Member member) {
        Map<String, Object> claims = Map.of(
                "sub",
                member.id.toString(),
                "preferred_username",
                member.username,
                CurrentUser.ORG_CLAIM,
                member.organisation.id.toString());
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new Token(member.username, claims))
                .addRoles(Set.copyOf(member.roles))
                .build();
    }

    /** The claims a demo user's token would carry, unsigned: it never leaves this process. */
    private record Token(String name, Map<String, Object> claims) implements JsonWebToken {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) claims.get(claimName);
        }
    }
}
