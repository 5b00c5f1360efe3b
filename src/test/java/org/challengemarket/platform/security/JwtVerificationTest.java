package org.challengemarket.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.Tokens;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every bearer token is verified (RS256 only, our issuer and audience, not expired) on protected
 * and public endpoints alike: a bad token answers 401 problem+json wherever it is sent, and never
 * passes as an anonymous visitor.
 */
@QuarkusTest
class JwtVerificationTest {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private Org agency;
    private String publishedChallenge;

    @BeforeEach
    void anAgencyWithAPublishedChallenge() {
        agency = Fixtures.agency();
        publishedChallenge = Fixtures.published(agency, "JWT checks " + agency.id());
    }

    @Test
    void validTokenIsAcceptedOnProtectedAndPublicEndpoints() {
        String token = agency.officer();
        JsonPath body = createChallenge(token).then().statusCode(201).extract().jsonPath();
        assertThat(body.getString("agency.id")).isEqualTo(agency.id().toString());
        as(token).get("/api/v1/challenges").then().statusCode(200);
        as(token).get("/api/v1/challenges/" + publishedChallenge).then().statusCode(200);
    }

    @Test
    void expiredTokenIsRefusedWith401() {
        Instant now = Instant.now();
        // well past the allowed clock skew of a minute
        assertRefusedEverywhere(officerClaims()
                .issuedAt(now.minus(Duration.ofMinutes(40)))
                .expiresAt(now.minus(Duration.ofMinutes(10)))
                .sign());
    }

    @Test
    void tokenOfAnotherIssuerIsRefusedWith401() {
        assertRefusedEverywhere(
                officerClaims().issuer("https://attacker.example/realms/market").sign());
    }

    @Test
    void tokenForAnotherAudienceIsRefusedWith401() {
        assertRefusedEverywhere(officerClaims().audience("another-service").sign());
    }

    @Test
    void unsignedTokenWithAlgNoneIsRefusedWith401() {
        String header = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        assertRefusedEverywhere(header + "." + payloadOf(agency.officer()) + ".");
    }

    @Test
    void hs256TokenKeyedWithThePublicKeyIsRefusedWith401() throws Exception {
        byte[] publicKeyPem;
        try (var in = Thread.currentThread().getContextClassLoader().getResourceAsStream("test-keys/publicKey.pem")) {
            publicKeyPem = in.readAllBytes();
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setHeader("typ", "JWT");
        jws.setPayload(validClaims().toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(new HmacKey(publicKeyPem));
        assertRefusedEverywhere(jws.getCompactSerialization());
    }

    @Test
    void tamperedPayloadIsRefusedWith401() {
        String[] signed = agency.officer().split("\\.");
        // the payload of an admin token under the signature of the officer's
        String admin = payloadOf(Tokens.token(agency.id(), Roles.PLATFORM_ADMIN, Roles.AGENCY_OFFICER));
        assertRefusedEverywhere(signed[0] + "." + admin + "." + signed[2]);
    }

    @Test
    void handMadeTokenSignedWithTheIssuerKeyIsAccepted() throws Exception {
        // the control of the next test: the same construction with an expiry passes
        createChallenge(rs256(validClaims(), issuerKey())).then().statusCode(201);
    }

    @Test
    void tokenWithoutExpiryIsRefusedWith401() throws Exception {
        JwtClaims claims = validClaims();
        claims.unsetClaim("exp");
        assertRefusedEverywhere(rs256(claims, issuerKey()));
    }

    @Test
    void tokenWithoutSubjectIsRefusedWith401() throws Exception {
        JwtClaims claims = validClaims();
        claims.unsetClaim("sub");
        assertRefusedEverywhere(rs256(claims, issuerKey()));
    }

    @Test
    void tokenLivingLongerThanAnHourIsRefusedWith401() {
        Instant now = Instant.now();
        assertRefusedEverywhere(officerClaims()
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(3)))
                .sign());
    }

    @Test
    void tokenSignedByAnotherKeyIsRefusedWith401() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair other = generator.generateKeyPair();
        assertRefusedEverywhere(officerClaims().sign(other.getPrivate()));
    }

    @Test
    void garbageTokensAreRefusedWith401() {
        for (String garbage : List.of("garbage", "a.b.c", "eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl", "....")) {
            assertRefusedEverywhere(garbage);
        }
    }

    @Test
    void anonymousCallerOfAProtectedEndpointGets401WithABody() {
        JsonPath body = assertProblem(
                        anonymous()
                                .contentType(ContentType.JSON)
                                .body(Map.of("title", "Anonymous draft"))
                                .post("/api/v1/challenges"),
                        401,
                        "unauthorized")
                .extract()
                .jsonPath();
        assertThat(body.getString("instance")).isEqualTo("/api/v1/challenges");
    }

    @Test
    void wrongRoleGets403WithABody() {
        String company = Tokens.token(agency.id(), Roles.COMPANY_MEMBER);
        assertProblem(createChallenge(company), 403, "forbidden");
    }

    @Test
    void roleWithoutOrganisationCannotCreateAChallenge() {
        String noOrganisation = Tokens.token(null, Roles.AGENCY_OFFICER);
        JsonPath body = assertProblem(createChallenge(noOrganisation), 403, "forbidden")
                .extract()
                .jsonPath();
        assertThat(body.getString("detail")).contains("org_id");
    }

    /** A bad token answers 401 on a protected endpoint, the public search and a public detail. */
    private void assertRefusedEverywhere(String token) {
        assertProblem(createChallenge(token), 401, "unauthorized");
        assertProblem(as(token).get("/api/v1/challenges"), 401, "unauthorized");
        assertProblem(as(token).get("/api/v1/challenges/" + publishedChallenge), 401, "unauthorized");
    }

    private io.restassured.response.Response createChallenge(String token) {
        return as(token)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Draft for the JWT checks"))
                .post("/api/v1/challenges");
    }

    /** Claims of a token the service would accept, for an officer of the agency. */
    private io.smallrye.jwt.build.JwtClaimsBuilder officerClaims() {
        return Tokens.claims(agency.id(), Roles.AGENCY_OFFICER);
    }

    /** The same claims for hand-made tokens (jose4j). */
    private JwtClaims validClaims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(Tokens.issuer());
        claims.setAudience(Tokens.audience());
        claims.setSubject(UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(30);
        claims.setClaim("preferred_username", "hand-made");
        claims.setClaim("org_id", agency.id().toString());
        claims.setClaim("realm_access", Map.of("roles", List.of(Roles.AGENCY_OFFICER)));
        return claims;
    }

    private static String rs256(JwtClaims claims, PrivateKey key) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setHeader("typ", "JWT");
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(key);
        return jws.getCompactSerialization();
    }

    private static PrivateKey issuerKey() throws Exception {
        return KeyUtils.readPrivateKey("test-keys/privateKey.pem");
    }

    private static String payloadOf(String token) {
        return token.split("\\.")[1];
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
