package org.challengemarket.organisation;

import java.util.Set;
import org.challengemarket.platform.security.Roles;

/** The kinds of organisation, each with the roles its members may hold. */
public enum OrganisationType {
    AGENCY(Set.of(Roles.AGENCY_OFFICER, Roles.EVALUATOR, Roles.FINANCE)),
    COMPANY(Set.of(Roles.COMPANY_MEMBER)),
    INCUBATOR(Set.of(Roles.INCUBATOR)),
    LAB(Set.of(Roles.PLATFORM_ADMIN, Roles.EVALUATOR));

    private final Set<String> allowedRoles;

    OrganisationType(Set<String> allowedRoles) {
        this.allowedRoles = allowedRoles;
    }

    public boolean allows(String role) {
        return allowedRoles.contains(role);
    }

    public Set<String> allowedRoles() {
        return allowedRoles;
    }
}
