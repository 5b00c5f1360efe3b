package org.challengemarket.platform.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.Problems.assertProblem;

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
        JsonPath json = anonymous()
                .contentType(ContentType.JSON)
                .body(Map.of("reset", true))
                .post("/dev/clock")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("offset")).isEqualTo("PT0S");
    }

    @Test
    void listsDemoUsersForEveryRoleWithTheirOrganisation() {
        JsonPath users =
                anonymous().get("/dev/users").then().statusCode(200).extract().jsonPath();
        assertThat(users.getList("username"))
                .contains("admin", "officer.mobility", "finance.mobility", "anna.routewise");
        assertThat(users.getList("username")).contains("ines.incubator", "eva.expert");
        List<Map<String, Object>> list = users.getList("$");
        Set<String> roles = new TreeSet<>();
        for (Map<String, Object> user : list) {
            assertThat(((String) user.get("username")).isBlank()).isFalse();
            assertThat(((String) user.get("name")).isBlank()).isFalse();
            @SuppressWarnings("unchecked")
            List<String> userRoles = (List<String>) user.get("roles");
            assertThat(userRoles.isEmpty()).as(user.toString()).isFalse();
            roles.addAll(userRoles);
            @SuppressWarnings("unchecked")
            Map<String, Object> organisation = (Map<String, Object>) user.get("organisation");
            assertThat(organisation.get("id").toString().matches("[0-9a-f-]{36}"))
                    .as(user.toString())
                    .isTrue();
            assertThat(organisation.get("name").toString().isBlank()).isFalse();
            assertThat(organisation.get("type")).as(user.toString()).isIn("AGENCY", "COMPANY", "INCUBATOR", "LAB");
        }
        assertThat(roles).as("a demo user for every role of the design").isEqualTo(new TreeSet<>(Roles.ALL));
        assertThat(users.getString("find { it.username == 'admin' }.organisation.type"))
                .isEqualTo("LAB");
        assertThat(users.getString("find { it.username == 'officer.mobility' }.organisation.name"))
                .isEqualTo("Federal Public Service Mobility");
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
        JsonPath json = issued.then().statusCode(200).extract().jsonPath();
        assertThat(json.getString("token_type")).isEqualTo("Bearer");
        assertThat(json.getInt("expires_in")).isEqualTo(3600);
        assertThat(json.getString("access_token")).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        String token = issued.path("access_token");

        json = as(token)
                .get("/api/v1/organisations/" + agencyId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("name")).isEqualTo("Federal Public Service Mobility");
        json = as(token)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Drafted with a dev token"))
                .post("/api/v1/challenges")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(json.<Object>get("agency.id")).isEqualTo(agencyId);
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
        JsonPath json = as(token)
                .get("/api/v1/audit/verify")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("valid")).isTrue();
    }

    @Test
    void unknownOrMissingUsernameIs400() {
        JsonPath json = assertProblem(
                        anonymous()
                                .contentType(ContentType.URLENC)
                                .formParam("username", "nobody.at.all")
                                .post("/dev/token"),
                        400,
                        "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).containsExactly("username");
        json = assertProblem(
                        anonymous()
                                .contentType(ContentType.URLENC)
                                .formParam("other", "x")
                                .post("/dev/token"),
                        400,
                        "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).containsExactly("username");
        json = assertProblem(
                        anonymous()
                                .contentType(ContentType.URLENC)
                                .formParam("username", "  ")
                                .post("/dev/token"),
                        400,
                        "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).containsExactly("username");
    }

    @Test
    void advancingTheClockMovesItForwardAndResetBringsItBack() {
        assertOffsetFromRealTime(Duration.ZERO, readClock());

        JsonPath json = moveClock(Map.of("advance", "P30D"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("offset")).isEqualTo("PT720H");
        assertOffsetFromRealTime(Duration.ofDays(30), readClock());
        json = moveClock(Map.of("advance", "PT6H"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("offset")).isEqualTo("PT726H");

        json = moveClock(Map.of("reset", true)).then().statusCode(200).extract().jsonPath();
        assertThat(json.getString("offset")).isEqualTo("PT0S");
        assertOffsetFromRealTime(Duration.ZERO, readClock());
    }

    @Test
    void theServiceChecksDeadlinesAgainstTheMovedClock() {
        Org agency = Fixtures.agency();
        // stage 1 closes in 30 days: publishable now, not once the clock is 31 days ahead
        String id = Fixtures.draft(agency, Fixtures.publishableChallenge("Clock-bound " + agency.id()));
        moveClock(Map.of("advance", "P31D")).then().statusCode(200);
        JsonPath json = assertProblem(
                        as(agency.officer()).post("/api/v1/challenges/" + id + "/publish"), 422, "rule-violation")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("stages[0].deadline");
        moveClock(Map.of("reset", true)).then().statusCode(200);
        json = as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("PUBLISHED");
    }

    @Test
    void badClockRequestsAre400AndLeaveTheClockAlone() {
        JsonPath json = assertProblem(moveClock(Map.of("advance", "thirty days")), 400, "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).containsExactly("advance");
        json = assertProblem(moveClock(Map.of("advance", "-P1D")), 400, "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).containsExactly("advance");
        json = assertProblem(moveClock(Map.of("advance", "PT0S")), 400, "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).containsExactly("advance");
        json = assertProblem(moveClock(Map.of("advance", "P1D", "reset", true)), 400, "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).containsExactly("body");
        json = assertProblem(moveClock(Map.of("reset", false)), 400, "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).containsExactly("reset");
        json = assertProblem(moveClock(Map.of()), 400, "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).containsExactly("body");
        json = assertProblem(moveClock(Map.of("advance", 30)), 400, "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).containsExactly("advance");
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
        assertThat(offset.minus(expected).abs().compareTo(TOLERANCE) < 0)
                .as("the clock is " + offset + " from the real time, not " + expected)
                .isTrue();
        assertThat(Duration.parse(clock.getString("offset"))).isEqualTo(expected);
    }
}
