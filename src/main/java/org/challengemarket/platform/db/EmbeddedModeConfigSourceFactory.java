package org.challengemarket.platform.db;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the settings of embedded mode at run time: the database (an embedded PostgreSQL
 * under the data directory unless {@code DB_URL} names one) and, for the embedded token issuer of
 * the dev profile, a key pair made at first start. Build time and explicitly configured settings
 * are left alone.
 */
public class EmbeddedModeConfigSourceFactory implements ConfigSourceFactory {

    /** Above application.properties (250), below system properties (400) and environment (300). */
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() == ExecutionMode.UNSET) {
            return List.of(); // build time: nothing to start
        }
        Map<String, String> values = new HashMap<>();
        String profile = firstProfile(context);
        Path dataDir = Path.of(valueOr(context, "challengemarket.data-dir", "data"));

        String authMode = valueOr(context, "challengemarket.auth.mode", "embedded");
        String dbUrl = valueOr(context, "DB_URL", null);
        if ("prod".equals(profile)) {
            refuseEmbeddedMode(
                    authMode, dbUrl != null || valueOr(context, "quarkus.datasource.jdbc.url", null) != null);
            refuseMissingIdentitySettings(
                    valueOr(context, "AUTH_ISSUER", null),
                    valueOr(context, "AUTH_JWKS_URL", null),
                    valueOr(context, "KEYCLOAK_URL", null),
                    valueOr(context, "KEYCLOAK_CLIENT_SECRET", null));
        }
        if (dbUrl != null) {
            values.put("quarkus.datasource.jdbc.url", dbUrl);
            values.put("quarkus.datasource.username", valueOr(context, "DB_USER", "challengemarket"));
            values.put("quarkus.datasource.password", valueOr(context, "DB_PASSWORD", ""));
        } else if (valueOr(context, "quarkus.datasource.jdbc.url", null) == null && !"prod".equals(profile)) {
            EmbeddedPostgres.Server server = EmbeddedPostgres.start(dataDir.resolve("postgres"));
            values.put("quarkus.datasource.jdbc.url", server.jdbcUrl());
            values.put("quarkus.datasource.username", server.user());
            values.put("quarkus.datasource.password", server.password());
        }

        if ("dev".equals(profile) && "embedded".equals(authMode)) {
            // application.properties points the dev profile's verify and sign keys at these files
            EmbeddedKeys.ensure(dataDir.resolve("keys"));
        }
        return List.of(new PropertiesConfigSource(values, "challengemarket-embedded", ORDINAL));
    }

    /** The prod profile never embeds a database or issues its own tokens; it says what is missing. */
    static void refuseEmbeddedMode(String authMode, boolean databaseConfigured) {
        if ("embedded".equals(authMode)) {
            throw new IllegalStateException("The prod profile refuses challengemarket.auth.mode=embedded:"
                    + " production tokens come from Keycloak (set AUTH_ISSUER and AUTH_JWKS_URL)");
        }
        if (!databaseConfigured) {
            throw new IllegalStateException(
                    "The prod profile needs a database: set DB_URL (a JDBC URL), DB_USER and DB_PASSWORD");
        }
    }

    /**
     * The prod profile accepts tokens of one issuer only, so it must be told which and where its
     * keys are; and it provisions people in that Keycloak, so it must be able to reach it.
     */
    static void refuseMissingIdentitySettings(String issuer, String keysUrl, String keycloakUrl, String clientSecret) {
        if (issuer == null) {
            throw new IllegalStateException(
                    "The prod profile needs the token issuer: set AUTH_ISSUER (the Keycloak realm's issuer URL)");
        }
        if (keysUrl == null) {
            throw new IllegalStateException(
                    "The prod profile needs the issuer's signing keys: set AUTH_JWKS_URL (the realm's JWKS URL)");
        }
        if (keycloakUrl == null) {
            throw new IllegalStateException("The prod profile provisions people in Keycloak:"
                    + " set KEYCLOAK_URL (its base URL, e.g. https://id.example.org)");
        }
        if (clientSecret == null) {
            throw new IllegalStateException("The prod profile provisions people in Keycloak: set"
                    + " KEYCLOAK_CLIENT_SECRET (the secret of the realm's challenge-market-service client)");
        }
    }

    private static String firstProfile(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        return profiles == null || profiles.isEmpty() ? "prod" : profiles.get(0);
    }

    private static String valueOr(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? fallback : value.getValue();
    }
}
