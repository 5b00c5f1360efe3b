package org.challengemarket.platform.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.Problems.assertProblem;

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
import org.assertj.core.api.SoftAssertions;
import org.challengemarket.support.Api;
import org.challengemarket.support.ChallengeDraftBuilder.ChallengeDraft;
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
        JsonPath response = assertProblem(
                        postChallenge("{\"title\": \"Known\", \"colour\": \"red\"}"), 400, "invalid-request")
                .extract()
                .jsonPath();
        assertThat(response.getList("errors.field")).containsExactly("colour");
        assertThat(response.getString("detail")).contains("colour");
        response = assertProblem(
                        postChallenge("{\"title\": \"Known\", \"budget\": {\"amount\": 10, \"currency\": \"EUR\","
                                + " \"vat\": 21}}"),
                        400,
                        "invalid-request")
                .extract()
                .jsonPath();
        assertThat(response.getList("errors.field")).containsExactly("budget.vat");
    }

    @Test
    void wrongTypesAre400NamingTheField() {
        JsonPath response = assertProblem(postChallenge("{\"title\": 42}"), 400, "invalid-request")
                .extract()
                .jsonPath();
        assertThat(response.getList("errors.field")).containsExactly("title");
        response = assertProblem(
                        postChallenge("{\"title\": \"Pilots\", \"numberOfPilots\": \"two\"}"), 400, "invalid-request")
                .extract()
                .jsonPath();
        assertThat(response.getList("errors.field")).containsExactly("numberOfPilots");
        assertThat(response.getString("errors[0].message")).isEqualTo("must be a number");
        response = // a number in a string is not silently converted either
                assertProblem(
                                postChallenge("{\"title\": \"Pilots\", \"numberOfPilots\": \"2\"}"),
                                400,
                                "invalid-request")
                        .extract()
                        .jsonPath();
        assertThat(response.getList("errors.field")).containsExactly("numberOfPilots");
        response = assertProblem(
                        postChallenge("{\"title\": \"Pilots\", \"numberOfPilots\": 1.5}"), 400, "invalid-request")
                .extract()
                .jsonPath();
        assertThat(response.getList("errors.field")).containsExactly("numberOfPilots");
        response = assertProblem(
                        postChallenge("{\"title\": \"Budget\", \"budget\": {\"amount\": \"a lot\", \"currency\":"
                                + " \"EUR\"}}"),
                        400,
                        "invalid-request")
                .extract()
                .jsonPath();
        assertThat(response.getList("errors.field")).containsExactly("budget.amount");
        response = assertProblem(
                        postChallenge("{\"title\": \"Stages\", \"stages\": [{\"kind\": \"PITCH\", \"deadline\":"
                                + " \"next week\"}]}"),
                        400,
                        "invalid-request")
                .extract()
                .jsonPath();
        assertThat(response.getList("errors.field")).containsExactly("stages[0].deadline");
        response = assertProblem(
                        postChallenge("{\"title\": \"Stages\", \"stages\": [{\"kind\": \"LOTTERY\"}]}"),
                        400,
                        "invalid-request")
                .extract()
                .jsonPath();
        assertThat(response.getList("errors.field")).containsExactly("stages[0].kind");
        assertThat(response.getString("errors[0].message")).contains("EXPRESSION_OF_INTEREST");
    }

    @Test
    void beanValidationIs400ListingEveryField() {
        String body = "{\"title\": \" \", \"numberOfPilots\": 0, \"languages\": [\"english\"],"
                + " \"budget\": {\"amount\": -1}, \"weights\": {\"problemSolving\": 101},"
                + " \"stages\": [], \"sector\": \"" + "s".repeat(101) + "\"}";
        JsonPath problem = assertProblem(postChallenge(body), 400, "invalid-request")
                .extract()
                .jsonPath();
        assertThat(problem.getList("errors.field"))
                .containsExactlyInAnyOrder(
                        "title",
                        "numberOfPilots",
                        "languages[0]",
                        "budget.amount",
                        "budget.currency",
                        "weights.problemSolving",
                        "stages",
                        "sector");
        assertThat(problem.getList("errors.message", String.class))
                .allSatisfy(message -> assertThat(message).isNotBlank());
    }

    @Test
    void missingBodyIs400() {
        assertProblem(as(officer).contentType(ContentType.JSON).post("/api/v1/challenges"), 400, "invalid-request");
    }

    @Test
    void publishingAnIncompleteDraftIs422ListingTheFields() {
        String id = Fixtures.draft(agency, Map.<String, Object>of("title", "Only a title"));
        JsonPath response = assertProblem(
                        as(officer).post("/api/v1/challenges/" + id + "/publish"), 422, "rule-violation")
                .extract()
                .jsonPath();
        assertThat(response.getList("errors.field"))
                .contains(
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
                        "stages[0].deadline");
        // nothing was published, and reading the draft changes nothing either
        response = as(officer)
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .extract()
                .jsonPath();
        assertThat(response.getString("status")).isEqualTo("DRAFT");
        assertThat(response.getList("criteria.weight"))
                .allSatisfy(weight -> assertThat(weight).isNull());
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
        JsonPath response = assertProblem(anonymous().get("/api/v1/no-such-thing"), 404, "not-found")
                .extract()
                .jsonPath();
        assertThat(response.getString("instance")).isEqualTo("/api/v1/no-such-thing");
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
        JsonPath response = assertProblem(
                        as(Tokens.admin())
                                .contentType(ContentType.JSON)
                                .body(Map.of("name", agency.name().toUpperCase(), "type", "AGENCY"))
                                .post("/api/v1/organisations"),
                        409,
                        "conflict")
                .extract()
                .jsonPath();
        assertThat(response.getString("detail")).contains("already exists");
    }

    @Test
    void staleIfMatchIs412AndMissingIfMatchIs428() {
        ChallengeDraft draft = Fixtures.publishableChallenge("Versioned " + agency.id());
        String id = Fixtures.draft(agency, draft);
        as(officer)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(draft)
                .put("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");

        JsonPath response = assertProblem(
                        as(officer)
                                .contentType(ContentType.JSON)
                                .header("If-Match", "\"0\"")
                                .body(draft)
                                .put("/api/v1/challenges/" + id),
                        412,
                        "stale-version")
                .extract()
                .jsonPath();
        assertThat(response.getString("detail")).contains("version 1");
        assertProblem(
                as(officer)
                        .contentType(ContentType.JSON)
                        .header("If-Match", "yesterday's")
                        .body(draft)
                        .put("/api/v1/challenges/" + id),
                412,
                "stale-version");
        response = assertProblem(
                        as(officer).contentType(ContentType.JSON).body(draft).put("/api/v1/challenges/" + id),
                        428,
                        "version-required")
                .extract()
                .jsonPath();
        assertThat(response.getString("detail")).contains("If-Match");
    }

    @Test
    void jsonBodyDeclaredLargerThanTheLimitIs413() {
        byte[] body = jsonOfSize(JSON_LIMIT + 1);
        JsonPath response = assertProblem(
                        Api.expectingContinue(as(officer))
                                .contentType(ContentType.JSON)
                                .body(body)
                                .post("/api/v1/challenges"),
                        413,
                        "payload-too-large")
                .extract()
                .jsonPath();
        assertThat(response.getString("detail")).contains("1 MB");
    }

    @Test
    void jsonBodyAtTheLimitIsRead() {
        JsonPath response = // exactly at the limit the body is read, and refused only for what it says
                assertProblem(
                                as(officer)
                                        .contentType(ContentType.JSON)
                                        .body(jsonOfSize(JSON_LIMIT))
                                        .post("/api/v1/challenges"),
                                400,
                                "invalid-request")
                        .extract()
                        .jsonPath();
        assertThat(response.getList("errors.field")).containsExactly("title");
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
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(response.statusCode()).isEqualTo(413);
            softly.assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .isEqualTo(Problems.MEDIA_TYPE);
            softly.assertThat(problem.getString("type")).isEqualTo(Problems.TYPE_PREFIX + "payload-too-large");
            softly.assertThat(problem.getInt("status")).isEqualTo(413);
            softly.assertThat(problem.getString("detail")).contains("1 MB");
        });
    }

    @Test
    void anyBodyDeclaredLargerThanTheServerLimitIs413ProblemJson() {
        byte[] body = new byte[BODY_LIMIT + 1];
        Arrays.fill(body, (byte) 'x');
        JsonPath response = assertProblem(
                        Api.expectingContinue(anonymous())
                                .contentType(ContentType.BINARY)
                                .body(body)
                                .post("/api/v1/challenges"),
                        413,
                        "payload-too-large")
                .extract()
                .jsonPath();
        assertThat(response.getString("detail")).contains("20 MB");
    }

    @Test
    void badQueryParametersAre400NamingEachParameter() {
        JsonPath response = assertProblem(
                        anonymous()
                                .queryParam("page", 0)
                                .queryParam("size", 101)
                                .queryParam("status", "NOPE")
                                .queryParam("agency", "not-a-uuid")
                                .queryParam("deadlineFrom", "garbage")
                                .get("/api/v1/challenges"),
                        400,
                        "invalid-request")
                .extract()
                .jsonPath();
        assertThat(response.getList("errors.field"))
                .containsExactlyInAnyOrder("page", "size", "status", "agency", "deadlineFrom");
        response = assertProblem(
                        anonymous().queryParam("page", "first").get("/api/v1/challenges"), 400, "invalid-request")
                .extract()
                .jsonPath();
        assertThat(response.getList("errors.field")).containsExactly("page");
        response = assertProblem(
                        anonymous().queryParam("budgetMin", "cheap").get("/api/v1/challenges"), 400, "invalid-request")
                .extract()
                .jsonPath();
        assertThat(response.getList("errors.field")).containsExactly("budgetMin");
        response = assertProblem(
                        anonymous().queryParam("sort", "random").get("/api/v1/challenges"), 400, "invalid-request")
                .extract()
                .jsonPath();
        assertThat(response.getList("errors.field")).containsExactly("sort");
        response = assertProblem(
                        as(Tokens.admin()).queryParam("type", "GUILD").get("/api/v1/organisations"),
                        400,
                        "invalid-request")
                .extract()
                .jsonPath();
        assertThat(response.getList("errors.field")).containsExactly("type");
        response = assertProblem(
                        as(Tokens.admin()).queryParam("size", "many").get("/api/v1/organisations"),
                        400,
                        "invalid-request")
                .extract()
                .jsonPath();
        assertThat(response.getList("errors.field")).containsExactly("size");
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
