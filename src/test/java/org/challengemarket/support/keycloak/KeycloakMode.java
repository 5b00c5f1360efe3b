package org.challengemarket.support.keycloak;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/**
 * The service in keycloak mode against the real Keycloak of {@link KeycloakServer}. Every
 * keycloak-mode test class names this profile, so they share one start of the service and of
 * Keycloak.
 */
public class KeycloakMode implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakServer.class));
    }
}
