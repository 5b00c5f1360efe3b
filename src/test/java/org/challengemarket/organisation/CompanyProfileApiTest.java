package org.challengemarket.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CompanyProfileApiTest {

    private static Map<String, Object> profile(String enterpriseNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("legalName", "Queue Busters BV");
        body.put("enterpriseNumber", enterpriseNumber);
        body.put("size", "SMALL");
        body.put("sector", "software");
        body.put("teamSummary", "Five people, two of them designers.");
        body.put("references", "Festival queues 2025, City of Aalst 2026.");
        body.put(
                "contact",
                Map.of("name", "Bo Contact", "email", "bo@queuebusters.example", "phone", "+32 9 000 00 00"));
        return body;
    }

    @Test
    void companyEntersItsProfileOnceAndUpdatesItWithItsVersion() {
        Org company = Fixtures.organisation("COMPANY");
        String token = company.token("company_member");
        String number = Fixtures.enterpriseNumber();
        String path = "/api/v1/organisations/" + company.id() + "/profile";

        as(token).get(path).then().statusCode(404);
        JsonPath json = as(token)
                .contentType(ContentType.JSON)
                .body(profile(number.substring(0, 4) + "." + number.substring(4, 7) + "." + number.substring(7)))
                .put(path)
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .extract()
                .jsonPath();
        assertThat(json.getString("enterpriseNumber")).isEqualTo("BE" + number);
        Map<String, Object> changed = profile(number);
        changed.put("teamSummary", "Six people now.");
        as(token).contentType(ContentType.JSON).body(changed).put(path).then().statusCode(428);
        json = as(token)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .put(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("teamSummary")).isEqualTo("Six people now.");
        as(token)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(profile(number))
                .put(path)
                .then()
                .statusCode(412);
        json = as(token).get(path).then().statusCode(200).extract().jsonPath();
        assertThat(json.getString("teamSummary")).isEqualTo("Six people now.");
    }

    @Test
    void wrongEnterpriseNumberIsRefusedNamingTheField() {
        Org company = Fixtures.organisation("COMPANY");
        String number = Fixtures.enterpriseNumber();
        String wrongCheck =
                number.substring(0, 8) + String.format("%02d", (Integer.parseInt(number.substring(8)) + 1) % 100);
        JsonPath json = as(company.token("company_member"))
                .contentType(ContentType.JSON)
                .body(profile(wrongCheck))
                .put("/api/v1/organisations/" + company.id() + "/profile")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("enterpriseNumber");
        Map<String, Object> missing = profile(number);
        missing.remove("contact");
        missing.put("size", "HUGE");
        json = as(company.token("company_member"))
                .contentType(ContentType.JSON)
                .body(missing)
                .put("/api/v1/organisations/" + company.id() + "/profile")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("size");
    }

    @Test
    void enterpriseNumberBelongsToOneCompany() {
        String number = Fixtures.enterpriseNumber();
        Org first = Fixtures.organisation("COMPANY");
        Org second = Fixtures.organisation("COMPANY");
        as(first.token("company_member"))
                .contentType(ContentType.JSON)
                .body(profile(number))
                .put("/api/v1/organisations/" + first.id() + "/profile")
                .then()
                .statusCode(201);
        as(second.token("company_member"))
                .contentType(ContentType.JSON)
                .body(profile(number))
                .put("/api/v1/organisations/" + second.id() + "/profile")
                .then()
                .statusCode(409);
    }

    @Test
    void onlyTheCompanysOwnPeopleReadOrWriteItsProfile() {
        Org company = Fixtures.company();
        String path = "/api/v1/organisations/" + company.id() + "/profile";
        anonymous().get(path).then().statusCode(401);
        as(Fixtures.agency().officer()).get(path).then().statusCode(403);
        as(Fixtures.organisation("COMPANY").token("company_member"))
                .get(path)
                .then()
                .statusCode(404);
        as(Fixtures.organisation("COMPANY").token("company_member"))
                .contentType(ContentType.JSON)
                .body(profile(Fixtures.enterpriseNumber()))
                .put(path)
                .then()
                .statusCode(404);
    }
}
