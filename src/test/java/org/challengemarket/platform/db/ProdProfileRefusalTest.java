package org.challengemarket.platform.db;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The prod profile refuses to start in embedded mode and names what is missing. */
class ProdProfileRefusalTest {

    @Test
    void embeddedAuthModeIsRefusedInProd() {
        assertThatThrownBy(() -> EmbeddedModeConfigSourceFactory.refuseEmbeddedMode("embedded", true))
                .hasMessageContaining("challengemarket.auth.mode=embedded")
                .hasMessageContaining("AUTH_ISSUER");
    }

    @Test
    void missingDatabaseIsRefusedInProdNamingTheSetting() {
        assertThatThrownBy(() -> EmbeddedModeConfigSourceFactory.refuseEmbeddedMode("keycloak", false))
                .hasMessageContaining("DB_URL");
    }

    @Test
    void keycloakModeWithADatabaseStarts() {
        assertThatCode(() -> EmbeddedModeConfigSourceFactory.refuseEmbeddedMode("keycloak", true))
                .doesNotThrowAnyException();
    }

    @Test
    void missingIdentitySettingsAreRefusedInProdNamingTheSetting() {
        assertThatThrownBy(() -> EmbeddedModeConfigSourceFactory.refuseMissingIdentitySettings(
                        null, "https://id/certs", "https://id", "secret"))
                .hasMessageContaining("AUTH_ISSUER");
        assertThatThrownBy(() -> EmbeddedModeConfigSourceFactory.refuseMissingIdentitySettings(
                        "https://id/realm", null, "https://id", "secret"))
                .hasMessageContaining("AUTH_JWKS_URL");
        assertThatThrownBy(() -> EmbeddedModeConfigSourceFactory.refuseMissingIdentitySettings(
                        "https://id/realm", "https://id/certs", null, "secret"))
                .hasMessageContaining("KEYCLOAK_URL");
        assertThatThrownBy(() -> EmbeddedModeConfigSourceFactory.refuseMissingIdentitySettings(
                        "https://id/realm", "https://id/certs", "https://id", null))
                .hasMessageContaining("KEYCLOAK_CLIENT_SECRET");
    }
}
