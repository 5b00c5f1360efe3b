package org.challengemarket.platform.error;

import java.net.URI;

/** The stable problem types of the API, each with its HTTP status and a short title. */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request", "The request body could not be read"),
    INVALID_REQUEST(400, "invalid-request", "The request has invalid fields"),
    UNAUTHORIZED(401, "unauthorized", "Authentication is required"),
    FORBIDDEN(403, "forbidden", "You are not allowed to do this"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    CONFLICT(409, "conflict", "The request conflicts with the current state"),
    PRECONDITION_FAILED(412, "stale-version", "The resource changed since you read it"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    RULE_VIOLATION(422, "rule-violation", "The request breaks a business rule"),
    DEADLINE_PASSED(422, "deadline-passed", "The deadline has passed"),
    PRECONDITION_REQUIRED(428, "version-required", "An If-Match header is required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests; retry after the time given"),
    INTERNAL(500, "internal-error", "Internal error"),
    BAD_GATEWAY(502, "identity-provider-failed", "The identity provider refused or failed the request"),
    UNAVAILABLE(503, "unavailable", "Service unavailable");

    private static final String PREFIX = "urn:challengemarket:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(PREFIX + slug);
    }

    /** The type to use for a bare HTTP status raised by the framework. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != INVALID_REQUEST && type != DEADLINE_PASSED) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
