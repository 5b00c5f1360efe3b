package org.challengemarket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    private static final String POLICY = "default-src 'self'; form-action 'self'; frame-ancestors 'none'";

    @Test
    void keycloakModeLetsFormsLeaveForTheSignInServerOnly() {
        assertThat(SecurityHeaders.policy(POLICY, true, "https://id.example.org:8443/realms/challenge-market"))
                .isEqualTo("default-src 'self'; form-action 'self' https://id.example.org:8443;"
                        + " frame-ancestors 'none'");
    }

    @Test
    void embeddedModeKeepsFormsOnTheSite() {
        assertThat(SecurityHeaders.policy(POLICY, false, "https://challengemarket.local/embedded"))
                .isEqualTo(POLICY);
    }
}
