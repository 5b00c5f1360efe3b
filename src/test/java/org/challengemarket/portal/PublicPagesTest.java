package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.portal.PortalBrowser.Page;
import org.challengemarket.support.ChallengeDraftBuilder;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What anyone sees without signing in: open challenges, the search, a challenge's page. */
@QuarkusTest
class PublicPagesTest {

    @Test
    void homeListsAPublishedChallengeButNoDraft() {
        Org agency = Fixtures.agency();
        String published = Fixtures.published(agency, "Home listing " + agency.id());
        String draft = Fixtures.draft(agency, Fixtures.publishableChallenge("Home draft " + agency.id()));

        Page home = PortalBrowser.anonymous().open("/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Content-Type")).startsWith("text/html");
        Element link = home.find("a[href='/challenges/" + published + "']");
        assertThat(link.text()).isEqualTo("Home listing " + agency.id());
        assertThat(home.has("a[href='/challenges/" + draft + "']"))
                .as("a draft is never listed publicly")
                .isFalse();
    }

    @Test
    void searchFiltersNarrowTheResults() {
        Org agency = Fixtures.agency();
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String cheap = publish(agency, "Cheap " + word + " pilot", new BigDecimal("20000.00"));
        String dear = publish(agency, "Dear " + word + " pilot", new BigDecimal("50000.00"));
        PortalBrowser visitor = PortalBrowser.anonymous();

        Page byWord = visitor.open("/challenges?q=" + word);
        assertThat(byWord.status()).isEqualTo(200);
        assertThat(byWord.has("a[href='/challenges/" + cheap + "']")).isTrue();
        assertThat(byWord.has("a[href='/challenges/" + dear + "']")).isTrue();
        assertThat(byWord.find("#results-heading + p").text()).contains("2 challenges match");

        Page byBudget = visitor.open("/challenges?q=" + word + "&budgetMax=30000");
        assertThat(byBudget.has("a[href='/challenges/" + cheap + "']")).isTrue();
        assertThat(byBudget.has("a[href='/challenges/" + dear + "']")).isFalse();
        assertThat(byBudget.find("#budgetMax").attr("value"))
                .as("the form keeps the filter")
                .isEqualTo("30000");

        Page byAgency = visitor.open("/challenges?agency=" + agency.id() + "&sort=-budget");
        List<String> titles = byAgency.html().select(".card__title a").eachText();
        assertThat(titles).isEqualTo(List.of("Dear " + word + " pilot", "Cheap " + word + " pilot"));
        assertThat(byAgency.find("#agency option[selected]").text())
                .as("the agency is chosen in its list")
                .isEqualTo(agency.name());

        Page otherStatus = visitor.open("/challenges?q=" + word + "&status=CANCELLED");
        assertThat(otherStatus.find("#results-heading + p").text()).contains("No challenge matches");
    }

    @Test
    void searchShowsABadFilterNextToItsField() {
        Page page = PortalBrowser.anonymous().open("/challenges?budgetMin=lots");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.find("#error-summary a[href='#budgetMin']").text()).contains("must be a number");
        assertThat(page.find("#budgetMin-error").text()).contains("must be a number");
        assertThat(page.find("#budgetMin").attr("aria-describedby")).isEqualTo("budgetMin-error");
        assertThat(page.find("#budgetMin").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void resultPagesLinkToEachOtherKeepingTheFilters() {
        Org agency = Fixtures.agency();
        String word = "pg" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 21; i++) {
            publish(agency, "Paged " + word + " " + i, new BigDecimal("10000.00"));
        }
        PortalBrowser visitor = PortalBrowser.anonymous();

        Page first = visitor.open("/challenges?q=" + word + "&sort=title");
        assertThat(first.html().select(".card").size()).isEqualTo(20);
        String next = first.find(".pagination a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/challenges?q=" + word + "&sort=title&page=2");

        Page second = visitor.open(next);
        assertThat(second.html().select(".card").size()).isEqualTo(1);
        assertThat(second.find(".pagination [aria-current=page]").text()).isEqualTo("Page 2 of 2");
        assertThat(second.has(".pagination a[rel=prev]")).isTrue();
    }

    @Test
    void challengePageShowsStagesWeightsAndAmendments() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Detailed " + agency.id());
        Instant deadline = Instant.parse(as(agency.officer())
                .get("/api/v1/challenges/" + id)
                .then()
                .extract()
                .path("stages[2].deadline"));
        Instant extended = deadline.plus(Duration.ofDays(7));
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "summary", "Extended the pitch deadline and named the offices.",
                        "context", "Three offices: Ghent, Bruges and Kortrijk.",
                        "stages", List.of(Map.of("position", 3, "deadline", extended.toString()))))
                .post("/api/v1/challenges/" + id + "/amendments")
                .then()
                .statusCode(201);

        Page page = PortalBrowser.anonymous().open("/challenges/" + id);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.find("h1").text()).isEqualTo("Detailed " + agency.id());
        assertThat(page.find("#problem-heading + .prose").text()).contains("Citizens wait too long");
        assertThat(page.find("#context-heading + .prose").text()).contains("Three offices");
        assertThat(page.text()).contains("EUR 40,000.00");

        List<String> stages = page.html().select("#stages .timeline__stage h3").eachText();
        assertThat(stages)
                .isEqualTo(List.of("Stage 1: expression of interest", "Stage 2: full proposal", "Stage 3: pitch"));
        Element pitchDeadline = page.find("#stages .timeline__stage time[datetime='" + extended + "']");
        assertThat(pitchDeadline.text()).as("times are shown in Brussels").isEqualTo(PortalTimes.shown(extended));

        assertThat(page.find("#criteria caption").text()).isEqualTo("Criteria and their published weights");
        List<String> weights = page.html().select("#criteria tbody tr").eachText();
        assertThat(weights.get(0)).startsWith("Problem solving 50%");
        assertThat(weights.get(1)).startsWith("Team and motivation 30%");
        assertThat(weights.get(2)).startsWith("Implementation cost 20%");
        assertThat(page.find("#criteria thead th").attr("scope")).isEqualTo("col");

        Element amendment = page.find("#amendments article");
        assertThat(amendment.selectFirst("h3").text()).isEqualTo("Amendment 1");
        assertThat(amendment.text()).contains("Extended the pitch deadline and named the offices.");
        List<String> changes = amendment.select("tbody tr").eachText();
        assertThat(changes.toString()).contains("Context");
        assertThat(changes.toString()).contains("Stage 3 deadline " + PortalTimes.shown(deadline));
        assertThat(changes.toString()).contains(PortalTimes.shown(extended));
    }

    @Test
    void cancelledChallengeShowsItsPublicReason() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Cancelled " + agency.id());
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "The service moves to the region next year."))
                .post("/api/v1/challenges/" + id + "/cancel")
                .then()
                .statusCode(200);

        Page page = PortalBrowser.anonymous().open("/challenges/" + id);

        assertThat(page.find("#cancelled-heading").text()).isEqualTo("This challenge is cancelled");
        assertThat(page.find(".callout").text()).contains("The service moves to the region next year.");
        assertThat(page.find("h1 + .card__meta .status").text()).isEqualTo("Cancelled");
    }

    @Test
    void draftIsNotFoundForAnonymousAndOtherAgenciesButShownToItsOwn() {
        Org agency = Fixtures.agency();
        Org other = Fixtures.agency();
        String draft = Fixtures.draft(agency, Fixtures.publishableChallenge("Secret draft " + agency.id()));

        Page anonymous = PortalBrowser.anonymous().open("/challenges/" + draft);
        assertThat(anonymous.status()).isEqualTo(404);
        assertThat(anonymous.header("Content-Type")).startsWith("text/html");
        assertThat(anonymous.find("h1").text()).isEqualTo("Page not found");
        assertThat(anonymous.text()).doesNotContain("Secret draft");

        Page otherAgency = PortalBrowser.signedInWith(other.officer()).open("/challenges/" + draft);
        assertThat(otherAgency.status()).isEqualTo(404);
        assertThat(otherAgency.text()).doesNotContain("Secret draft");

        Page own = PortalBrowser.signedInWith(agency.officer()).open("/challenges/" + draft);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.find("h1").text()).isEqualTo("Secret draft " + agency.id());
        assertThat(own.has("a[href='/agency/challenges/" + draft + "/edit']")).isTrue();
    }

    @Test
    void unknownChallengeIsAnHtmlPageWhileTheApiKeepsProblemJson() {
        String unknown = UUID.randomUUID().toString();

        Page page = PortalBrowser.anonymous().open("/challenges/" + unknown);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.find("h1").text()).isEqualTo("Page not found");
        assertThat(page.has("main#main")).as("error pages use the layout").isTrue();

        Page notAnId = PortalBrowser.anonymous().open("/challenges/not-an-id");
        assertThat(notAnId.status()).isEqualTo(404);
        assertThat(notAnId.find("h1").text()).isEqualTo("Page not found");

        RestAssured.given()
                .get("/api/v1/challenges/" + unknown)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static String publish(Org agency, String title, BigDecimal budget) {
        String id = Fixtures.draft(
                agency,
                ChallengeDraftBuilder.publishable(title).withBudget(budget).build());
        as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(200);
        return id;
    }
}
