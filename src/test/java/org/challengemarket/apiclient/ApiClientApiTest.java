package org.challengemarket.apiclient;

import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
                .body("name", equalTo("Newsletter robot"))
                .body("clientId", matchesPattern("incubator-[0-9a-f]{16}"))
                .body("clientSecret", matchesPattern("[A-Za-z0-9_-]{43}"))
                .body("tokenEndpoint", equalTo("/dev/token"))
                .extract()
                .jsonPath();
        String secret = created.getString("clientSecret");

        as(ines.token())
                .get("/api/v1/api-clients")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.clientId", contains(created.getString("clientId")))
                .body("items[0].clientSecret", nullValue());
        List<String> stored =
                Rows.list("select secret_sha256 from api_client where client_id = ?1", created.getString("clientId"));
        assertEquals(List.of(Sha256.hex(secret)), stored);
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
        assertEquals(incubator.id().toString(), parsed.getClaim("org_id").toString());
        assertEquals(created.getString("id"), parsed.getSubject());
        assertEquals(java.util.Set.of(Roles.INCUBATOR), parsed.getGroups());
        as(token)
                .get("/api/v1/organisations/" + incubator.id())
                .then()
                .statusCode(200)
                .body("type", equalTo("INCUBATOR"));
        as(token).get("/api/v1/api-clients").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void httpBasicClientAuthenticationWorksToo() {
        JsonPath created = create(ines.token(), "Basic robot")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();

        anonymous()
                .auth()
                .preemptive()
                .basic(created.getString("clientId"), created.getString("clientSecret"))
                .formParam("grant_type", "client_credentials")
                .post("/dev/token")
                .then()
                .statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .body("access_token", notNullValue());
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
        as(ines.token()).get("/api/v1/api-clients").then().statusCode(200).body("total", equalTo(0));
        assertEquals(
                1,
                Rows.count(
                        "select count(*) from audit_event where action = 'api_client.deleted' and object_id = ?1",
                        created.getString("id")));
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
        assertProblem(create(ines.token(), " "), 400, "invalid-request").body("errors[0].field", equalTo("name"));
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
        first.then().statusCode(201).body("clientSecret", notNullValue());

        as(ines.token())
                .header("Idempotency-Key", "robot-1")
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Careful robot"))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")))
                .body("clientSecret", nullValue());
        String bodies = String.join(
                "",
                Rows.<String>list("select body from idempotency_key where key = 'robot-1' and operation ="
                        + " 'api_client.create'"));
        assertFalse(bodies.contains(first.<String>path("clientSecret")), "the secret is never stored");
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
