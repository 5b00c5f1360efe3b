package org.challengemarket.platform.error;

import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.Problems.assertProblem;
import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.support.Api;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.Problems;
import org.challengemarket.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every error is one problem+json shape with a stable type, a detail and, for bad input, the
 * fields at fault; none names a Java class or shows a stack trace.
 */
@QuarkusTest
class ErrorResponsesTest {

    /** The JSON body limit of the test profile, the default of {@code challengemarket.http.max-json-body}. */
    private static final int JSON_LIMIT = 1024 * 1024;

    /** quarkus.http.limits.max-body-size of application.properties. */
    private static final int BODY_LIMIT = 20 * 1024 * 1024;

    @TestHTTPResource("/api/v1/challenges")
    URL challenges;

    private Org agency;
    private String officer;

    @BeforeEach
    void anAgencyOfficer() {
        agency = Fixtures.agency();
        officer = agency.officer();
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(postChallenge("{\"title\": \"Unfinished"), 400, "malformed-request");
        assertProblem(postChallenge("[\"not\", \"an object\"]"), 400, "malformed-request");
    }

    @Test
    void unknownFieldIs400NamingTheField() {
        assertProblem(postChallenge("{\"title\": \"Known\", \"colour\": \"red\"}"), 400, "invalid-request")
                .body("errors.field", contains("colour"))
                .body("detail", containsString("colour"));
        assertProblem(
                        postChallenge("{\"title\": \"Known\", \"budget\": {\"amount\": 10, \"currency\": \"EUR\","
                                + " \"vat\": 21}}"),
                        400,
                        "invalid-request")
                .body("errors.field", contains("budget.vat"));
    }

    @Test
    void wrongTypesAre400NamingTheField() {
        assertProblem(postChallenge("{\"title\": 42}"), 400, "invalid-request").body("errors.field", contains("title"));
        assertProblem(postChallenge("{\"title\": \"Pilots\", \"numberOfPilots\": \"two\"}"), 400, "invalid-request")
                .body("errors.field", contains("numberOfPilots"))
                .body("errors[0].message", equalTo("must be a number"));
        // a number in a string is not silently converted either
        assertProblem(postChallenge("{\"title\": \"Pilots\", \"numberOfPilots\": \"2\"}"), 400, "invalid-request")
                .body("errors.field", contains("numberOfPilots"));
        assertProblem(postChallenge("{\"title\": \"Pilots\", \"numberOfPilots\": 1.5}"), 400, "invalid-request")
                .body("errors.field", contains("numberOfPilots"));
        assertProblem(
                        postChallenge("{\"title\": \"Budget\", \"budget\": {\"amount\": \"a lot\", \"currency\":"
                                + " \"EUR\"}}"),
                        400,
                        "invalid-request")
                .body("errors.field", contains("budget.amount"));
        assertProblem(
                        postChallenge("{\"title\": \"Stages\", \"stages\": [{\"kind\": \"PITCH\", \"deadline\":"
                                + " \"next week\"}]}"),
                        400,
                        "invalid-request")
                .body("errors.field", contains("stages[0].deadline"));
        assertProblem(
                        postChallenge("{\"title\": \"Stages\", \"stages\": [{\"kind\": \"LOTTERY\"}]}"),
                        400,
                        "invalid-request")
                .body("errors.field", contains("stages[0].kind"))
                .body("errors[0].message", containsString("EXPRESSION_OF_INTEREST"));
    }

