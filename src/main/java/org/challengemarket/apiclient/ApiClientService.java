package org.challengemarket.apiclient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.apiclient.dto.ApiClientDtos.ApiClientDto;
import org.challengemarket.apiclient.dto.ApiClientDtos.CreatedApiClient;
import org.challengemarket.apiclient.dto.ApiClientDtos.NewApiClient;
import org.challengemarket.organisation.Member;
import org.challengemarket.organisation.OrganisationType;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.security.AuthConfig;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.keycloak.KeycloakAccounts;
import org.challengemarket.platform.security.keycloak.KeycloakAccounts.CreatedClient;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;

/**
 * API clients of incubators. The incubator's people create, list and delete them; the clients get
 * tokens with the client-credentials grant, from Keycloak (keycloak mode) or from the embedded
 * issuer's {@code /dev/token}. An API client cannot manage API clients.
 */
@ApplicationScoped
public class ApiClientService {

    /** Where an embedded-mode client gets its tokens. */
    public static final String EMBEDDED_TOKEN_ENDPOINT = "/dev/token";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentUser user;

    @Inject
    AuthConfig auth;

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    ApiClientConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public CreatedApiClient create(NewApiClient request) {
        Member person = incubatorPerson();
        UUID organisation = person.organisation.id;
        if (ApiClient.count("organisationId", organisation) >= config.maxPerOrganisation()) {
            throw new ProblemException(
                    ProblemType.RULE_VIOLATION,
                    "An organisation may hold at most " + config.maxPerOrganisation()
                            + " API clients; delete one it no longer uses");
        }
        if (ApiClient.count(
                        "organisationId = ?1 and lower(name) = lower(?2)",
                        organisation,
                        request.name().strip())
                > 0) {
            throw ProblemException.conflict("Your organisation has an API client named '"
                    + request.name().strip() + "' already");
        }
        String clientId = "incubator-" + HexFormat.of().formatHex(randomBytes(8));
        ApiClient client;
        String secret;
        String tokenEndpoint;
        if (auth.keycloak()) {
            CreatedClient created =
                    keycloak.createServiceClient(clientId, request.name().strip(), organisation);
            keycloak.removeUnlessCommitted(
                    () -> keycloak.deleteClient(created.keycloakId()), "the API client " + clientId);
            client = ApiClient.inKeycloak(
                    organisation, request.name(), clientId, created.keycloakId(), person.id, clock.instant());
            secret = created.secret();
            tokenEndpoint = auth.openIdEndpoint("token");
        } else {
            secret = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
            client = ApiClient.withSecret(organisation, request.name(), clientId, secret, person.id, clock.instant());
            tokenEndpoint = EMBEDDED_TOKEN_ENDPOINT;
        }
        client.persistAndFlush();
        audit.record("api_client.created", "api_client", client.id, client.clientId + " " + client.name);
        return new CreatedApiClient(client.id, client.name, client.clientId, secret, tokenEndpoint, client.createdAt);
    }

    @Transactional
    public PageDto<ApiClientDto> list(PageRequest page) {
        var query = ApiClient.find("organisationId = ?1 order by createdAt, id", user.requireOrganisation());
        List<ApiClientDto> items = query.page(page.page() - 1, page.size()).<ApiClient>list().stream()
                .map(ApiClientDto::from)
                .toList();
        return PageDto.of(items, page, query.count());
    }

    @Transactional
    public ApiClientDto get(UUID id) {
        return ApiClientDto.from(owned(id, user.requireOrganisation()));
    }

    /** Deletes the client; in keycloak mode from Keycloak first, so a failure there keeps it listed. */
    @Transactional
    public void delete(UUID id) {
        ApiClient client = owned(id, incubatorPerson().organisation.id);
        if (client.keycloakId != null) {
            keycloak.deleteClient(client.keycloakId);
        }
        client.delete();
        audit.record("api_client.deleted", "api_client", client.id, client.clientId + " " + client.name);
    }

    /** The embedded-mode client with this id and secret, for the dev issuer's client-credentials grant. */
    @Transactional
    public Optional<ApiClient> authenticate(String clientId, String secret) {
        if (clientId == null || secret == null) {
            return Optional.empty();
        }
        return ApiClient.findByClientId(clientId.strip()).filter(c -> c.acceptsSecret(secret));
    }

    private static ApiClient owned(UUID id, UUID organisation) {
        return ApiClient.findOwned(id, organisation).orElseThrow(() -> ProblemException.notFound("API client " + id));
    }

    /** The caller as a person of an incubator: API clients (whose subject is no member) are refused. */
    private Member incubatorPerson() {
        UUID organisation = user.requireOrganisation();
        Member member = subjectAsId()
                .flatMap(id -> Member.<Member>findByIdOptional(id))
                .filter(m -> m.organisation.id.equals(organisation))
                .orElseThrow(() -> ProblemException.forbidden(
                        "Only people of the incubator manage its API clients, not API clients themselves"));
        if (member.organisation.type != OrganisationType.INCUBATOR) {
            throw ProblemException.forbidden("Only incubators hold API clients");
        }
        return member;
    }

    private Optional<UUID> subjectAsId() {
        try {
            return Optional.of(UUID.fromString(user.subject()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
