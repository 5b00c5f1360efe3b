package org.challengemarket.support;

import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
        return response.then()
                .statusCode(status)
                .contentType(MEDIA_TYPE)
                .body("type", equalTo(TYPE_PREFIX + type))
                .body("status", equalTo(status))
                .body("title", not(blankOrNullString()))
                .body("detail", not(blankOrNullString()));
    }

    /** Asserts that a response body names no Java class, package or stack frame. */
    public static void assertNoLeak(String body) {
        for (String leak : LEAKS) {
            assertFalse(body.contains(leak), () -> "The body leaks '" + leak + "': " + body);
        }
    }
}
