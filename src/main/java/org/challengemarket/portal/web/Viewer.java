package org.challengemarket.portal.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.challengemarket.platform.security.AuthConfig;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.portal.PortalConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is looking at a portal page, for the layout and the page actions ({@code {inject:viewer…}}).
 * A token that no longer verifies counts as nobody signed in.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

    @Inject
    CurrentUser user;

    @Inject
    SecurityIdentity identity;

    @Inject
    PortalConfig config;

    @Inject
    AuthConfig auth;

    public boolean signedIn() {
        try {
            return !user.isAnonymous();
        } catch (AuthenticationFailedException e) {
            return false;
        }
    }

    /** The person's display name, or their user name when the token has none. */
    public String name() {
        if (!signedIn()) {
            return "";
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("name") != null) {
            return jwt.getClaim("name").toString();
        }
        return user.username();
    }

    /** True for a civil servant who manages their agency's challenges. */
    public boolean officer() {
        return signedIn() && user.hasRole(Roles.AGENCY_OFFICER);
    }

    /** True for a company's member, who drafts and submits the company's proposals. */
    public boolean companyMember() {
        return signedIn() && user.hasRole(Roles.COMPANY_MEMBER);
    }

    /** True for an evaluator, who scores proposals on the panels that name it. */
    public boolean evaluator() {
        return signedIn() && user.hasRole(Roles.EVALUATOR);
    }

    /** True for an agency's finance staff, who pay its invoices. */
    public boolean finance() {
        return signedIn() && user.hasRole(Roles.FINANCE);
    }

    /** True for anyone who can be party to a pilot contract: officers, finance staff, company members. */
    public boolean contractParty() {
        return officer() || finance() || companyMember();
    }

    /** True when the viewer is an officer of {@code agency}. */
    public boolean officerOf(UUID agency) {
        return officer() && user.actsFor(agency);
    }

    /** Keycloak's login (through {@code /sign-in}) in keycloak mode, else the configured page. */
    public String signInPath() {
        return auth.keycloak() ? "/sign-in" : config.signInPath();
    }
}
