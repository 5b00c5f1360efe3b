package org.challengemarket.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.support.Awards;
import org.challengemarket.support.Awards.Active;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A real award, a signed contract, an accepted milestone and a payment, made through the API,
 * appear in the open data as award, contract and implementation releases that validate.
 */
@QuarkusTest
class OcdsContractReleasesTest {

    @Inject
    ServiceClock clock;

    @Inject
    OcdsReleaseStore ocds;

    @Inject
    ObjectMapper json;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAwardedSignedAndPaidPilotIsPublishedAsAwardContractAndImplementation() throws Exception {
        Active a = Awards.activeContract(clock, "1000.00", "1000.00");
        String invoice = Awards.invoice(a, a.milestones().get(0), "INV-" + UUID.randomUUID(), "1000.00")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(a.finance()).post("/api/v1/invoices/" + invoice + "/approve").then().statusCode(200);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Awards.BRUSSELS);
        as(a.finance())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "paidOn", today.toString(),
                        "amount", Map.of("amount", new BigDecimal("1210.00"), "currency", "EUR"),
                        "reference", "BANK-1"))
                .post("/api/v1/invoices/" + invoice + "/payments")
                .then()
                .statusCode(201);

        String ocid = ocds.ocid(UUID.fromString(a.challengeId()));
        JsonNode record = json.readTree(anonymous()
                .get("/api/v1/ocds/records/" + ocid)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        OcdsSchemas.assertValidRecordPackage(record);

        List<String> tags = new ArrayList<>();
        record.at("/records/0/releases")
                .forEach(r -> tags.add(r.path("tag").get(0).asText()));
        assertThat(tags).contains("award", "contract", "implementation");
        JsonNode compiled = record.at("/records/0/compiledRelease");
        JsonNode contract = compiled.path("contracts").get(0);
        assertThat(contract.path("awardID").asText())
                .isEqualTo(compiled.path("awards").get(0).path("id").asText());
        assertThat(contract.path("value").path("amount").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(contract.at("/implementation/milestones/0/status").asText()).isEqualTo("met");
        assertThat(contract.at("/implementation/transactions/0/value/amount").decimalValue())
                .isEqualByComparingTo("1210.00");
        // no invoice numbers, notes or people in the open data
        assertThat(record.toString()).doesNotContain("Delivered as planned.").doesNotContain("BANK-1");
    }
}
