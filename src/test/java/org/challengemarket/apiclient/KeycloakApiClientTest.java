package org.challengemarket.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.demo.DemoIds;
import org.challengemarket.support.Rows;
import org.challengemarket.support.keycloak.KeycloakMode;
import org.challengemarket.support.keycloak.KeycloakServer;
import org.junit.jupiter.api.Test;

/**
 * Keycloak mode's API clients: a confidential service-account client in Keycloak with the
 * incubator role and the incubator's org_id, whose client-credentials token the API accepts; its
 * secret is shown once and never stored by the service; deleting it removes it from Keycloak.
 */
@QuarkusTest
@TestProfile(KeycloakMode.class)
class KeycloakApiClientTest {

    private static final UUID START_IT_HUB = DemoIds.organisation("Start it Hub");

    @Test
    void anApiClientMadeThroughTheApiGetsATokenTheApiAccepts() throws Exception {
        String ines = KeycloakServer.demoToken("ines.incubator");
        JsonPath created = create(ines, "Relay " + UUID.randomUUID())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(created.getString("tokenEndpoint"))
                .isEqualTo(KeycloakServer.issuer(KeycloakServer.REALM) + "/protocol/openid-connect/token");

        JsonNode client = KeycloakServer.client(created.getString("clientId")).orElseThrow();
        assertThat(client.get("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(client.get("publicClient").asBoolean()).isFalse();
        assertThat(Rows.count(
                        "select count(*) from api_client where client_id = ?1 and secret_sha256 is null and keycloak_id = ?2",
                        created.getString("clientId"),
                        client.get("id").asText()))
                .isEqualTo(1);

        String token = KeycloakServer.clientToken(created.getString("clientId"), created.getString("clientSecret"));
        JsonNode claims = new ObjectMapper()
                .readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        assertThat(claims.get("org_id").asText()).isEqualTo(START_IT_HUB.toString());
        assertThat(claims.at("/realm_access/roles").toString()).contains("\"incubator\"");

        JsonPath json = as(token)
                .get("/api/v1/organisations/" + START_IT_HUB)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("name")).isEqualTo("Start it Hub");
        json = as(token)
                .get("/api/v1/api-clients?size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("items.clientId")).contains(created.getString("clientId"));
        assertProblem(create(token, "A robot's robot"), 403, "forbidden");
    }

    @Test
    void aDeletedApiClientIsGoneFromKeycloak() {
        String ines = KeycloakServer.demoToken("ines.incubator");
        JsonPath created = create(ines, "Short-lived " + UUID.randomUUID())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();

        as(ines).delete("/api/v1/api-clients/" + created.getString("id")).then().statusCode(204);

        assertThat(KeycloakServer.client(created.getString("clientId")).isEmpty())
                .isTrue();
        int status = KeycloakServer.tokenResponse(
                        KeycloakServer.REALM,
                        Map.of(
                                "grant_type", "client_credentials",
                                "client_id", created.getString("clientId"),
                                "client_secret", created.getString("clientSecret")))
                .statusCode();
        assertThat(status).isEqualTo(401);
    }

    private static io.restassured.response.Response create(String token, String name) {
        return as(token)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name))
                .post("/api/v1/api-clients");
    }
}
