package org.challengemarket.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.IntegrationFixtures.incubator;
import static org.challengemarket.support.IntegrationFixtures.incubatorToken;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.Members;
import org.junit.jupiter.api.Test;

/** Referrals of an incubator's startups, and the reach and conversions they give. */
@QuarkusTest
class ReferralApiTest {

    private static io.restassured.response.Response refer(String token, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/referrals");
    }

    private static void submitProposal(Org company, String challenge) {
        String proposal = as(company.token("company_member"))
                .post("/api/v1/challenges/" + challenge + "/proposals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(company.token("company_member"))
                .contentType(ContentType.JSON)
                .body(Fixtures.expressionOfInterest("Live queue numbers on a public screen and by text."))
                .put("/api/v1/proposals/" + proposal + "/stages/1")
                .then()
                .statusCode(200);
        as(company.token("company_member"))
                .post("/api/v1/proposals/" + proposal + "/stages/1/submit")
                .then()
                .statusCode(201);
    }

    @Test
    void aReferralConvertsWhenTheStartupSubmitsAndTheIncubatorSeesItsReach() {
        Org incubator = incubator();
        String token = incubatorToken(incubator);
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Referred " + UUID.randomUUID());
        String second = Fixtures.published(agency, "Referred too " + UUID.randomUUID());
        Org company = Fixtures.company();
        Org invited = Fixtures.company();
        Members.Person founder = Members.member(invited, "company_member");

        JsonPath json = refer(
                        token,
                        Map.of(
                                "challengeId",
                                challenge,
                                "companyId",
                                company.id().toString(),
                                "note",
                                "Fits their app"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(json.getString("companyName")).isEqualTo(company.name());
        assertThat(json.getBoolean("converted")).isFalse();
        refer(token, Map.of("challengeId", second, "companyId", company.id().toString()))
                .then()
                .statusCode(201);
        json = refer(token, Map.of("challengeId", challenge, "email", founder.username() + "@MEMBERS.example"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(json.getString("email")).isEqualTo(founder.username() + "@members.example");

        submitProposal(company, challenge);
        submitProposal(invited, challenge);

        json = as(token)
                .get("/api/v1/referrals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("reach.referrals")).isEqualTo(3);
        assertThat(json.getInt("reach.challenges")).isEqualTo(2);
        assertThat(json.getInt("reach.startups")).isEqualTo(2);
        assertThat(json.getInt("reach.converted")).isEqualTo(2);
        assertThat(json.getInt("referrals.total")).isEqualTo(3);
        assertThat(json.getList("referrals.items.converted")).containsExactlyInAnyOrder(true, true, false);
        assertThat(json.<Object>get("referrals.items.find { it.email != null }.convertedAt"))
                .isNotNull();
        json = // another incubator sees none of it
                as(incubatorToken(incubator()))
                        .get("/api/v1/referrals")
                        .then()
                        .extract()
                        .jsonPath();
        assertThat(json.getInt("reach.referrals")).isEqualTo(0);
    }

    @Test
    void referralsAreRefusedWithTheirReason() {
        String token = incubatorToken(incubator());
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Refusals " + UUID.randomUUID());
        Org company = Fixtures.company();

        JsonPath json = refer(
                        token,
                        Map.of(
                                "challengeId",
                                challenge,
                                "companyId",
                                company.id().toString(),
                                "email",
                                "a@b.example"))
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getString("errors[0].field")).isEqualTo("email");
        json = refer(token, Map.of("challengeId", challenge, "email", "not an address"))
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getString("errors[0].field")).isEqualTo("email");
        json = refer(
                        token,
                        Map.of(
                                "challengeId",
                                challenge,
                                "companyId",
                                agency.id().toString()))
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertThat(json.getString("errors[0].field")).isEqualTo("companyId");
        String draft = Fixtures.draft(agency, Fixtures.publishableChallenge("Draft " + UUID.randomUUID()));
        refer(token, Map.of("challengeId", draft, "companyId", company.id().toString()))
                .then()
                .statusCode(404);
        refer(token, Map.of("challengeId", challenge, "companyId", company.id().toString()))
                .then()
                .statusCode(201);
        refer(token, Map.of("challengeId", challenge, "companyId", company.id().toString()))
                .then()
                .statusCode(409);
        refer(
                        agency.officer(),
                        Map.of(
                                "challengeId",
                                challenge,
                                "companyId",
                                company.id().toString()))
                .then()
                .statusCode(403);
    }
}
