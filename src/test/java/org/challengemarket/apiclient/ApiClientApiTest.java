package org.challengemarket.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.challengemarket.platform.Sha256;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.Members;
import org.challengemarket.support.Members.Person;
import org.challengemarket.support.Rows;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Embedded mode's API clients: an incubator's people create them (secret shown once, kept only as
 * a hash), list and delete them; a client gets tokens from /dev/token with the client-credentials
 * grant, carrying the incubator role and the incubator's org_id.
 */
@QuarkusTest
class ApiClientApiTest {

    @Inject
    JWTParser jwt;

    private Org incubator;
    private Person ines;

    @BeforeEach
    void anIncubatorWithAPerson() {
        incubator = Fixtures.organisation("INCUBATOR");
        ines = Members.member(incubator, Roles.INCUBATOR);
    }

    @Test
    void aClientsSecretIsShownOnceAndKeptOnlyAsAHash() {
        JsonPath created = create(ines.token(), "Newsletter robot")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(created.getString("name")).isEqualTo("Newsletter robot");
        assertThat(created.getString("clientId")).matches("incubator-[0-9a-f]{16}");
        assertThat(created.getString("clientSecret")).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.getString("tokenEndpoint")).isEqualTo("/dev/token");
        String secret = created.getString("clientSecret");

        JsonPath json = as(ines.token())
                .get("/api/v1/api-clients")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(1);
        assertThat(json.getList("items.clientId")).containsExactly(created.getString("clientId"));
        assertThat(json.<Object>get("items[0].clientSecret")).isNull();
        List<String> stored =
                Rows.list("select secret_sha256 from api_client where client_id = ?1", created.getString("clientId"));
        assertThat(stored).isEqualTo(List.of(Sha256.hex(secret)));
    }

    @Test
    void aClientsTokenCarriesTheIncubatorRoleAndOrganisationAndWorksOnTheApi() throws Exception {
        JsonPath created = create(ines.token(), "Challenge relay")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();

        String token = clientToken(created.getString("clientId"), created.getString("clientSecret"));

        JsonWebToken parsed = jwt.parse(token);
        assertThat(parsed.getClaim("org_id").toString())
                .isEqualTo(incubator.id().toString());
        assertThat(parsed.getSubject()).isEqualTo(created.getString("id"));
        assertThat(parsed.getGroups()).isEqualTo(java.util.Set.of(Roles.INCUBATOR));
        JsonPath json = as(token)
                .get("/api/v1/organisations/" + incubator.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("type")).isEqualTo("INCUBATOR");
        json = as(token)
                .get("/api/v1/api-clients")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(1);
    }

    @Test
    void httpBasicClientAuthenticationWorksToo() {
        JsonPath created = create(ines.token(), "Basic robot")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();

        JsonPath json = anonymous()
                .auth()
                .preemptive()
                .basic(created.getString("clientId"), created.getString("clientSecret"))
                .formParam("grant_type", "client_credentials")
                .post("/dev/token")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("token_type")).isEqualTo("Bearer");
        assertThat(json.<Object>get("access_token")).isNotNull();
    }

    @Test
    void aWrongSecretOrUnknownClientGetsNoToken() {
        JsonPath created = create(ines.token(), "Guarded robot")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();

        assertProblem(tokenRequest(created.getString("clientId"), "not-the-secret"), 401, "unauthorized");
        assertProblem(
                tokenRequest("incubator-0000000000000000", created.getString("clientSecret")), 401, "unauthorized");
        assertProblem(
                anonymous()
                        .formParam("grant_type", "password")
                        .formParam("username", "ines.incubator")
                        .post("/dev/token"),
                400,
                "invalid-request");
    }

    @Test
    void aDeletedClientGetsNoMoreTokens() {
        JsonPath created = create(ines.token(), "Retired robot")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();

        as(ines.token())
                .delete("/api/v1/api-clients/" + created.getString("id"))
                .then()
                .statusCode(204);

        assertProblem(
                tokenRequest(created.getString("clientId"), created.getString("clientSecret")), 401, "unauthorized");
        JsonPath json = as(ines.token())
                .get("/api/v1/api-clients")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
        assertThat(Rows.count(
                        "select count(*) from audit_event where action = 'api_client.deleted' and object_id = ?1",
                        created.getString("id")))
                .isEqualTo(1);
    }

    @Test
    void anotherIncubatorsClientIsNotFound() {
        JsonPath created = create(ines.token(), "Private robot")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        Person other = Members.member(Fixtures.organisation("INCUBATOR"), Roles.INCUBATOR);

        assertProblem(as(other.token()).get("/api/v1/api-clients/" + created.getString("id")), 404, "not-found");
        assertProblem(as(other.token()).delete("/api/v1/api-clients/" + created.getString("id")), 404, "not-found");
        as(ines.token())
                .get("/api/v1/api-clients/" + created.getString("id"))
                .then()
                .statusCode(200);
    }

    @Test
    void apiClientsCannotManageApiClients() {
        JsonPath created = create(ines.token(), "Ambitious robot")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String token = clientToken(created.getString("clientId"), created.getString("clientSecret"));

        assertProblem(create(token, "Robot's robot"), 403, "forbidden");
        assertProblem(as(token).delete("/api/v1/api-clients/" + created.getString("id")), 403, "forbidden");
    }

    @Test
    void onlyIncubatorsHoldApiClients() {
        Org company = Fixtures.company();
        assertProblem(create(company.token(Roles.COMPANY_MEMBER), "Company robot"), 403, "forbidden");
        assertProblem(create(null, "Anonymous robot"), 401, "unauthorized");
    }

    @Test
    void aNameIsRequiredAndUniqueWithinTheIncubator() {
        JsonPath json = assertProblem(create(ines.token(), " "), 400, "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getString("errors[0].field")).isEqualTo("name");
        create(ines.token(), "Twin robot").then().statusCode(201);
        assertProblem(create(ines.token(), "twin ROBOT"), 409, "conflict");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheClientWithoutItsSecret() {
        var first = as(ines.token())
                .header("Idempotency-Key", "robot-1")
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Careful robot"))
                .post("/api/v1/api-clients");
        JsonPath json = first.then().statusCode(201).extract().jsonPath();
        assertThat(json.<Object>get("clientSecret")).isNotNull();

        json = as(ines.token())
                .header("Idempotency-Key", "robot-1")
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Careful robot"))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract()
                .jsonPath();
        assertThat(json.<Object>get("id")).isEqualTo(first.path("id"));
        assertThat(json.<Object>get("clientSecret")).isNull();
        String bodies = String.join(
                "",
                Rows.<String>list("select body from idempotency_key where key = 'robot-1' and operation ="
                        + " 'api_client.create'"));
        assertThat(bodies).as("the secret is never stored").doesNotContain(first.<String>path("clientSecret"));
    }

    private static io.restassured.response.Response create(String token, String name) {
        var request = token == null ? anonymous() : as(token);
        return request.contentType(ContentType.JSON).body(Map.of("name", name)).post("/api/v1/api-clients");
    }

    private static io.restassured.response.Response tokenRequest(String clientId, String secret) {
        return anonymous()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/dev/token");
    }

    private static String clientToken(String clientId, String secret) {
        return tokenRequest(clientId, secret).then().statusCode(200).extract().path("access_token");
    }
}
