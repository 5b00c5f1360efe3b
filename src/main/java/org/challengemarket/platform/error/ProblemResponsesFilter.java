package org.challengemarket.platform.error;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the one error shape on every operation: a {@code default} response of
 * {@code application/problem+json}, and the same body on the error responses the framework adds
 * by itself (400, 401, 403), so clients and the contract tests know every error body.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(
                "FieldError",
                object().addProperty("field", string("JSON path of the field, e.g. stages[1].deadline"))
                        .addProperty("message", string("Why the value was refused")));
        components.addSchema(
                "Problem",
                object().description("RFC 9457 problem details: the one error body of the API")
                        .addRequired("type")
                        .addRequired("title")
                        .addRequired("status")
                        .addProperty("type", string("Stable problem type URI").format("uri"))
                        .addProperty("title", string("Short summary of the problem type"))
                        .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                        .addProperty("detail", string("What went wrong, for a person"))
                        .addProperty("instance", string("The request path"))
                        .addProperty(
                                "errors",
                                OASFactory.createSchema()
                                        .type(List.of(Schema.SchemaType.ARRAY))
                                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))));
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                        response.setContent(problemContent());
                    }
                });
                operation
                        .getResponses()
                        .addAPIResponse(
                                "default",
                                OASFactory.createAPIResponse()
                                        .description("Problem details (RFC 9457)")
                                        .content(problemContent()));
            }
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static Schema object() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
