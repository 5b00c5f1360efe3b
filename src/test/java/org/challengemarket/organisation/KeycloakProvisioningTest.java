package org.challengemarket.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.support.Rows;
import org.challengemarket.support.keycloak.KeycloakMode;
import org.challengemarket.support.keycloak.KeycloakServer;
import org.junit.jupiter.api.Test;

/**
 * Keycloak mode: the platform admin's organisations and members become Keycloak users (org_id,
 * roles, a temporary password shown once) whose id is the member's id; a refusal of Keycloak leaves
 * neither the organisation nor any of its users behind.
 */
@QuarkusTest
@TestProfile(KeycloakMode.class)
class KeycloakProvisioningTest {

    @Test
    void anOrganisationsMembersBecomeKeycloakUsersWhoCanSignIn() {
        String tag = tag();
        JsonPath created = createOrganisation(
                        "Provisioned agency " + tag,
                        List.of(
                                member("officer." + tag, "Olga Officer", List.of("agency_officer")),
                                member("finance." + tag, "Fred Finance", List.of("finance", "evaluator"))))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(created.getInt("members.size()")).isEqualTo(2);
        assertThat(created.getString("members[0].temporaryPassword")).matches("[A-Za-z0-9]{20}");
        String organisation = created.getString("id");

        JsonNode officer = KeycloakServer.user("officer." + tag).orElseThrow();
        assertThat(officer.get("id").asText())
                .as("member id = Keycloak user id")
                .isEqualTo(created.getString("members[0].id"));
        assertThat(officer.at("/attributes/org_id/0").asText()).isEqualTo(organisation);
        assertThat(KeycloakServer.realmRoles(officer.get("id").asText())).contains("agency_officer");
        JsonNode finance = KeycloakServer.user("finance." + tag).orElseThrow();
        assertThat(KeycloakServer.realmRoles(finance.get("id").asText()).containsAll(List.of("finance", "evaluator")))
                .isTrue();

        // after choosing a password at the first sign-in, the person's token acts for the organisation
        KeycloakServer.setPassword(officer.get("id").asText(), "a-new-password-" + tag);
        String token = KeycloakServer.passwordToken(
                KeycloakServer.REALM, KeycloakServer.DEV_CLIENT, "officer." + tag, "a-new-password-" + tag);
        JsonPath json = as(token)
                .get("/api/v1/organisations/" + organisation)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.<Object>get("id")).isEqualTo(organisation);
        json = as(token)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Drafted by a provisioned officer"))
                .post("/api/v1/challenges")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(json.<Object>get("agency.id")).isEqualTo(organisation);
    }

    @Test
    void aMemberAddedLaterGetsAUserToo() {
        String tag = tag();
        String organisation = createOrganisation("Provisioned company " + tag, null)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        JsonPath json = as(KeycloakServer.demoToken("admin"))
                .contentType(ContentType.JSON)
                .body(member("anna." + tag, "Anna Later", List.of("company_member")))
                .post("/api/v1/organisations/" + organisation + "/members")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(json.getString("temporaryPassword")).matches("[A-Za-z0-9]{20}");
        String id = json.get("id");

        JsonNode user = KeycloakServer.user("anna." + tag).orElseThrow();
        assertThat(user.get("id").asText()).isEqualTo(id);
        assertThat(user.at("/attributes/org_id/0").asText()).isEqualTo(organisation);
        json = as(KeycloakServer.demoToken("admin"))
                .get("/api/v1/organisations/" + organisation + "/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.<Object>get("items[0].temporaryPassword")).isNull();
    }

    @Test
    void whenKeycloakHoldsTheEmailAlreadyNothingIsCreated() {
        String tag = tag();
        KeycloakServer.createUser("outsider." + tag, "taken." + tag + "@example.org");

        assertProblem(
                createOrganisation(
                        "Half-made agency " + tag,
                        List.of(
                                member("first." + tag, "First Person", List.of("agency_officer")),
                                Map.of(
                                        "username",
                                        "second." + tag,
                                        "name",
                                        "Second Person",
                                        "email",
                                        "taken." + tag + "@example.org",
                                        "roles",
                                        List.of("finance")))),
                409,
                "conflict");

        assertThat(KeycloakServer.user("first." + tag).isEmpty())
                .as("the first user was removed again")
                .isTrue();
        assertThat(Rows.count("select count(*) from organisation where name = ?1", "Half-made agency " + tag))
                .isEqualTo(0);
        assertThat(Rows.count("select count(*) from member where username = ?1", "first." + tag))
                .isEqualTo(0);
    }

    @Test
    void whenKeycloakRefusesAUserTheAnswerIs502AndNothingIsCreated() {
        String tag = tag();

        // Keycloak's user profile refuses such characters in a last name
        assertProblem(
                createOrganisation(
                        "Refused agency " + tag,
                        List.of(
                                member("first." + tag, "First Person", List.of("agency_officer")),
                                member("second." + tag, "Second <Person>", List.of("finance")))),
                502,
                "identity-provider-failed");

        assertThat(KeycloakServer.user("first." + tag).isEmpty())
                .as("the first user was removed again")
                .isTrue();
        assertThat(KeycloakServer.user("second." + tag).isEmpty()).isTrue();
        assertThat(Rows.count("select count(*) from organisation where name = ?1", "Refused agency " + tag))
                .isEqualTo(0);
    }

    private static io.restassured.response.Response createOrganisation(String name, List<Map<String, Object>> members) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "type", "AGENCY"));
        if (members != null) {
            body.put("members", members);
        } else {
            body.put("type", "COMPANY");
        }
        return as(KeycloakServer.demoToken("admin"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/organisations");
    }

    private static Map<String, Object> member(String username, String name, List<String> roles) {
        return Map.of("username", username, "name", name, "email", username + "@provisioned.example", "roles", roles);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
