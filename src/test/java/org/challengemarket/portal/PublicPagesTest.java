package org.challengemarket.portal;

import static org.challengemarket.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

        assertEquals(200, home.status());
        assertThat(home.header("Content-Type"), startsWith("text/html"));
        Element link = home.find("a[href='/challenges/" + published + "']");
        assertEquals("Home listing " + agency.id(), link.text());
        assertFalse(home.has("a[href='/challenges/" + draft + "']"), "a draft is never listed publicly");
    }

    @Test
    void searchFiltersNarrowTheResults() {
        Org agency = Fixtures.agency();
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String cheap = publish(agency, "Cheap " + word + " pilot", new BigDecimal("20000.00"));
        String dear = publish(agency, "Dear " + word + " pilot", new BigDecimal("50000.00"));
        PortalBrowser visitor = PortalBrowser.anonymous();

        Page byWord = visitor.open("/challenges?q=" + word);
        assertEquals(200, byWord.status());
        assertTrue(byWord.has("a[href='/challenges/" + cheap + "']"));
        assertTrue(byWord.has("a[href='/challenges/" + dear + "']"));
        assertThat(byWord.find("#results-heading + p").text(), containsString("2 challenges match"));

        Page byBudget = visitor.open("/challenges?q=" + word + "&budgetMax=30000");
        assertTrue(byBudget.has("a[href='/challenges/" + cheap + "']"));
        assertFalse(byBudget.has("a[href='/challenges/" + dear + "']"));
        assertEquals("30000", byBudget.find("#budgetMax").attr("value"), "the form keeps the filter");

        Page byAgency = visitor.open("/challenges?agency=" + agency.id() + "&sort=-budget");
        List<String> titles = byAgency.html().select(".card__title a").eachText();
        assertEquals(List.of("Dear " + word + " pilot", "Cheap " + word + " pilot"), titles);
        assertEquals(
                agency.name(), byAgency.find("#agency option[selected]").text(), "the agency is chosen in its list");

        Page otherStatus = visitor.open("/challenges?q=" + word + "&status=CANCELLED");
        assertThat(otherStatus.find("#results-heading + p").text(), containsString("No challenge matches"));
    }

    @Test
    void searchShowsABadFilterNextToItsField() {
        Page page = PortalBrowser.anonymous().open("/challenges?budgetMin=lots");

        assertEquals(400, page.status());
        assertThat(page.find("#error-summary a[href='#budgetMin']").text(), containsString("must be a number"));
        assertThat(page.find("#budgetMin-error").text(), containsString("must be a number"));
        assertEquals("budgetMin-error", page.find("#budgetMin").attr("aria-describedby"));
        assertEquals("true", page.find("#budgetMin").attr("aria-invalid"));
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
        assertEquals(20, first.html().select(".card").size());
        String next = first.find(".pagination a[rel=next]").attr("href");
        assertEquals("/challenges?q=" + word + "&sort=title&page=2", next);

        Page second = visitor.open(next);
        assertEquals(1, second.html().select(".card").size());
        assertEquals(
                "Page 2 of 2", second.find(".pagination [aria-current=page]").text());
        assertTrue(second.has(".pagination a[rel=prev]"));
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

        assertEquals(200, page.status());
        assertEquals("Detailed " + agency.id(), page.find("h1").text());
        assertThat(page.find("#problem-heading + .prose").text(), containsString("Citizens wait too long"));
        assertThat(page.find("#context-heading + .prose").text(), containsString("Three offices"));
        assertThat(page.text(), containsString("EUR 40,000.00"));

        List<String> stages = page.html().select("#stages .timeline__stage h3").eachText();
        assertEquals(List.of("Stage 1: expression of interest", "Stage 2: full proposal", "Stage 3: pitch"), stages);
        Element pitchDeadline = page.find("#stages .timeline__stage time[datetime='" + extended + "']");
        assertEquals(PortalTimes.shown(extended), pitchDeadline.text(), "times are shown in Brussels");

        assertEquals(
                "Criteria and their published weights",
                page.find("#criteria caption").text());
        List<String> weights = page.html().select("#criteria tbody tr").eachText();
        assertThat(weights.get(0), startsWith("Problem solving 50%"));
        assertThat(weights.get(1), startsWith("Team and motivation 30%"));
        assertThat(weights.get(2), startsWith("Implementation cost 20%"));
        assertEquals("col", page.find("#criteria thead th").attr("scope"));

        Element amendment = page.find("#amendments article");
        assertEquals("Amendment 1", amendment.selectFirst("h3").text());
        assertThat(amendment.text(), containsString("Extended the pitch deadline and named the offices."));
        List<String> changes = amendment.select("tbody tr").eachText();
        assertThat(changes.toString(), containsString("Context"));
        assertThat(changes.toString(), containsString("Stage 3 deadline " + PortalTimes.shown(deadline)));
        assertThat(changes.toString(), containsString(PortalTimes.shown(extended)));
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

        assertEquals(
                "This challenge is cancelled", page.find("#cancelled-heading").text());
        assertThat(page.find(".callout").text(), containsString("The service moves to the region next year."));
        assertEquals("Cancelled", page.find("h1 + .card__meta .status").text());
    }

    @Test
    void draftIsNotFoundForAnonymousAndOtherAgenciesButShownToItsOwn() {
        Org agency = Fixtures.agency();
        Org other = Fixtures.agency();
        String draft = Fixtures.draft(agency, Fixtures.publishableChallenge("Secret draft " + agency.id()));

        Page anonymous = PortalBrowser.anonymous().open("/challenges/" + draft);
        assertEquals(404, anonymous.status());
        assertThat(anonymous.header("Content-Type"), startsWith("text/html"));
        assertEquals("Page not found", anonymous.find("h1").text());
        assertThat(anonymous.text(), not(containsString("Secret draft")));

        Page otherAgency = PortalBrowser.signedInWith(other.officer()).open("/challenges/" + draft);
        assertEquals(404, otherAgency.status());
        assertThat(otherAgency.text(), not(containsString("Secret draft")));

        Page own = PortalBrowser.signedInWith(agency.officer()).open("/challenges/" + draft);
        assertEquals(200, own.status());
        assertEquals("Secret draft " + agency.id(), own.find("h1").text());
        assertTrue(own.has("a[href='/agency/challenges/" + draft + "/edit']"));
    }

    @Test
    void unknownChallengeIsAnHtmlPageWhileTheApiKeepsProblemJson() {
        String unknown = UUID.randomUUID().toString();

        Page page = PortalBrowser.anonymous().open("/challenges/" + unknown);
        assertEquals(404, page.status());
        assertEquals("Page not found", page.find("h1").text());
        assertTrue(page.has("main#main"), "error pages use the layout");

        Page notAnId = PortalBrowser.anonymous().open("/challenges/not-an-id");
        assertEquals(404, notAnId.status());
        assertEquals("Page not found", notAnId.find("h1").text());

        RestAssured.given()
                .get("/api/v1/challenges/" + unknown)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static String publish(Org agency, String title, BigDecimal budget) {
        Map<String, Object> body = Fixtures.publishableChallenge(title);
        body.put("budget", Map.of("amount", budget, "currency", "EUR"));
        String id = Fixtures.draft(agency, body);
        as(agency.officer())
                .post("/api/v1/challenges/" + id + "/publish")
                .then()
                .statusCode(200);
        return id;
    }
}
