package org.challengemarket.platform.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(Roles.ALL, roles);
        assertTrue(realm.get("bruteForceProtected").asBoolean());
        for (JsonNode client : realm.get("clients")) {
            assertFalse(
                    client.path("directAccessGrantsEnabled").asBoolean(),
                    client.get("clientId") + " has no password grant");
        }
        for (JsonNode user : realm.get("users")) {
            assertTrue(user.has("serviceAccountClientId"), "only the service's own service account: " + user);
            assertFalse(user.has("credentials"));
        }
        JsonNode portal = client(realm, "portal");
        assertTrue(portal.get("publicClient").asBoolean());
        assertEquals("S256", portal.at("/attributes/pkce.code.challenge.method").asText());
        List<String> mappers = new ArrayList<>();
        portal.get("protocolMappers")
                .forEach(m -> mappers.add(m.get("protocolMapper").asText()));
        assertTrue(mappers.containsAll(List.of("oidc-audience-mapper", "oidc-usermodel-attribute-mapper")));
        assertEquals(
                "challenge-market-api",
                portal.get("protocolMappers")
                        .get(0)
                        .at("/config/included.client.audience")
                        .asText());
    }

    @Test
    void theOverlaysDemoUsersAreTheDemoDatasMembers() throws IOException {
        JsonNode overlay =
                JSON.readTree(Path.of("keycloak/dev/challenge-market-dev.json").toFile());

        assertTrue(client(overlay, "challenge-market-dev")
                .get("directAccessGrantsEnabled")
                .asBoolean());
        List<Object[]> members = Rows.list("select cast(m.id as text), m.username, cast(m.organisation_id as text),"
                + " array_to_string(m.roles, ',') from member m");
        int matched = 0;
        for (JsonNode user : overlay.get("users")) {
            String username = user.get("username").asText();
            Object[] member = members.stream()
                    .filter(m -> username.equals(m[1]))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(username + " is no demo member"));
            assertEquals(member[0], user.get("id").asText(), username + "'s id is the member id");
            assertEquals(member[2], user.at("/attributes/org_id/0").asText(), username + "'s org_id");
            Set<String> realmRoles = new HashSet<>();
            user.get("realmRoles").forEach(r -> realmRoles.add(r.asText()));
            assertTrue(realmRoles.containsAll(List.of(((String) member[3]).split(","))), username + "'s roles");
            matched++;
        }
        assertEquals(overlay.get("users").size(), matched);
        assertTrue(matched >= Roles.ALL.size(), "a demo user for every role");
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
