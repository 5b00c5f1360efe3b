package org.challengemarket.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.challengemarket.support.ChallengeDraftBuilder;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChallengeSearchApiTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    /** A word no other test uses, so results are this test's own. */
    private static String marker() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static ChallengeDraftBuilder challenge(String title, String sector, String amount, Duration firstDeadline) {
        Instant now = Instant.now();
        Instant d1 = now.plus(firstDeadline);
        Instant d2 = d1.plus(Duration.ofDays(20));
        return ChallengeDraftBuilder.publishable(title)
                .withSector(sector)
                .withBudget(amount)
                .withStages(
                        Fixtures.stage("EXPRESSION_OF_INTEREST", now.plus(Duration.ofMinutes(5)), d1, 4),
                        Fixtures.stage("PITCH", d1, d2, null));
    }

    private static String publish(Org agency, ChallengeDraftBuilder body) {
        String id = Fixtures.draft(agency, body.build());
        as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(200);
        return id;
    }

    @Test
    void fullTextSearchFindsWordsInTheProblemStatementInAnyLanguage() {
        Org agency = Fixtures.agency();
        String word = marker();
        String id = publish(
                agency,
                challenge("Rues plus calmes " + word, "mobility", "20000.00", Duration.ofDays(30))
                        .withProblemStatement(
                                "Les camions de livraison réveillent le quartier " + word + " chaque matin."));

        JsonPath json = anonymous()
                .queryParam("q", "camions " + word)
                .get("/api/v1/challenges")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(1);
        assertThat(json.getList("items.id")).containsExactly(id);
        assertThat(json.getString("items[0].agency.name")).isEqualTo(agency.name());
        json = anonymous()
                .queryParam("q", word + " -camions")
                .get("/api/v1/challenges")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
    }

    @Test
    void filtersNarrowByStatusSectorAgencyBudgetAndDeadline() {
        Org agency = Fixtures.agency();
        String word = marker();
        String cheapSoon = publish(agency, challenge("Cheap soon " + word, "water", "10000.00", Duration.ofDays(20)));
        String dearLater = publish(agency, challenge("Dear later " + word, "energy", "50000.00", Duration.ofDays(60)));

        JsonPath json = anonymous()
                .queryParam("q", word)
                .queryParam("sector", "ENERGY")
                .get("/api/v1/challenges")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("items.id")).containsExactly(dearLater);
        json = anonymous()
                .queryParam("q", word)
                .queryParam("budgetMax", "20000")
                .get("/api/v1/challenges")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("items.id")).containsExactly(cheapSoon);
        json = anonymous()
                .queryParam("q", word)
                .queryParam("budgetMin", "20000")
                .queryParam("agency", agency.id().toString())
                .get("/api/v1/challenges")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("items.id")).containsExactly(dearLater);
        json = anonymous()
                .queryParam("q", word)
                .queryParam(
                        "deadlineTo", Instant.now().plus(Duration.ofDays(30)).toString())
                .get("/api/v1/challenges")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("items.id")).containsExactly(cheapSoon);
        json = anonymous()
                .queryParam("q", word)
                .queryParam(
                        "deadlineFrom", Instant.now().plus(Duration.ofDays(30)).toString())
                .queryParam("status", "published")
                .get("/api/v1/challenges")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("items.id")).containsExactly(dearLater);
        json = anonymous()
                .queryParam("q", word)
                .queryParam("status", "CANCELLED")
                .get("/api/v1/challenges")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("items")).isEmpty();
    }

    @Test
    void sortingAndPaginationGiveEveryResultExactlyOnce() {
        Org agency = Fixtures.agency();
        String word = marker();
        String a = publish(agency, challenge("A " + word, "water", "30000.00", Duration.ofDays(40)));
        String b = publish(agency, challenge("B " + word, "water", "10000.00", Duration.ofDays(50)));
        String c = publish(agency, challenge("C " + word, "water", "20000.00", Duration.ofDays(30)));

        JsonPath json = anonymous()
                .queryParam("q", word)
                .queryParam("sort", "budget")
                .get("/api/v1/challenges")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("items.id")).containsExactly(b, c, a);
        json = anonymous()
                .queryParam("q", word)
                .queryParam("sort", "-deadline")
                .get("/api/v1/challenges")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("items.id")).containsExactly(b, a, c);
        json = anonymous()
                .queryParam("q", word)
                .queryParam("sort", "title")
                .queryParam("size", 2)
                .queryParam("page", 2)
                .get("/api/v1/challenges")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(3);
        assertThat(json.getInt("totalPages")).isEqualTo(2);
        assertThat(json.getInt("page")).isEqualTo(2);
        assertThat(json.getList("items.id")).containsExactly(c);
    }

    @Test
    void draftsAreListedOnlyToTheirOwnAgency() {
        Org agency = Fixtures.agency();
        Org other = Fixtures.agency();
        String word = marker();
        String draft = Fixtures.draft(agency, Fixtures.publishableChallenge("Draft " + word));

        JsonPath json = anonymous()
                .queryParam("q", word)
                .get("/api/v1/challenges")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
        json = as(other.officer())
                .queryParam("q", word)
                .get("/api/v1/challenges")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
        json = as(agency.token("company_member"))
                .queryParam("q", word)
                .get("/api/v1/challenges")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
        json = as(agency.officer())
                .queryParam("q", word)
                .get("/api/v1/challenges")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("items.id")).containsExactly(draft);
        assertThat(json.getString("items[0].status")).isEqualTo("DRAFT");
        json = anonymous()
                .queryParam("size", 100)
                .get("/api/v1/challenges")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("items.status")).doesNotContain("DRAFT");
        assertThat(json.getList("items.id")).doesNotContain(draft);
    }

    @Test
    void sqlStatementsPerSearchDoNotGrowWithPageSize() {
        Org agency = Fixtures.agency();
        for (int i = 0; i < 3; i++) {
            publish(agency, challenge("Counted " + i + " " + marker(), "water", "10000.00", Duration.ofDays(30)));
        }
        long one = statementsFor(1);
        long twenty = statementsFor(20);
        long hundred = statementsFor(100);
        assertThat(one).isPositive();
        assertThat(List.of(twenty, hundred)).containsOnly(one);
    }

    private long statementsFor(int size) {
        // an agency's view is never served from memory, so every request reads the database
        Org viewer = Fixtures.agency();
        int total =
                as(viewer.officer()).get("/api/v1/challenges").then().extract().path("total");
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        JsonPath json = as(viewer.officer())
                .queryParam("size", size)
                .get("/api/v1/challenges")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.<Object>get("items.size()")).isEqualTo(Math.min(size, total));
        return statistics.getPrepareStatementCount();
    }
}
