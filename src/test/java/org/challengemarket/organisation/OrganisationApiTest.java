package org.challengemarket.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Organisations and members are managed by the platform admin; everyone else reads only their
 * own organisation, and another organisation answers 404 as if it did not exist.
 */
@QuarkusTest
class OrganisationApiTest {

    private final String admin = Tokens.admin();

    @ParameterizedTest
    @EnumSource(OrganisationType.class)
    void adminCreatesAnOrganisationOfEachType(OrganisationType type) {
        String name = "  " + type + " created " + UUID.randomUUID() + " ";
        Response created = as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "type", type.name()))
                .post("/api/v1/organisations");
        JsonPath json = created.then().statusCode(201).extract().jsonPath();
        assertThat(json.<Object>get("id")).isNotNull();
        assertThat(json.<Object>get("name")).isEqualTo(name.strip());
        assertThat(json.getString("type")).isEqualTo(type.name());
        assertThat(json.<Object>get("createdAt")).isNotNull();
        String id = json.get("id");
        assertThat(created.header("Location").endsWith("/api/v1/organisations/" + id))
                .as("Location: " + created.header("Location"))
                .isTrue();
        json = as(admin)
                .get("/api/v1/organisations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.<Object>get("name")).isEqualTo(name.strip());
        assertThat(json.getString("type")).isEqualTo(type.name());
    }

    @Test
    void adminListsOrganisationsByTypePageByPage() {
        Set<String> mine = Set.of(
                Fixtures.organisation("INCUBATOR").id().toString(),
                Fixtures.organisation("INCUBATOR").id().toString(),
                Fixtures.organisation("INCUBATOR").id().toString());
        Fixtures.organisation("COMPANY");

        JsonPath first = as(admin)
                .queryParam("type", "INCUBATOR")
                .queryParam("size", 2)
                .get("/api/v1/organisations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(first.getInt("page")).isEqualTo(1);
        assertThat(first.getInt("size")).isEqualTo(2);
        assertThat(first.getList("items")).hasSize(2);
        long total = first.getLong("total");
        int pages = first.getInt("totalPages");
        assertThat(total >= 3).as("total " + total).isTrue();
        assertThat(pages).isEqualTo((total + 1) / 2);

        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            JsonPath onePage = as(admin)
                    .queryParam("type", "incubator")
                    .queryParam("size", 2)
                    .queryParam("page", page)
                    .get("/api/v1/organisations")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(onePage.getList("items.type"))
                    .allSatisfy(type -> assertThat(type).isEqualTo("INCUBATOR"));
            assertThat(onePage.getList("items")).hasSizeLessThanOrEqualTo(2);
            seen.addAll(onePage.getList("items.id", String.class));
        }
        assertThat(seen.size()).as("every organisation once, on one page").isEqualTo(total);
        assertThat(new HashSet<>(seen).size())
                .as("no organisation on two pages")
                .isEqualTo(seen.size());
        assertThat(seen.containsAll(mine)).as("the new incubators are listed").isTrue();

        JsonPath json = as(admin)
                .queryParam("type", "INCUBATOR")
                .queryParam("size", 2)
                .queryParam("page", pages + 1)
                .get("/api/v1/organisations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("items")).hasSize(0);
        assertThat(json.getInt("total")).isEqualTo((int) total);
    }

    @Test
    void duplicateNameIs409WhateverItsCase() {
        Org existing = Fixtures.organisation("COMPANY");
        JsonPath json = assertProblem(createOrganisation(existing.name().toUpperCase(), "AGENCY"), 409, "conflict")
                .extract()
                .jsonPath();
        assertThat(json.getString("detail")).contains("already exists");
        assertProblem(createOrganisation("  " + existing.name() + "  ", "COMPANY"), 409, "conflict");
    }

    @Test
    void blankNameOrUnknownTypeIs400() {
        JsonPath json = assertProblem(createOrganisation("   ", "AGENCY"), 400, "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).containsExactly("name");
        json = assertProblem(createOrganisation("Guild of " + UUID.randomUUID(), "GUILD"), 400, "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).containsExactly("type");
        assertThat(json.getString("errors[0].message")).contains("AGENCY");
        json = assertProblem(
                        as(admin)
                                .contentType(ContentType.JSON)
                                .body(Map.of("name", "No type " + UUID.randomUUID()))
                                .post("/api/v1/organisations"),
                        400,
                        "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).containsExactly("type");
        json = assertProblem(createOrganisation("x".repeat(201), "AGENCY"), 400, "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).containsExactly("name");
    }

    @Test
    void adminAddsMembersWithTheRolesTheirOrganisationAllows() {
        Org agency = Fixtures.agency();
        String username = username();
        Response added = addMember(agency, username, username + "@agency.example", "finance", "agency_officer");
        JsonPath json = added.then().statusCode(201).extract().jsonPath();
        assertThat(json.<Object>get("id")).isNotNull();
        assertThat(json.<Object>get("username")).isEqualTo(username);
        assertThat(json.getString("email")).isEqualTo(username + "@agency.example");
        assertThat(json.getList("roles")).containsExactly("agency_officer", "finance");
        assertThat(json.getString("organisationId")).isEqualTo(agency.id().toString());
        assertThat(added.header("Location").endsWith("/api/v1/organisations/" + agency.id() + "/members"))
                .isTrue();

        addMember(Fixtures.organisation("COMPANY"), username(), null, "company_member")
                .then()
                .statusCode(201);
        addMember(Fixtures.organisation("INCUBATOR"), username(), null, "incubator")
                .then()
                .statusCode(201);
        addMember(Fixtures.organisation("LAB"), username(), null, "platform_admin", "evaluator")
                .then()
                .statusCode(201);

        json = as(admin)
                .get("/api/v1/organisations/" + agency.id() + "/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(1);
        assertThat(json.getList("items.username")).containsExactly(username);
    }

    @Test
    void rolesTheOrganisationDoesNotAllowAre422NamingEachRole() {
        Org company = Fixtures.organisation("COMPANY");
        JsonPath json = assertProblem(
                        addMember(company, username(), null, "company_member", "agency_officer", "wizard"),
                        422,
                        "rule-violation")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).containsExactly("roles[1]", "roles[2]");
        assertThat(json.getString("errors[0].message")).contains("company_member");
        json = assertProblem(addMember(Fixtures.agency(), username(), null, "platform_admin"), 422, "rule-violation")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).containsExactly("roles[0]");
        json = as(admin)
                .get("/api/v1/organisations/" + company.id() + "/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
    }

    @Test
    void memberRequestsWithBadFieldsAre400() {
        Org agency = Fixtures.agency();
        JsonPath json = assertProblem(
                        as(admin)
                                .contentType(ContentType.JSON)
                                .body(Map.of(
                                        "username", "Not Valid!", "name", " ", "email", "nowhere", "roles", List.of()))
                                .post("/api/v1/organisations/" + agency.id() + "/members"),
                        400,
                        "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("username", "name", "email", "roles");
    }

    @Test
    void duplicateUsernameOrEmailIs409() {
        Org agency = Fixtures.agency();
        String username = username();
        addMember(agency, username, username + "@agency.example", "finance")
                .then()
                .statusCode(201);

        JsonPath json = assertProblem(addMember(agency, username, null, "finance"), 409, "conflict")
                .extract()
                .jsonPath();
        assertThat(json.getString("detail")).contains(username);
        json = assertProblem(
                        addMember(Fixtures.agency(), username(), username.toUpperCase() + "@AGENCY.example", "finance"),
                        409,
                        "conflict")
                .extract()
                .jsonPath();
        assertThat(json.getString("detail")).contains("e-mail");
    }

    @Test
    void addingAMemberToAnUnknownOrganisationIs404() {
        assertProblem(addMember(new Org(UUID.randomUUID(), "nobody"), username(), null, "finance"), 404, "not-found");
    }

    @Test
    void onlyThePlatformAdminManagesOrganisations() {
        Org agency = Fixtures.agency();
        for (String role :
                List.of(Roles.AGENCY_OFFICER, Roles.EVALUATOR, Roles.FINANCE, Roles.COMPANY_MEMBER, Roles.INCUBATOR)) {
            String token = agency.token(role);
            assertProblem(
                    as(token)
                            .contentType(ContentType.JSON)
                            .body(Map.of("name", "Not mine " + UUID.randomUUID(), "type", "AGENCY"))
                            .post("/api/v1/organisations"),
                    403,
                    "forbidden");
            assertProblem(as(token).get("/api/v1/organisations"), 403, "forbidden");
            assertProblem(
                    as(token)
                            .contentType(ContentType.JSON)
                            .body(member(username(), null, "finance"))
                            .post("/api/v1/organisations/" + agency.id() + "/members"),
                    403,
                    "forbidden");
        }
    }

    @Test
    void anonymousCallersGet401() {
        Org agency = Fixtures.agency();
        assertProblem(
                anonymous()
                        .contentType(ContentType.JSON)
                        .body(Map.of("name", "Anonymous " + UUID.randomUUID(), "type", "AGENCY"))
                        .post("/api/v1/organisations"),
                401,
                "unauthorized");
        assertProblem(anonymous().get("/api/v1/organisations"), 401, "unauthorized");
        assertProblem(anonymous().get("/api/v1/organisations/" + agency.id()), 401, "unauthorized");
        assertProblem(anonymous().get("/api/v1/organisations/" + agency.id() + "/members"), 401, "unauthorized");
    }

    @Test
    void memberReadsOwnOrganisationButAnotherIs404() {
        Org mine = Fixtures.organisation("COMPANY");
        Org theirs = Fixtures.organisation("COMPANY");
        String username = username();
        addMember(mine, username, null, "company_member").then().statusCode(201);
        addMember(theirs, username(), null, "company_member").then().statusCode(201);
        String me = mine.token(Roles.COMPANY_MEMBER);

        JsonPath json = as(me).get("/api/v1/organisations/" + mine.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("id")).isEqualTo(mine.id().toString());
        assertThat(json.getString("name")).isEqualTo(mine.name());
        json = as(me).get("/api/v1/organisations/" + mine.id() + "/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("items.username")).containsExactly(username);

        json = assertProblem(as(me).get("/api/v1/organisations/" + theirs.id()), 404, "not-found")
                .extract()
                .jsonPath();
        assertThat(json.getString("detail")).doesNotContain(theirs.name());
        assertProblem(as(me).get("/api/v1/organisations/" + theirs.id() + "/members"), 404, "not-found");
    }

    @Test
    void agenciesArePublic() {
        Org agency = Fixtures.agency();
        Org company = Fixtures.organisation("COMPANY");
        JsonPath json = anonymous()
                .get("/api/v1/agencies")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("id")).contains(agency.id().toString());
        assertThat(json.getList("id")).doesNotContain(company.id().toString());
        assertThat(json.getList("type")).allSatisfy(item -> assertThat(item).isEqualTo("AGENCY"));
        assertThat(json.getString("find { it.id == '" + agency.id() + "' }.name"))
                .isEqualTo(agency.name());
    }

    private Response createOrganisation(String name, String type) {
        return as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "type", type))
                .post("/api/v1/organisations");
    }

    private Response addMember(Org organisation, String username, String email, String... roles) {
        return as(admin)
                .contentType(ContentType.JSON)
                .body(member(username, email, roles))
                .post("/api/v1/organisations/" + organisation.id() + "/members");
    }

    private static Map<String, Object> member(String username, String email, String... roles) {
        return Map.of(
                "username",
                username,
                "name",
                "Person " + username,
                "email",
                email == null ? username + "@members.example" : email,
                "roles",
                List.of(roles));
    }

    private static String username() {
        return "user-" + UUID.randomUUID().toString().substring(0, 13);
    }
}
