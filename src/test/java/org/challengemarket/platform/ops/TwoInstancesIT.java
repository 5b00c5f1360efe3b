package org.challengemarket.platform.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.ServiceProcess;
import org.challengemarket.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged service on one PostgreSQL, as behind a load balancer: whatever
 * one stores the other serves, and a token works on either.
 */
class TwoInstancesIT {

    private static EmbeddedPostgres postgres;
    private static ServiceProcess first;
    private static ServiceProcess second;

    @BeforeAll
    static void startTwoInstances() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        Map<String, String> settings = ProductionProfileIT.productionSettings(postgres);
        // both start at once: Flyway's lock lets one migrate while the other waits
        first = ServiceProcess.start(settings);
        second = ServiceProcess.start(settings);
        first.awaitReady(Duration.ofSeconds(120));
        second.awaitReady(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stopEverything() throws IOException {
        try (ServiceProcess a = first;
                ServiceProcess b = second) {
            // closing stops both
        } finally {
            postgres.close();
        }
    }

    @Test
    void whatOneInstanceStoresTheOtherServesWithTheSameToken() throws SQLException {
        UUID agency = agency("Agency of two instances " + UUID.randomUUID());
        String officer = Tokens.token(agency, "agency_officer");

        String id = given().baseUri(first.baseUri())
                .auth()
                .oauth2(officer)
                .contentType(ContentType.JSON)
                .body(Fixtures.publishableChallenge("Shared between instances"))
                .post("/api/v1/challenges")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        JsonPath json = given().baseUri(second.baseUri())
                .auth()
                .oauth2(officer)
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("title")).isEqualTo("Shared between instances");
        assertThat(json.getString("status")).isEqualTo("DRAFT");
        given().baseUri(second.baseUri())
                .auth()
                .oauth2(officer)
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(200);
        json = given().baseUri(first.baseUri())
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("PUBLISHED");
    }

    @Test
    void theProbesOfTheKubernetesManifestsAnswerOnBothInstances() throws IOException {
        for (String path : DeploymentManifestsTest.probePaths()) {
            assertThat(first.status(path)).as(path).isEqualTo(200);
            assertThat(second.status(path)).as(path).isEqualTo(200);
        }
    }

    @Test
    void bothInstancesMigratedOneSchemaOnce() throws SQLException {
        try (Connection connection = connect();
                var rows = connection
                        .createStatement()
                        .executeQuery("select count(*), count(distinct version) from flyway_schema_history"
                                + " where success and version is not null")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(rows.getInt(2));
        }
    }

    /** Organisations come from the identity provider's provisioning in production; the test writes one directly. */
    private static UUID agency(String name) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = connect();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into organisation (id, name, type, created_at) values (?, ?, 'AGENCY', ?)")) {
            insert.setObject(1, id);
            insert.setString(2, name);
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return id;
    }

    static Connection connect() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }
}
