package org.challengemarket.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * REST Assured requests whose responses are validated against the committed contract
 * {@code openapi/openapi.yaml}. Requests are not validated: tests send bad input on purpose.
 */
public final class Api {

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(Path.of("openapi/openapi.yaml")
                            .toAbsolutePath()
                            .toUri()
                            .toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Api() {}

    /** An anonymous request. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().filter(CONTRACT).accept(ContentType.JSON);
    }

    /** A request with a bearer token. */
    public static RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }
}
