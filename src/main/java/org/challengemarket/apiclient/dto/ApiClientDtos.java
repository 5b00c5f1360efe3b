package org.challengemarket.apiclient.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.challengemarket.apiclient.ApiClient;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the API-client endpoints. */
public final class ApiClientDtos {

    private ApiClientDtos() {}

    /** A new API client: a name people recognise it by. */
    public record NewApiClient(@NotBlank @Size(max = 100) String name) {}

    /** An API client as the list shows it: never its secret. */
    public record ApiClientDto(UUID id, String name, String clientId, Instant createdAt) {
        public static ApiClientDto from(ApiClient c) {
            return new ApiClientDto(c.id, c.name, c.clientId, c.createdAt);
        }
    }

    /** A client just created, with its secret: the only answer that ever shows it. */
    public record CreatedApiClient(
            UUID id,
            String name,
            String clientId,

            @Schema(description = "Shown once; absent when a retry with the same Idempotency-Key answers")
            String clientSecret,

            @Schema(
                    description = "Where the client gets tokens with the client-credentials grant: Keycloak's"
                            + " token endpoint, or this service's /dev/token in embedded mode")
            String tokenEndpoint,

            Instant createdAt) {

        public CreatedApiClient withoutSecret() {
            return new CreatedApiClient(id, name, clientId, null, tokenEndpoint, createdAt);
        }
    }
}
