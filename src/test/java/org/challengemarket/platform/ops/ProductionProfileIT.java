package org.challengemarket.platform.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.challengemarket.support.ServiceProcess;
import org.challengemarket.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged service in the {@code prod} profile, started as an operator starts it: it refuses
 * to start without its settings and names the missing one; with them it answers with the
 * security headers, without the development endpoints.
 */
class ProductionProfileIT {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    /** Everything production needs: the database, the issuer whose tokens are accepted, Keycloak. */
    static Map<String, String> productionSettings(EmbeddedPostgres database) {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", database.getJdbcUrl("postgres", "postgres"));
        env.put("DB_USER", "postgres");
        env.put("DB_PASSWORD", "");
        env.put("AUTH_ISSUER", Tokens.issuer());
        env.put(
                "AUTH_JWKS_URL",
                Path.of("target/test-classes/test-keys/publicKey.pem").toUri().toString());
        // provisioning is not exercised here (the keycloak-mode tests do it against a real Keycloak)
        env.put("KEYCLOAK_URL", "http://127.0.0.1:9");
        env.put("KEYCLOAK_CLIENT_SECRET", "not-used-by-these-tests");
        return env;
    }

    @ParameterizedTest
    @ValueSource(strings = {"DB_URL", "AUTH_ISSUER", "AUTH_JWKS_URL", "KEYCLOAK_URL", "KEYCLOAK_CLIENT_SECRET"})
    void startingWithoutARequiredSettingFailsNamingIt(String setting) {
        Map<String, String> env = productionSettings(postgres);
        env.remove(setting);
        try (ServiceProcess service = ServiceProcess.start(env)) {
            assertThat(service.awaitExit(Duration.ofSeconds(60))).isNotZero();
            assertThat(service.output()).contains("set " + setting);
        }
    }

    @Test
    void productionAnswersCarryTheSecurityHeadersAndHaveNoDevelopmentEndpoints() {
        Map<String, String> env = productionSettings(postgres);
        env.put("CORS_ORIGINS", "https://portal.example.org");
        try (ServiceProcess service = ServiceProcess.start(env).awaitReady(Duration.ofSeconds(90))) {
            String base = service.baseUri();
            String policy = given().baseUri(base)
                    .get("/")
                    .then()
                    .statusCode(200)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "strict-origin-when-cross-origin")
                    .header("Strict-Transport-Security", (String) null)
                    .extract()
                    .header("Content-Security-Policy");
            assertThat(policy)
                    .contains("script-src 'self'")
                    .doesNotContain("unsafe-inline")
                    .contains("frame-ancestors 'none'");
            // behind the TLS-terminating proxy, the forwarded scheme turns HSTS on
            String hsts = given().baseUri(base)
                    .header("X-Forwarded-Proto", "https")
                    .get("/api/v1/challenges")
                    .then()
                    .statusCode(200)
                    .header("X-Content-Type-Options", "nosniff")
                    .extract()
                    .header("Strict-Transport-Security");
            assertThat(hsts).contains("max-age=31536000");
            given().baseUri(base).get("/dev/users").then().statusCode(404);
            given().baseUri(base)
                    .contentType(ContentType.URLENC)
                    .formParam("username", "admin")
                    .post("/dev/token")
                    .then()
                    .statusCode(404);
            given().baseUri(base).get("/q/swagger-ui/").then().statusCode(404);
            // cross-origin calls only from the configured origin
            given().baseUri(base)
                    .header("Origin", "https://portal.example.org")
                    .get("/api/v1/challenges")
                    .then()
                    .statusCode(200)
                    .header("Access-Control-Allow-Origin", "https://portal.example.org");
            given().baseUri(base)
                    .header("Origin", "https://elsewhere.example.com")
                    .get("/api/v1/challenges")
                    .then()
                    .header("Access-Control-Allow-Origin", (String) null);
            // logs are JSON lines, for the collector
            assertThat(service.output().lines().filter(l -> l.startsWith("{"))).isNotEmpty();
        }
    }
}
