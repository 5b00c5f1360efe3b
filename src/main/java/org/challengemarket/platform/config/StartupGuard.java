package org.challengemarket.platform.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Refuses to start a production instance in embedded mode: its tokens must come from Keycloak. */
@Singleton
public class StartupGuard {

    @ConfigProperty(name = "challengemarket.auth.mode")
    String authMode;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> databaseUrl;

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        if ("embedded".equals(authMode)) {
            throw new IllegalStateException("challengemarket.auth.mode=embedded is not allowed in the prod profile:"
                    + " production tokens come from Keycloak (set AUTH_ISSUER and AUTH_JWKS_URL)");
        }
        if (databaseUrl.isEmpty()) {
            throw new IllegalStateException("The prod profile needs a database: set DB_URL, DB_USER and DB_PASSWORD");
        }
    }
}
