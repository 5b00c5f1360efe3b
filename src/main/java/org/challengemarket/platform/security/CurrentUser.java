package org.challengemarket.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read from the verified token: subject, name, roles and the {@code org_id} of
 * the organisation the person acts for. Anonymous visitors have none of these.
 */
@RequestScoped
public class CurrentUser {

    public static final String ORG_CLAIM = "org_id";

    @Inject
    SecurityIdentity identity;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return !identity.isAnonymous() && identity.hasRole(role);
    }

    public String subject() {
        return isAnonymous()
                ? "anonymous"
                : token().map(JsonWebToken::getSubject)
                        .orElse(identity.getPrincipal().getName());
    }

    public String username() {
        return isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The organisation named by the token's {@code org_id}, if any and well-formed. */
    public Optional<UUID> organisationId() {
        return token().map(t -> t.<Object>getClaim(ORG_CLAIM))
                .map(Object::toString)
                .flatMap(CurrentUser::uuid);
    }

    /** The caller's organisation; a token without one cannot act for an organisation (403). */
    public UUID requireOrganisation() {
        return organisationId()
                .orElseThrow(() -> new ProblemException(
                        ProblemType.FORBIDDEN, "Your token names no organisation (org_id) to act for"));
    }

    /** True when the caller acts for {@code organisation}. */
    public boolean actsFor(UUID organisation) {
        return organisation != null
                && organisationId().map(organisation::equals).orElse(false);
    }

    private Optional<JsonWebToken> token() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? Optional.of(jwt) : Optional.empty();
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value.replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
