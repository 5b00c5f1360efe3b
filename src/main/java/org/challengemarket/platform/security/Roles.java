package org.challengemarket.platform.security;

import java.util.Set;

/** The realm roles of the design; a token carries them in {@code realm_access.roles}. */
public final class Roles {

    public static final String AGENCY_OFFICER = "agency_officer";
    public static final String EVALUATOR = "evaluator";
    public static final String FINANCE = "finance";
    public static final String COMPANY_MEMBER = "company_member";
    public static final String INCUBATOR = "incubator";
    public static final String PLATFORM_ADMIN = "platform_admin";

    public static final Set<String> ALL =
            Set.of(AGENCY_OFFICER, EVALUATOR, FINANCE, COMPANY_MEMBER, INCUBATOR, PLATFORM_ADMIN);

    private Roles() {}
}
