package org.challengemarket.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * REST Assured requests whose responses are validated against the committed contract
 * {@code openapi/openapi.yaml}. Requests are not validated: tests send bad input on purpose.
 */
public final class Api {

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator.createForSpecificationUrl(
                    Path.of("openapi/openapi.yaml").toAbsolutePath().toUri().toString())
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                    .build())
            .build();

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(VALIDATOR);

    private Api() {}

    /** An anonymous request. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().filter(CONTRACT).accept(ContentType.JSON);
    }

    /** A request with a bearer token. */
    public static RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    /**
     * Sends {@code Expect: 100-continue} and waits for the server before sending the body, so a
     * request the server refuses from its headers alone never has to be written out.
     */
    public static RequestSpecification expectingContinue(RequestSpecification request) {
        RestAssuredConfig config = RestAssured.config();
        HttpClientConfig client = config.getHttpClientConfig().setParam("http.protocol.expect-continue", true);
        return request.config(config.httpClient(client));
    }

    /** Validates a response obtained without REST Assured against the contract. */
    public static void assertMatchesContract(
            Request.Method method, String path, int status, String contentType, String body) {
        ValidationReport report = VALIDATOR.validateResponse(
                path,
                method,
                SimpleResponse.Builder.status(status)
                        .withContentType(contentType)
                        .withBody(body)
                        .build());
        assertThat(report.hasErrors())
                .as(() -> "The response breaks openapi/openapi.yaml: " + report.getMessages())
                .isFalse();
    }
}
