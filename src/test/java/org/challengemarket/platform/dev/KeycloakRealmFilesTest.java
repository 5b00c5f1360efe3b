package org.challengemarket.platform.dev;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.support.Rows;
import org.junit.jupiter.api.Test;

/**
 * The realm export and its dev overlay in {@code keycloak/}: the production realm has the design's
 * roles and the audience and org_id mappers, but no people and no password grant; the overlay's demo
 * users are the demo data's members (same ids, organisations and roles).
 */
@QuarkusTest
class KeycloakRealmFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theProductionRealmHasTheRolesAndMappersButNoPeopleAndNoPasswordGrant() throws IOException {
        JsonNode realm = JSON.readTree(
                Path.of("keycloak/realm/challenge-market-realm.json").toFile());

        Set<String> roles = new HashSet<>();
        realm.at("/roles/realm").forEach(r -> roles.add(r.get("name").asText()));
        assertThat(roles).isEqualTo(Roles.ALL);
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        for (JsonNode client : realm.get("clients")) {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean())
                    .as(client.get("clientId") + " has no password grant")
                    .isFalse();
        }
        for (JsonNode user : realm.get("users")) {
            assertThat(user.has("serviceAccountClientId"))
                    .as("only the service's own service account: " + user)
                    .isTrue();
            assertThat(user.has("credentials")).isFalse();
        }
        JsonNode portal = client(realm, "portal");
        assertThat(portal.get("publicClient").asBoolean()).isTrue();
        assertThat(portal.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
        List<String> mappers = new ArrayList<>();
        portal.get("protocolMappers")
                .forEach(m -> mappers.add(m.get("protocolMapper").asText()));
        assertThat(mappers.containsAll(List.of("oidc-audience-mapper", "oidc-usermodel-attribute-mapper")))
                .isTrue();
        assertThat(portal.get("protocolMappers")
                        .get(0)
                        .at("/config/included.client.audience")
                        .asText())
                .isEqualTo("challenge-market-api");
    }

    @Test
    void theOverlaysDemoUsersAreTheDemoDatasMembers() throws IOException {
        JsonNode overlay =
                JSON.readTree(Path.of("keycloak/dev/challenge-market-dev.json").toFile());

        assertThat(client(overlay, "challenge-market-dev")
                        .get("directAccessGrantsEnabled")
                        .asBoolean())
                .isTrue();
        List<Object[]> members = Rows.list("select cast(m.id as text), m.username, cast(m.organisation_id as text),"
                + " array_to_string(m.roles, ',') from member m");
        int matched = 0;
        for (JsonNode user : overlay.get("users")) {
            String username = user.get("username").asText();
            Object[] member = members.stream()
                    .filter(m -> username.equals(m[1]))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(username + " is no demo member"));
            assertThat(user.get("id").asText())
                    .as(username + "'s id is the member id")
                    .isEqualTo(member[0]);
            assertThat(user.at("/attributes/org_id/0").asText())
                    .as(username + "'s org_id")
                    .isEqualTo(member[2]);
            Set<String> realmRoles = new HashSet<>();
            user.get("realmRoles").forEach(r -> realmRoles.add(r.asText()));
            assertThat(realmRoles.containsAll(List.of(((String) member[3]).split(","))))
                    .as(username + "'s roles")
                    .isTrue();
            matched++;
        }
        assertThat(matched).isEqualTo(overlay.get("users").size());
        assertThat(matched >= Roles.ALL.size()).as("a demo user for every role").isTrue();
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.get("clients")) {
            if (clientId.equals(client.get("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }
}
