package org.challengemarket.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo data's open data: the awarded demo challenge is published the whole way, from its tender
 * to the payments of its pilot contract, as the services publish any challenge's.
 */
@QuarkusTest
class DemoOpenDataTest {

    private static String awardedChallenge() {
        return anonymous()
                .queryParam("q", "accessible bus stops")
                .queryParam("status", "AWARDED")
                .get("/api/v1/challenges")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.title == '" + AwardSeeder.CHALLENGE + "' }.id");
    }

    @Test
    void shouldPublishTheAwardedDemoChallengeFromTenderToItsPaidInvoice() {
        String id = awardedChallenge();
        JsonPath record = anonymous()
                .get("/api/v1/ocds/records/ocds-chmkt1-" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .setRootPath("records[0]");

        assertThat(record.getList("releases.tag.flatten()", String.class))
                .contains("tender", "award", "contract", "implementation");
        assertThat(record.getString("compiledRelease.tender.title")).isEqualTo(AwardSeeder.CHALLENGE);
        assertThat(record.getString("compiledRelease.tender.status")).isEqualTo("complete");
        assertThat(record.getList("compiledRelease.awards.suppliers.flatten().name", String.class))
                .containsExactly("Routewise BV");
        assertThat(record.getDouble("compiledRelease.awards[0].value.amount")).isEqualTo(24000.0);

        Map<String, Object> contract = record.getMap("compiledRelease.contracts[0]");
        assertThat(contract).containsKey("dateSigned").containsEntry("status", "active");
        assertThat(record.getList("compiledRelease.contracts[0].implementation.milestones.status", String.class))
                .containsExactly("met", "met", "met");
        List<Map<String, Object>> transactions =
                record.getList("compiledRelease.contracts[0].implementation.transactions");
        assertThat(transactions).hasSize(1);
        assertThat(record.getDouble("compiledRelease.contracts[0].implementation.transactions[0].value.amount"))
                .as("the first invoice, 8,000 EUR and 21% VAT, paid")
                .isEqualTo(9680.0);
        assertThat(record.getString("compiledRelease.contracts[0].implementation.transactions[0].payee.name"))
                .isEqualTo("Routewise BV");
    }

    @Test
    void shouldPublishMoreThanTendersForTheDemoChallenges() {
        // the demo data is seeded first, so its releases open the release list
        List<String> tags = anonymous()
                .queryParam("size", 100)
                .get("/api/v1/ocds/releases")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("releases.tag.flatten()", String.class);

        assertThat(tags).contains("tender", "tenderAmendment", "tenderUpdate", "award", "contract", "implementation");
    }
}
