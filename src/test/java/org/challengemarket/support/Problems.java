package org.challengemarket.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.List;

/** Assertions on the API's one error body, RFC 9457 problem+json. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:challengemarket:problem:";

    /** What would betray the server's insides: package names, exception names, stack frames. */
    private static final List<String> LEAKS = List.of(
            "org.",
            "java.",
            "javax.",
            "jakarta.",
            "io.quarkus",
            "io.vertx",
            "com.fasterxml",
            "Exception",
            "hibernate",
            "\tat ",
            "Caused by");

    private Problems() {}

    /**
     * Asserts that {@code response} is a problem of {@code status} and {@code type} (the slug of
     * its {@code urn:challengemarket:problem:} URI) with a title and a detail, and nothing leaked.
     */
    public static ValidatableResponse assertProblem(Response response, int status, String type) {
        assertNoLeak(response.asString());
        ValidatableResponse validatable = response.then().statusCode(status).contentType(MEDIA_TYPE);
        JsonPath problem = response.jsonPath();
        assertThat(problem.getString("type")).isEqualTo(TYPE_PREFIX + type);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        return validatable;
    }

    /** Asserts that a response body names no Java class, package or stack frame. */
    public static void assertNoLeak(String body) {
        for (String leak : LEAKS) {
            assertThat(body).as(() -> "The body leaks '" + leak + "': " + body).doesNotContain(leak);
        }
    }
}
