package org.challengemarket.platform.security.keycloak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.security.AuthConfig;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Users and API clients in the Keycloak realm, through the admin client (the realm's
 * {@code challenge-market-service} client). Every failure of Keycloak becomes a problem: 503 when
 * it cannot be reached, 409 when it holds the name already, 502 otherwise; what a failed call had
 * created in Keycloak is removed again before the problem is thrown.
 */
@ApplicationScoped
public class KeycloakAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class);

    /** A user made in Keycloak: its id, and the temporary password to hand over once. */
    public record CreatedUser(UUID id, String temporaryPassword) {}

    /** A service-account client made in Keycloak: its internal id and its secret, shown once. */
    public record CreatedClient(String keycloakId, String secret) {}

    @Inject
    Instance<Keycloak> admin;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.realm", defaultValue = "challenge-market")
    String realmName;

    @Inject
    AuthConfig auth;

    /** Makes a person's user with the organisation in {@code org_id}, the roles and a temporary password. */
    public CreatedUser createUser(UUID organisation, String username, String name, String email, List<String> roles) {
        String password = Passwords.temporary();
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setEnabled(true);
        String[] names = name.strip().split("\\s+", 2);
        user.setFirstName(names[0]);
        user.setLastName(names.length > 1 ? names[1] : null);
        user.setAttributes(Map.of(CurrentUser.ORG_CLAIM, List.of(organisation.toString())));
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        user.setCredentials(List.of(credential));

        String id = call("create the user " + username, () -> {
            try (Response created = realm().users().create(user)) {
                if (created.getStatus() == 409) {
                    throw ProblemException.conflict("The identity provider already has a user named '" + username
                            + "' or with the e-mail address " + email);
                }
                return CreatedResponseUtil.getCreatedId(created);
            }
        });
        try {
            call("give roles to " + username, () -> {
                realm().users().get(id).roles().realmLevel().add(realmRoles(roles));
                return null;
            });
        } catch (RuntimeException e) {
            deleteUser(UUID.fromString(id));
            throw e;
        }
        return new CreatedUser(UUID.fromString(id), password);
    }

    /** Removes a user; one already gone counts as removed. */
    public void deleteUser(UUID id) {
        call("remove the user " + id, () -> {
            try (Response ignored = realm().users().delete(id.toString())) {
                return null;
            }
        });
    }

    /**
     * Makes a confidential client whose service account holds the {@code incubator} role and whose
     * tokens carry the organisation ({@code org_id}) and the API's audience.
     */
    public CreatedClient createServiceClient(String clientId, String name, UUID organisation) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName(name);
        client.setDescription("API client of organisation " + organisation + ", made by Challenge Market");
        client.setEnabled(true);
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setProtocolMappers(List.of(organisationClaim(organisation), audienceMapper()));

        String id = call("create the API client " + clientId, () -> {
            try (Response created = realm().clients().create(client)) {
                return CreatedResponseUtil.getCreatedId(created);
            }
        });
        try {
            return call("set up the API client " + clientId, () -> {
                var resource = realm().clients().get(id);
                UserRepresentation account = resource.getServiceAccountUser();
                realm().users().get(account.getId()).roles().realmLevel().add(realmRoles(List.of(Roles.INCUBATOR)));
                return new CreatedClient(id, resource.getSecret().getValue());
            });
        } catch (RuntimeException e) {
            deleteClient(id);
            throw e;
        }
    }

    /** Removes a client; one already gone counts as removed. */
    public void deleteClient(String keycloakId) {
        call("remove the API client " + keycloakId, () -> {
            realm().clients().get(keycloakId).remove();
            return null;
        });
    }

    /**
     * Removes {@code what} from Keycloak again unless the current transaction commits: whatever
     * fails after Keycloak said yes (a later call, a constraint, the commit) leaves nothing behind.
     */
    public void removeUnlessCommitted(Runnable removal, String what) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    compensate(removal, what);
                }
            }
        });
    }

    /** Removes what a failed request had made, logging rather than hiding the first failure. */
    public void compensate(Runnable removal, String what) {
        try {
            removal.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not remove %s from Keycloak after a failed request; remove it by hand", what);
        }
    }

    private List<RoleRepresentation> realmRoles(List<String> names) {
        return names.stream()
                .map(role -> realm().roles().get(role).toRepresentation())
                .toList();
    }

    private ProtocolMapperRepresentation organisationClaim(UUID organisation) {
        Map<String, String> config = new HashMap<>();
        config.put("claim.name", CurrentUser.ORG_CLAIM);
        config.put("claim.value", organisation.toString());
        config.put("jsonType.label", "String");
        config.put("access.token.claim", "true");
        config.put("id.token.claim", "false");
        config.put("introspection.token.claim", "true");
        return mapper("org_id", "oidc-hardcoded-claim-mapper", config);
    }

    private ProtocolMapperRepresentation audienceMapper() {
        Map<String, String> config = new HashMap<>();
        config.put("included.client.audience", auth.audience());
        config.put("access.token.claim", "true");
        config.put("id.token.claim", "false");
        config.put("introspection.token.claim", "true");
        return mapper(auth.audience() + " audience", "oidc-audience-mapper", config);
    }

    private static ProtocolMapperRepresentation mapper(String name, String type, Map<String, String> config) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        mapper.setConfig(config);
        return mapper;
    }

    private RealmResource realm() {
        return admin.get().realm(realmName);
    }

    /** Runs one exchange with Keycloak and turns its failures into problems. */
    private <T> T call(String what, Supplier<T> exchange) {
        try {
            return exchange.get();
        } catch (ProblemException e) {
            throw e;
        } catch (NotFoundException e) {
            if (what.startsWith("remove")) {
                return null; // already gone
            }
            throw failed(what, e);
        } catch (WebApplicationException e) {
            throw failed(what, e);
        } catch (ProcessingException e) {
            LOG.warnf(e, "Keycloak cannot be reached to %s", what);
            throw new ProblemException(
                    ProblemType.UNAVAILABLE,
                    "The identity provider cannot be reached; nothing was created. Try again later");
        } catch (RuntimeException e) {
            throw failed(what, e);
        }
    }

    private static ProblemException failed(String what, RuntimeException e) {
        String status = e instanceof WebApplicationException w && w.getResponse() != null
                ? " (HTTP " + w.getResponse().getStatus() + ")"
                : "";
        LOG.warnf(e, "Keycloak refused to %s%s", what, status);
        return new ProblemException(
                ProblemType.BAD_GATEWAY, "The identity provider could not " + what + status + "; nothing was created");
    }
}
