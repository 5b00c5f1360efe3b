package org.challengemarket.platform.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BusinessMetricsTest {

    @Test
    void publishingAChallengeCountsOnceAndARefusedPublicationDoesNotCount() {
        Org agency = Fixtures.agency();
        double before = events("challenge.published");

        String id = Fixtures.published(agency, "Counted in the metrics");
        int refused = as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .extract()
                .statusCode();
        assertThat(refused).isBetween(400, 499);

        assertThat(events("challenge.published")).isEqualTo(before + 1);
    }

    @Test
    void prometheusExposesTheBusinessCounters() {
        Fixtures.published(Fixtures.agency(), "Visible in Prometheus");
        assertThat(metrics())
                .contains("challengemarket_events_total{event=\"challenge.published\"")
                .containsPattern("(?m)^challengemarket_invoices_overdue(\\{[^}]*})? \\d");
    }

    /** The Prometheus value of the business counter for {@code event}, 0 before its first count. */
    private static double events(String event) {
        Matcher value = Pattern.compile(
                        "(?m)^challengemarket_events_total\\{event=\"" + Pattern.quote(event) + "\"[^}]*} (\\S+)$")
                .matcher(metrics());
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
