package org.challengemarket;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed contract {@code openapi/openapi.yaml} is what the code serves. Run {@code make
 * openapi} to rewrite it after an intended API change, and review the diff.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi/openapi.yaml");

    @Test
    void committedContractMatchesTheSpecGeneratedFromTheCode() throws IOException {
        String generated = RestAssured.get("/q/openapi?format=yaml")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(CONTRACT, generated);
        }
        assertThat(generated)
                .as("openapi/openapi.yaml differs from the code's API: run `make openapi` and review the diff")
                .isEqualTo(Files.readString(CONTRACT));
    }
}
