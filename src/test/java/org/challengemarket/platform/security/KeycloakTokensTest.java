package org.challengemarket.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.demo.DemoIds;
import org.challengemarket.support.keycloak.KeycloakMode;
import org.challengemarket.support.keycloak.KeycloakServer;
import org.junit.jupiter.api.Test;

/**
 * Keycloak mode against a real Keycloak: the demo users' tokens (password grant of the dev
 * overlay) get their role's answers, with the user as subject and the organisation from
 * {@code org_id}; a token of another realm, one naming only the {@code account} audience, and an
 * expired one are refused with 401.
 */
@QuarkusTest
@TestProfile(KeycloakMode.class)
class KeycloakTokensTest {

    private static final String MOBILITY = "Federal Public Service Mobility";

    @Test
    void anOfficersTokenDraftsChallengesForTheAgencyOfItsOrgId() throws Exception {
        String token = KeycloakServer.demoToken("officer.mobility");
        JsonNode claims = claims(token);
        assertThat(claims.get("sub").asText())
                .isEqualTo(DemoIds.member("officer.mobility").toString());
        assertThat(claims.get("org_id").asText())
                .isEqualTo(DemoIds.organisation(MOBILITY).toString());

        JsonPath json = as(token)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Drafted with a Keycloak token"))
                .post("/api/v1/challenges")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(json.getString("agency.id"))
                .isEqualTo(DemoIds.organisation(MOBILITY).toString());
        json = as(token)
                .get("/api/v1/organisations/" + DemoIds.organisation(MOBILITY))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.<Object>get("name")).isEqualTo(MOBILITY);
    }

    @Test
    void everyRoleGetsItsOwnAnswers() {
        JsonPath json = as(KeycloakServer.demoToken("admin"))
                .get("/api/v1/organisations?size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("items.name")).contains(MOBILITY);
        String company = KeycloakServer.demoToken("anna.routewise");
        assertProblem(
                as(company)
                        .contentType(ContentType.JSON)
                        .body(Map.of("title", "A company cannot draft"))
                        .post("/api/v1/challenges"),
                403,
                "forbidden");
        as(company).get("/api/v1/notifications").then().statusCode(200);
        as(KeycloakServer.demoToken("ines.incubator"))
                .get("/api/v1/api-clients")
                .then()
                .statusCode(200);
        assertProblem(
                as(KeycloakServer.demoToken("finance.mobility"))
                        .get("/api/v1/organisations/" + DemoIds.organisation("City of Ghent")),
                404,
                "not-found");
        json = as(KeycloakServer.demoToken("officer.energy"))
                .get("/api/v1/organisations/" + DemoIds.organisation("Walloon Energy Agency") + "/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("items.username")).contains("officer.energy");
    }

    @Test
    void aTokenOfAnotherRealmIsRefusedWith401() throws Exception {
        String token = KeycloakServer.passwordToken(
                KeycloakServer.OTHER_REALM, "elsewhere-cli", "ines.elsewhere", KeycloakServer.DEMO_PASSWORD);
        assertThat(claims(token).get("aud").asText())
                .as("same audience, other issuer")
                .isEqualTo("challenge-market-api");

        assertProblem(as(token).get("/api/v1/api-clients"), 401, "unauthorized");
        assertProblem(as(token).get("/api/v1/challenges"), 401, "unauthorized");
    }

    @Test
    void aTokenForTheAccountAudienceOnlyIsRefusedWith401() throws Exception {
        String token = KeycloakServer.passwordToken(
                KeycloakServer.REALM,
                KeycloakServer.AUDIENCE_LESS_CLIENT,
                "officer.mobility",
                KeycloakServer.DEMO_PASSWORD);
        JsonNode audience = claims(token).get("aud");
        assertThat(audience.isArray() ? audience.get(0).asText() : audience.asText())
                .isEqualTo("account");
        assertThat(audience.toString()).doesNotContain("challenge-market-api");

        assertProblem(as(token).get("/api/v1/challenges"), 401, "unauthorized");
        assertProblem(
                as(token)
                        .contentType(ContentType.JSON)
                        .body(Map.of("title", "Wrong audience"))
                        .post("/api/v1/challenges"),
                401,
                "unauthorized");
    }

    @Test
    void anExpiredTokenSignedWithARealmKeyIsRefusedWith401() {
        Instant now = Instant.now();
        String fresh = realmKeyClaims()
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(5)))
                .jws()
                .keyId(KeycloakServer.spareKeyId())
                .sign(KeycloakServer.spareKey().getPrivate());
        String expired = realmKeyClaims()
                .issuedAt(now.minus(Duration.ofMinutes(40)))
                .expiresAt(now.minus(Duration.ofMinutes(10)))
                .jws()
                .keyId(KeycloakServer.spareKeyId())
                .sign(KeycloakServer.spareKey().getPrivate());

        // the control: the same token, still valid, is accepted
        as(fresh)
                .get("/api/v1/organisations/" + DemoIds.organisation(MOBILITY))
                .then()
                .statusCode(200);
        assertProblem(as(expired).get("/api/v1/organisations/" + DemoIds.organisation(MOBILITY)), 401, "unauthorized");
        assertProblem(as(expired).get("/api/v1/challenges"), 401, "unauthorized");
    }

    private static JwtClaimsBuilder realmKeyClaims() {
        return Jwt.issuer(KeycloakServer.issuer(KeycloakServer.REALM))
                .audience(java.util.Set.of("challenge-market-api", "account"))
                .subject(DemoIds.member("officer.mobility").toString())
                .preferredUserName("officer.mobility")
                .claim("org_id", DemoIds.organisation(MOBILITY).toString())
                .claim("realm_access", Map.of("roles", List.of("agency_officer")))
                .claim("jti", UUID.randomUUID().toString());
    }

    private static JsonNode claims(String token) throws Exception {
        byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
        return new ObjectMapper().readTree(new String(payload, StandardCharsets.UTF_8));
    }
}
