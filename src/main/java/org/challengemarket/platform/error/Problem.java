package org.challengemarket.platform.error;

import java.net.URI;
import java.util.List;

/**
 * RFC 9457 problem details: the one error body of the API (documented in the OpenAPI contract by
 * {@link ProblemResponsesFilter}).
 */
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The body for a problem of {@code type} met at the request path {@code instance}. */
    public static Problem of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(
                type.uri(),
                type.title(),
                type.status(),
                detail,
                instance,
                errors.isEmpty() ? null : List.copyOf(errors));
    }

    /** One field (a JSON path such as {@code stages[1].deadline}) and why it was refused. */
    public record FieldError(String field, String message) {}
}
