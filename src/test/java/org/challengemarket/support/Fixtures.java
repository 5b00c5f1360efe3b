package org.challengemarket.support;

import static org.challengemarket.support.Api.as;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.support.ChallengeDraftBuilder.ChallengeDraft;
import org.challengemarket.support.ChallengeDraftBuilder.Stage;
import org.challengemarket.support.CompanyProfileBuilder.Contact;
import org.challengemarket.support.ProposalStageBuilder.ProposalStage;

/** Builders of test data through the API, each with fresh names so tests never share state. */
public final class Fixtures {

    private Fixtures() {}

    /** An organisation made by the platform admin, and tokens for people acting for it. */
    public record Org(UUID id, String name) {
        public String token(String... roles) {
            return Tokens.token(id, roles);
        }

        public String officer() {
            return token("agency_officer");
        }
    }

    public static Org organisation(String type) {
        String name = type.toLowerCase() + " " + UUID.randomUUID();
        String id = as(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "type", type))
                .post("/api/v1/organisations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Org(UUID.fromString(id), name);
    }

    public static Org agency() {
        return organisation("AGENCY");
    }

    /** A complete challenge that can be published now: stage 1 opens at publication, for 30 days. */
    public static ChallengeDraft publishableChallenge(String title) {
        return ChallengeDraftBuilder.publishable(title).build();
    }

    /** One stage of a challenge's schedule. */
    public static Stage stage(String kind, Instant opensAt, Instant deadline, Integer shortlistSize) {
        return Stage.of(kind, opensAt, deadline, shortlistSize);
    }

    /** Creates a draft for {@code agency} and returns its id. */
    public static String draft(Org agency, Object body) {
        return as(agency.officer())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/challenges")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Creates and publishes a challenge for {@code agency}; returns its id. */
    public static String published(Org agency, String title) {
        String id = draft(agency, publishableChallenge(title));
        as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(200);
        return id;
    }

    /** A valid Belgian enterprise number no other test uses. */
    public static String enterpriseNumber() {
        long firstEight = java.util.concurrent.ThreadLocalRandom.current().nextLong(10_000_000L, 19_999_999L);
        long check = 97 - firstEight % 97;
        return String.format("%08d%02d", firstEight, check);
    }

    /** A company organisation with a complete profile. */
    public static Org company() {
        Org company = organisation("COMPANY");
        as(company.token("company_member"))
                .contentType(ContentType.JSON)
                .body(CompanyProfileBuilder.aProfile(enterpriseNumber())
                        .withLegalName(company.name() + " BV")
                        .withSize("MICRO")
                        .withTeamSummary("Three engineers and a designer.")
                        .withReferences(null)
                        .withContact(new Contact("Ann Contact", "ann@" + company.id() + ".example", null))
                        .build())
                .put("/api/v1/organisations/" + company.id() + "/profile")
                .then()
                .statusCode(201);
        return company;
    }

    /** A complete expression of interest. */
    public static ProposalStage expressionOfInterest(String idea) {
        return ProposalStageBuilder.expressionOfInterest(idea).build();
    }
}
