package org.challengemarket.platform.dev;

import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded mode's endpoints: the demo users, tokens for them that work on the API, and the
 * service clock a person can move forward and reset.
 */
@QuarkusTest
class DevEndpointsTest {

    private static final Duration TOLERANCE = Duration.ofMinutes(1);

    @AfterEach
    void resetTheClock() {
        anonymous()
                .contentType(ContentType.JSON)
                .body(Map.of("reset", true))
                .post("/dev/clock")
                .then()
                .statusCode(200)
                .body("offset", equalTo("PT0S"));
    }

    @Test
    void listsDemoUsersForEveryRoleWithTheirOrganisation() {
        JsonPath users = anonymous()
                .get("/dev/users")
                .then()
                .statusCode(200)
                .body("username", hasItems("admin", "officer.mobility", "finance.mobility", "anna.routewise"))
                .body("username", hasItems("ines.incubator", "eva.expert"))
                .extract()
                .jsonPath();
        List<Map<String, Object>> list = users.getList("$");
        Set<String> roles = new TreeSet<>();
        for (Map<String, Object> user : list) {
            assertFalse(((String) user.get("username")).isBlank());
            assertFalse(((String) user.get("name")).isBlank());
            @SuppressWarnings("unchecked")
            List<String> userRoles = (List<String>) user.get("roles");
            assertFalse(userRoles.isEmpty(), user.toString());
            roles.addAll(userRoles);
            @SuppressWarnings("unchecked")
            Map<String, Object> organisation = (Map<String, Object>) user.get("organisation");
            assertTrue(organisation.get("id").toString().matches("[0-9a-f-]{36}"), user.toString());
            assertFalse(organisation.get("name").toString().isBlank());
            assertTrue(
                    Set.of("AGENCY", "COMPANY", "INCUBATOR", "LAB").contains(organisation.get("type")),
                    user.toString());
        }
        assertEquals(new TreeSet<>(Roles.ALL), roles, "a demo user for every role of the design");
        assertEquals("LAB", users.getString("find { it.username == 'admin' }.organisation.type"));
        assertEquals(
                "Federal Public Service Mobility",
                users.getString("find { it.username == 'officer.mobility' }.organisation.name"));
    }

    @Test
    void issuesATokenThatWorksOnTheApiForTheUsersOrganisation() {
        String agencyId = anonymous()
                .get("/dev/users")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.username == 'officer.mobility' }.organisation.id");

        Response issued = anonymous()
                .contentType(ContentType.URLENC)
                .formParam("username", "officer.mobility")
                .post("/dev/token");
        issued.then()
                .statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(3600))
                .body("access_token", matchesPattern("[\\w-]+\\.[\\w-]+\\.[\\w-]+"));
        String token = issued.path("access_token");

        as(token)
                .get("/api/v1/organisations/" + agencyId)
                .then()
                .statusCode(200)
                .body("name", equalTo("Federal Public Service Mobility"));
        as(token)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Drafted with a dev token"))
                .post("/api/v1/challenges")
                .then()
                .statusCode(201)
                .body("agency.id", equalTo(agencyId));
        assertProblem(as(token).get("/api/v1/audit/verify"), 403, "forbidden");
    }

    @Test
    void adminTokenCarriesThePlatformAdminRole() {
        String token = anonymous()
                .contentType(ContentType.URLENC)
                .formParam("username", "admin")
                .post("/dev/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        as(token).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void unknownOrMissingUsernameIs400() {
        assertProblem(
                        anonymous()
                                .contentType(ContentType.URLENC)
                                .formParam("username", "nobody.at.all")
                                .post("/dev/token"),
                        400,
                        "invalid-request")
                .body("errors.field", contains("username"));
        assertProblem(
                        anonymous()
                                .contentType(ContentType.URLENC)
                                .formParam("other", "x")
                                .post("/dev/token"),
                        400,
                        "invalid-request")
                .body("errors.field", contains("username"));
        assertProblem(
                        anonymous()
                                .contentType(ContentType.URLENC)
                                .formParam("username", "  ")
                                .post("/dev/token"),
                        400,
                        "invalid-request")
                .body("errors.field", contains("username"));
    }

    @Test
    void advancingTheClockMovesItForwardAndResetBringsItBack() {
        assertOffsetFromRealTime(Duration.ZERO, readClock());

        moveClock(Map.of("advance", "P30D")).then().statusCode(200).body("offset", equalTo("PT720H"));
        assertOffsetFromRealTime(Duration.ofDays(30), readClock());
        moveClock(Map.of("advance", "PT6H")).then().statusCode(200).body("offset", equalTo("PT726H"));

        moveClock(Map.of("reset", true)).then().statusCode(200).body("offset", equalTo("PT0S"));
        assertOffsetFromRealTime(Duration.ZERO, readClock());
    }

    @Test
    void theServiceChecksDeadlinesAgainstTheMovedClock() {
        Org agency = Fixtures.agency();
        // stage 1 closes in 30 days: publishable now, not once the clock is 31 days ahead
        String id = Fixtures.draft(agency, Fixtures.publishableChallenge("Clock-bound " + agency.id()));
        moveClock(Map.of("advance", "P31D")).then().statusCode(200);
        assertProblem(as(agency.officer()).post("/api/v1/challenges/" + id + "/publish"), 422, "rule-violation")
                .body("errors.field", hasItem("stages[0].deadline"));
        moveClock(Map.of("reset", true)).then().statusCode(200);
        as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
    }

    @Test
    void badClockRequestsAre400AndLeaveTheClockAlone() {
        assertProblem(moveClock(Map.of("advance", "thirty days")), 400, "invalid-request")
                .body("errors.field", contains("advance"));
        assertProblem(moveClock(Map.of("advance", "-P1D")), 400, "invalid-request")
                .body("errors.field", contains("advance"));
        assertProblem(moveClock(Map.of("advance", "PT0S")), 400, "invalid-request")
                .body("errors.field", contains("advance"));
        assertProblem(moveClock(Map.of("advance", "P1D", "reset", true)), 400, "invalid-request")
                .body("errors.field", contains("body"));
        assertProblem(moveClock(Map.of("reset", false)), 400, "invalid-request")
                .body("errors.field", contains("reset"));
        assertProblem(moveClock(Map.of()), 400, "invalid-request").body("errors.field", contains("body"));
        assertProblem(moveClock(Map.of("advance", 30)), 400, "invalid-request")
                .body("errors.field", contains("advance"));
        assertProblem(anonymous().contentType(ContentType.JSON).post("/dev/clock"), 400, "invalid-request");
        assertProblem(
                anonymous().contentType(ContentType.JSON).body("{\"advance\": ").post("/dev/clock"),
                400,
                "malformed-request");

        assertOffsetFromRealTime(Duration.ZERO, readClock());
    }

    private static Response moveClock(Map<String, ?> body) {
        return anonymous().contentType(ContentType.JSON).body(body).post("/dev/clock");
    }

    private static JsonPath readClock() {
        return anonymous().get("/dev/clock").then().statusCode(200).extract().jsonPath();
    }

    private static void assertOffsetFromRealTime(Duration expected, JsonPath clock) {
        Instant now = Instant.parse(clock.getString("now"));
        Duration offset = Duration.between(Instant.now(), now);
        assertTrue(
                offset.minus(expected).abs().compareTo(TOLERANCE) < 0,
                "the clock is " + offset + " from the real time, not " + expected);
        assertEquals(expected, Duration.parse(clock.getString("offset")));
    }
}