    @Test
    void beanValidationIs400ListingEveryField() {
        String body = "{\"title\": \" \", \"numberOfPilots\": 0, \"languages\": [\"english\"],"
                + " \"budget\": {\"amount\": -1}, \"weights\": {\"problemSolving\": 101},"
                + " \"stages\": [], \"sector\": \"" + "s".repeat(101) + "\"}";
        assertProblem(postChallenge(body), 400, "invalid-request")
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "title",
                                "numberOfPilots",
                                "languages[0]",
                                "budget.amount",
                                "budget.currency",
                                "weights.problemSolving",
                                "stages",
                                "sector"))
                .body("errors.message", everyItem(not(blankOrNullString())));
    }

    @Test
    void missingBodyIs400() {
        assertProblem(as(officer).contentType(ContentType.JSON).post("/api/v1/challenges"), 400, "invalid-request");
    }

    @Test
    void publishingAnIncompleteDraftIs422ListingTheFields() {
        String id = Fixtures.draft(agency, Map.<String, Object>of("title", "Only a title"));
        assertProblem(as(officer).post("/api/v1/challenges/" + id + "/publish"), 422, "rule-violation")
                .body(
                        "errors.field",
                        hasItems(
                                "problemStatement",
                                "context",
                                "expectedOutcomes",
                                "sector",
                                "languages",
                                "numberOfPilots",
                                "budget",
                                "weights.problemSolving",
                                "weights.teamMotivation",
                                "weights.implementationCost",
                                "stages[0].opensAt",
                                "stages[0].deadline"));
        // nothing was published, and reading the draft changes nothing either
        as(officer)
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("criteria.weight", everyItem(nullValue()));
        as(officer).get("/api/v1/challenges/" + id).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void unknownIdIs404() {
        assertProblem(anonymous().get("/api/v1/challenges/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(as(Tokens.admin()).get("/api/v1/organisations/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(anonymous().get("/api/v1/challenges/not-a-uuid"), 404, "not-found");
    }

    @Test
    void unknownPathIs404() {
        assertProblem(anonymous().get("/api/v1/no-such-thing"), 404, "not-found")
                .body("instance", equalTo("/api/v1/no-such-thing"));
        assertProblem(anonymous().get("/api/v1/challenges/a/b/c"), 404, "not-found");
    }

    @Test
    void wrongMethodIs405() {
        assertProblem(as(officer).delete("/api/v1/challenges"), 405, "method-not-allowed");
        assertProblem(anonymous().put("/api/v1/agencies"), 405, "method-not-allowed");
    }

    @Test
    void textBodyIs415() {
        assertProblem(
                as(officer)
                        .contentType(ContentType.TEXT)
                        .body("title=A plain text draft")
                        .post("/api/v1/challenges"),
                415,
                "unsupported-media-type");
    }

    @Test
    void unacceptableMediaTypeIs406() {
        assertProblem(anonymous().accept("text/csv").get("/api/v1/challenges"), 406, "not-acceptable");
    }

    @Test
    void duplicateOrganisationNameIs409() {
        assertProblem(
                        as(Tokens.admin())
                                .contentType(ContentType.JSON)
                                .body(Map.of("name", agency.name().toUpperCase(), "type", "AGENCY"))
                                .post("/api/v1/organisations"),
                        409,
                        "conflict")
                .body("detail", containsString("already exists"));
    }

    @Test
    void staleIfMatchIs412AndMissingIfMatchIs428() {
        Map<String, Object> draft = Fixtures.publishableChallenge("Versioned " + agency.id());
        String id = Fixtures.draft(agency, draft);
        as(officer)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(draft)
                .put("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");

        assertProblem(
                        as(officer)
                                .contentType(ContentType.JSON)
                                .header("If-Match", "\"0\"")
                                .body(draft)
                                .put("/api/v1/challenges/" + id),
                        412,
                        "stale-version")
                .body("detail", containsString("version 1"));
        assertProblem(
                as(officer)
                        .contentType(ContentType.JSON)
                        .header("If-Match", "yesterday's")
                        .body(draft)
                        .put("/api/v1/challenges/" + id),
                412,
                "stale-version");
        assertProblem(
                        as(officer).contentType(ContentType.JSON).body(draft).put("/api/v1/challenges/" + id),
                        428,
                        "version-required")
                .body("detail", containsString("If-Match"));
    }

    @Test
    void jsonBodyDeclaredLargerThanTheLimitIs413() {
        byte[] body = jsonOfSize(JSON_LIMIT + 1);
        assertProblem(
                        Api.expectingContinue(as(officer))
                                .contentType(ContentType.JSON)
                                .body(body)
                                .post("/api/v1/challenges"),
                        413,
                        "payload-too-large")
                .body("detail", containsString("1 MB"));
    }

    @Test
    void jsonBodyAtTheLimitIsRead() {
        // exactly at the limit the body is read, and refused only for what it says
        assertProblem(
                        as(officer)
                                .contentType(ContentType.JSON)
                                .body(jsonOfSize(JSON_LIMIT))
                                .post("/api/v1/challenges"),
                        400,
                        "invalid-request")
                .body("errors.field", contains("title"));
    }

    @Test
    void chunkedJsonBodyLargerThanTheLimitIs413() throws Exception {
        byte[] body = jsonOfSize(JSON_LIMIT + 1);
        HttpRequest request = HttpRequest.newBuilder(challenges.toURI())
                .header("Authorization", "Bearer " + officer)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                // an unknown length: the body goes chunked, with no Content-Length to judge it by
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        Api.assertMatchesContract(
                Request.Method.POST,
                "/api/v1/challenges",
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
        Problems.assertNoLeak(response.body());
        JsonPath problem = JsonPath.from(response.body());
        assertAll(
                () -> assertEquals(413, response.statusCode()),
                () -> assertEquals(
                        Problems.MEDIA_TYPE,
                        response.headers().firstValue("Content-Type").orElse("")),
                () -> assertEquals(Problems.TYPE_PREFIX + "payload-too-large", problem.getString("type")),
                () -> assertEquals(413, problem.getInt("status")),
                () -> assertTrue(problem.getString("detail").contains("1 MB"), problem.getString("detail")));
    }

    @Test
    void anyBodyDeclaredLargerThanTheServerLimitIs413ProblemJson() {
        byte[] body = new byte[BODY_LIMIT + 1];
        Arrays.fill(body, (byte) 'x');
        assertProblem(
                        Api.expectingContinue(anonymous())
                                .contentType(ContentType.BINARY)
                                .body(body)
                                .post("/api/v1/challenges"),
                        413,
                        "payload-too-large")
                .body("detail", containsString("20 MB"));
    }

    @Test
    void badQueryParametersAre400NamingEachParameter() {
        assertProblem(
                        anonymous()
                                .queryParam("page", 0)
                                .queryParam("size", 101)
                                .queryParam("status", "NOPE")
                                .queryParam("agency", "not-a-uuid")
                                .queryParam("deadlineFrom", "garbage")
                                .get("/api/v1/challenges"),
                        400,
                        "invalid-request")
                .body("errors.field", containsInAnyOrder("page", "size", "status", "agency", "deadlineFrom"));
        assertProblem(anonymous().queryParam("page", "first").get("/api/v1/challenges"), 400, "invalid-request")
                .body("errors.field", contains("page"));
        assertProblem(anonymous().queryParam("budgetMin", "cheap").get("/api/v1/challenges"), 400, "invalid-request")
                .body("errors.field", contains("budgetMin"));
        assertProblem(anonymous().queryParam("sort", "random").get("/api/v1/challenges"), 400, "invalid-request")
                .body("errors.field", contains("sort"));
        assertProblem(
                        as(Tokens.admin()).queryParam("type", "GUILD").get("/api/v1/organisations"),
                        400,
                        "invalid-request")
                .body("errors.field", contains("type"));
        assertProblem(
                        as(Tokens.admin()).queryParam("size", "many").get("/api/v1/organisations"),
                        400,
                        "invalid-request")
                .body("errors.field", contains("size"));
    }

    private Response postChallenge(String json) {
        return as(officer).contentType(ContentType.JSON).body(json).post("/api/v1/challenges");
    }

    /** A JSON object of exactly {@code size} bytes whose title is far too long. */
    private static byte[] jsonOfSize(int size) {
        String start = "{\"title\": \"";
        String end = "\"}";
        return (start + "t".repeat(size - start.length() - end.length()) + end).getBytes(StandardCharsets.UTF_8);
    }
}
