package org.challengemarket.organisation;

import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        String id = created.then()
                .statusCode(201)
                .body("id", notNullValue())
                .body("name", equalTo(name.strip()))
                .body("type", equalTo(type.name()))
                .body("createdAt", notNullValue())
                .extract()
                .path("id");
        assertTrue(
                created.header("Location").endsWith("/api/v1/organisations/" + id),
                "Location: " + created.header("Location"));
        as(admin)
                .get("/api/v1/organisations/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo(name.strip()))
                .body("type", equalTo(type.name()));
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
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("items", hasSize(2))
                .extract()
                .jsonPath();
        long total = first.getLong("total");
        int pages = first.getInt("totalPages");
        assertTrue(total >= 3, "total " + total);
        assertEquals((total + 1) / 2, pages);

        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            seen.addAll(as(admin)
                    .queryParam("type", "incubator")
                    .queryParam("size", 2)
                    .queryParam("page", page)
                    .get("/api/v1/organisations")
                    .then()
                    .statusCode(200)
                    .body("items.type", everyItem(equalTo("INCUBATOR")))
                    .body("items", hasSize(lessThanOrEqualTo(2)))
                    .extract()
                    .jsonPath()
                    .getList("items.id", String.class));
        }
        assertEquals(total, seen.size(), "every organisation once, on one page");
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no organisation on two pages");
        assertTrue(seen.containsAll(mine), "the new incubators are listed");

        as(admin)
                .queryParam("type", "INCUBATOR")
                .queryParam("size", 2)
                .queryParam("page", pages + 1)
                .get("/api/v1/organisations")
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo((int) total));
    }

    @Test
    void duplicateNameIs409WhateverItsCase() {
        Org existing = Fixtures.organisation("COMPANY");
        assertProblem(createOrganisation(existing.name().toUpperCase(), "AGENCY"), 409, "conflict")
                .body("detail", containsString("already exists"));
        assertProblem(createOrganisation("  " + existing.name() + "  ", "COMPANY"), 409, "conflict");
    }

    @Test
    void blankNameOrUnknownTypeIs400() {
        assertProblem(createOrganisation("   ", "AGENCY"), 400, "invalid-request")
                .body("errors.field", contains("name"));
        assertProblem(createOrganisation("Guild of " + UUID.randomUUID(), "GUILD"), 400, "invalid-request")
                .body("errors.field", contains("type"))
                .body("errors[0].message", containsString("AGENCY"));
        assertProblem(
                        as(admin)
                                .contentType(ContentType.JSON)
                                .body(Map.of("name", "No type " + UUID.randomUUID()))
                                .post("/api/v1/organisations"),
                        400,
                        "invalid-request")
                .body("errors.field", contains("type"));
        assertProblem(createOrganisation("x".repeat(201), "AGENCY"), 400, "invalid-request")
                .body("errors.field", contains("name"));
    }

    @Test
    void adminAddsMembersWithTheRolesTheirOrganisationAllows() {
        Org agency = Fixtures.agency();
        String username = username();
        Response added = addMember(agency, username, username + "@agency.example", "finance", "agency_officer");
        added.then()
                .statusCode(201)
                .body("id", notNullValue())
                .body("username", equalTo(username))
                .body("email", equalTo(username + "@agency.example"))
                .body("roles", contains("agency_officer", "finance"))
                .body("organisationId", equalTo(agency.id().toString()));
        assertTrue(added.header("Location").endsWith("/api/v1/organisations/" + agency.id() + "/members"));

        addMember(Fixtures.organisation("COMPANY"), username(), null, "company_member")
                .then()
                .statusCode(201);
        addMember(Fixtures.organisation("INCUBATOR"), username(), null, "incubator")
                .then()
                .statusCode(201);
        addMember(Fixtures.organisation("LAB"), username(), null, "platform_admin", "evaluator")
                .then()
                .statusCode(201);

        as(admin)
                .get("/api/v1/organisations/" + agency.id() + "/members")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.username", contains(username));
    }

    @Test
    void rolesTheOrganisationDoesNotAllowAre422NamingEachRole() {
        Org company = Fixtures.organisation("COMPANY");
        assertProblem(
                        addMember(company, username(), null, "company_member", "agency_officer", "wizard"),
                        422,
                        "rule-violation")
                .body("errors.field", contains("roles[1]", "roles[2]"))
                .body("errors[0].message", containsString("company_member"));
        assertProblem(addMember(Fixtures.agency(), username(), null, "platform_admin"), 422, "rule-violation")
                .body("errors.field", contains("roles[0]"));
        as(admin)
                .get("/api/v1/organisations/" + company.id() + "/members")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void memberRequestsWithBadFieldsAre400() {
        Org agency = Fixtures.agency();
        assertProblem(
                        as(admin)
                                .contentType(ContentType.JSON)
                                .body(Map.of(
                                        "username", "Not Valid!", "name", " ", "email", "nowhere", "roles", List.of()))
                                .post("/api/v1/organisations/" + agency.id() + "/members"),
                        400,
                        "invalid-request")
                .body("errors.field", hasItems("username", "name", "email", "roles"));
    }

    @Test
    void duplicateUsernameOrEmailIs409() {
        Org agency = Fixtures.agency();
        String username = username();
        addMember(agency, username, username + "@agency.example", "finance")
                .then()
                .statusCode(201);

        assertProblem(addMember(agency, username, null, "finance"), 409, "conflict")
                .body("detail", containsString(username));
        assertProblem(
                        addMember(Fixtures.agency(), username(), username.toUpperCase() + "@AGENCY.example", "finance"),
                        409,
                        "conflict")
                .body("detail", containsString("e-mail"));
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

        as(me).get("/api/v1/organisations/" + mine.id())
                .then()
                .statusCode(200)
                .body("id", equalTo(mine.id().toString()))
                .body("name", equalTo(mine.name()));
        as(me).get("/api/v1/organisations/" + mine.id() + "/members")
                .then()
                .statusCode(200)
                .body("items.username", contains(username));

        assertProblem(as(me).get("/api/v1/organisations/" + theirs.id()), 404, "not-found")
                .body("detail", not(containsString(theirs.name())));
        assertProblem(as(me).get("/api/v1/organisations/" + theirs.id() + "/members"), 404, "not-found");
    }

    @Test
    void agenciesArePublic() {
        Org agency = Fixtures.agency();
        Org company = Fixtures.organisation("COMPANY");
        anonymous()
                .get("/api/v1/agencies")
                .then()
                .statusCode(200)
                .body("id", hasItem(agency.id().toString()))
                .body("id", not(hasItem(company.id().toString())))
                .body("type", everyItem(equalTo("AGENCY")))
                .body("find { it.id == '" + agency.id() + "' }.name", equalTo(agency.name()));
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
