package org.challengemarket.apiclient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.platform.Sha256;

/**
 * A service account of an incubator: software that calls the API for it, with the
 * {@code incubator} role and the incubator's {@code org_id}. Its secret is shown once at creation;
 * the service keeps only its SHA-256 (embedded mode) or nothing at all (Keycloak holds it).
 */
@Entity
@Table(name = "api_client")
public class ApiClient extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false)
    public String name;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "secret_sha256")
    public String secretSha256;

    @Column(name = "keycloak_id")
    public String keycloakId;

    @Column(name = "created_by", nullable = false)
    public UUID createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    protected ApiClient() {}

    private ApiClient(UUID organisationId, String name, String clientId, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.name = name.strip();
        this.clientId = clientId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** A client whose secret the service checks itself (embedded mode). */
    public static ApiClient withSecret(
            UUID organisationId, String name, String clientId, String secret, UUID createdBy, Instant now) {
        ApiClient client = new ApiClient(organisationId, name, clientId, createdBy, now);
        client.secretSha256 = Sha256.hex(secret);
        return client;
    }

    /** A client that lives in Keycloak, which checks its secret (keycloak mode). */
    public static ApiClient inKeycloak(
            UUID organisationId, String name, String clientId, String keycloakId, UUID createdBy, Instant now) {
        ApiClient client = new ApiClient(organisationId, name, clientId, createdBy, now);
        client.keycloakId = keycloakId;
        return client;
    }

    /** True when {@code secret} is this client's secret; always false for a client of Keycloak. */
    public boolean acceptsSecret(String secret) {
        return secretSha256 != null
                && secret != null
                && MessageDigest.isEqual(
                        secretSha256.getBytes(StandardCharsets.US_ASCII),
                        Sha256.hex(secret).getBytes(StandardCharsets.US_ASCII));
    }

    public static Optional<ApiClient> findByClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }

    public static Optional<ApiClient> findOwned(UUID id, UUID organisationId) {
        return find("id = ?1 and organisationId = ?2", id, organisationId).firstResultOptional();
    }
}
