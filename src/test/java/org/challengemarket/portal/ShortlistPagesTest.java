package org.challengemarket.portal;

import static org.challengemarket.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.portal.PortalBrowser.HtmlForm;
import org.challengemarket.portal.PortalBrowser.Page;
import org.challengemarket.support.Evaluations;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The agency's side of proposals: counts while sealed, the shortlist after the deadline. */
@QuarkusTest
class ShortlistPagesTest {

    private static final String SHORTLIST_FORM = "form[action$='/shortlist']";

    @Inject
    ServiceClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A company that submitted an expression of interest through the API. */
    private record Bid(Org company, String proposalId, String idea) {
        String legalName() {
            return company.name() + " BV";
        }
    }

    private static Bid bid(String challenge, String idea) {
        Org company = Fixtures.company();
        String token = company.token("company_member");
        String proposal = as(token)
                .post("/api/v1/challenges/" + challenge + "/proposals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(token)
                .contentType(ContentType.JSON)
                .body(Fixtures.expressionOfInterest(idea))
                .put("/api/v1/proposals/" + proposal + "/stages/1")
                .then()
                .statusCode(200);
        as(token)
                .post("/api/v1/proposals/" + proposal + "/stages/1/submit")
                .then()
                .statusCode(201);
        return new Bid(company, proposal, idea);
    }

    private void passFirstDeadline(String challenge) {
        clock.advance(Duration.between(clock.instant(), ProposalPagesTest.firstDeadline(challenge))
                .plusSeconds(1));
    }

    private static String shortlistPath(String challenge) {
        return "/agency/challenges/" + challenge + "/stages/1/shortlist";
    }

    @Test
    void agencySeesOnlyCountsBeforeTheDeadline() {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Sealed " + agency.id());
        Bid first = bid(challenge, "A sealed idea about queues.");
        Bid second = bid(challenge, "Another sealed idea.");
        PortalBrowser officer = PortalBrowser.signedInWith(agency.officer());

        Page page = officer.open("/challenges/" + challenge);

        Element counts = page.find("section:has(#proposals-heading) table");
        Element stage1 = counts.select("tbody tr").get(0);
        assertEquals(
                "Stage 1 of 3 — Expression of interest",
                stage1.selectFirst("th").text());
        assertEquals("2", stage1.select("td").get(1).text());
        assertEquals("Sealed until the deadline", stage1.select("td").get(3).text());
        assertFalse(page.text().contains(first.legalName()));

        Page shortlist = officer.open(shortlistPath(challenge));
        assertEquals(200, shortlist.status());
        assertThat(shortlist.find(".callout").text(), containsString("stay sealed until its deadline"));
        assertFalse(shortlist.has(SHORTLIST_FORM));
        for (Bid bid : List.of(first, second)) {
            assertFalse(shortlist.text().contains(bid.legalName()));
            assertFalse(shortlist.text().contains(bid.idea()));
        }
        assertFalse(PortalBrowser.anonymous().open("/challenges/" + challenge).has("#proposals-heading"));
    }

    @Test
    void agencyShortlistsAfterTheDeadlineAndTheChosenCompanyEntersStageTwo() {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Shortlisting " + agency.id());
        Evaluations.Panel panel = Evaluations.panel(agency, challenge, 1);
        Bid chosen = bid(challenge, "The clearer idea.");
        Bid other = bid(challenge, "The vaguer idea.");
        passFirstDeadline(challenge);
        panel.scoreInOrder(List.of(chosen.proposalId(), other.proposalId()));
        PortalBrowser officer = PortalBrowser.signedInWith(agency.officer());

        Page challengePage = officer.open("/challenges/" + challenge);
        Page page = officer.open(
                challengePage.find("a[href$='/stages/1/shortlist']").attr("href"));

        assertEquals(200, page.status());
        assertThat(page.find("dl.facts").text(), containsString("6 proposals go on"));
        assertThat(page.text(), containsString(chosen.legalName()));
        assertThat(page.text(), containsString("The vaguer idea."));
        assertThat(page.text(), containsString("EUR 10,000 to 20,000"));
        Element box = page.find("input[type=checkbox][value=" + chosen.proposalId() + "]");
        assertEquals(
                chosen.legalName() + " goes on",
                page.find("label[for=" + box.id() + "]").text());

        HtmlForm form = page.form(SHORTLIST_FORM).setAll("proposalIds", chosen.proposalId());
        Page noReason = officer.submit(form.set("decisionReason", ""));
        assertEquals(400, noReason.status());
        assertEquals("#decisionReason", noReason.find("#error-summary a").attr("href"));
        assertEquals("true", noReason.find("#decisionReason").attr("aria-invalid"));
        assertTrue(noReason.find("input[value=" + chosen.proposalId() + "]").hasAttr("checked"), "the choice is kept");

        Page decided = officer.submit(
                noReason.form(SHORTLIST_FORM).set("decisionReason", "The clearest link to the problem."));
        assertEquals(303, decided.status());
        Page summary = officer.follow(decided);
        assertEquals(
                "The shortlist is recorded. The companies are told the outcome.",
                summary.find(".notice").text());
        Element decision = summary.find("section:has(#decision-heading)");
        assertThat(decision.text(), containsString("The clearest link to the problem."));
        assertEquals(
                List.of(chosen.legalName()),
                decision.select("dt:contains(Go on) + dd li").eachText());
        assertEquals(
                List.of(other.legalName()),
                decision.select("dt:contains(Stop here) + dd li").eachText());
        assertFalse(summary.has(SHORTLIST_FORM), "a stage is decided once");

        PortalBrowser company = PortalBrowser.signedInWith(chosen.company().token("company_member"));
        Page stage2 = company.open("/proposals/" + chosen.proposalId());
        assertEquals("/proposals/" + chosen.proposalId() + "/stages/2", stage2.location());
        Page wizard = company.follow(stage2);
        assertEquals(
                "Stage 2 of 3 — Full proposal", wizard.find("#stage-heading").text());
        assertEquals(
                "Full proposal", wizard.find("li[aria-current=step]").text().replace(" (this stage)", ""));
        HtmlForm full = wizard.form(ProposalPagesTest.WIZARD_FORM);
        assertEquals("EUR", full.value("fields.costEstimate.currency"));
        Page wrongAmount = company.submit(full.set("fields.approach", "Live queue positions by text message.")
                .set("fields.costEstimate.amount", "a lot")
                .pressing("action", "save"));
        assertEquals(400, wrongAmount.status());
        assertThat(wrongAmount.find("#fields-costEstimate-amount-error").text(), containsString("enter an amount"));
        assertEquals("a lot", wrongAmount.find("#fields-costEstimate-amount").attr("value"));
        Page saved = company.submit(wrongAmount
                .form(ProposalPagesTest.WIZARD_FORM)
                .set("fields.costEstimate.amount", "18000")
                .pressing("action", "save"));
        assertEquals(303, saved.status());
        as(chosen.company().token("company_member"))
                .get("/api/v1/proposals/" + chosen.proposalId())
                .then()
                .body("stages[1].draft.fields.costEstimate.amount", equalTo(18000.00f))
                .body("stages[1].draft.fields.approach", equalTo("Live queue positions by text message."));

        Page stopped = PortalBrowser.signedInWith(other.company().token("company_member"))
                .open("/proposals/" + other.proposalId() + "/stages/1");
        assertThat(stopped.find(".callout").text(), containsString("not shortlisted"));
        assertFalse(stopped.has(ProposalPagesTest.WIZARD_FORM));
    }

    @Test
    void aShortlistLongerThanTheStageAllowsIsRefusedWithTheReason() {
        Org agency = Fixtures.agency();
        Map<String, Object> body = Fixtures.publishableChallenge("Short list " + agency.id());
        body.put("numberOfPilots", 1);
        body.put("budget", Map.of("amount", 25000, "currency", "EUR"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stages = (List<Map<String, Object>>) body.get("stages");
        stages.get(0).put("shortlistSize", 1);
        String challenge = Fixtures.draft(agency, body);
        as(agency.officer())
                .post("/api/v1/challenges/" + challenge + "/publish")
                .then()
                .statusCode(200);
        Evaluations.Panel panel = Evaluations.panel(agency, challenge, 1);
        Bid a = bid(challenge, "Idea A.");
        Bid b = bid(challenge, "Idea B.");
        passFirstDeadline(challenge);
        panel.scoreInOrder(List.of(a.proposalId(), b.proposalId()));
        PortalBrowser officer = PortalBrowser.signedInWith(agency.officer());
        HtmlForm form = officer.open(shortlistPath(challenge)).form(SHORTLIST_FORM);

        Page refused = officer.submit(form.setAll("proposalIds", a.proposalId(), b.proposalId())
                .set("decisionReason", "Both are good, we want both."));

        assertEquals(422, refused.status());
        assertThat(refused.find("#proposalIds-error").text(), containsString("at most 1 proposals go on"));
        assertEquals(
                "proposalIds-error", refused.find("fieldset:has(#proposalIds)").attr("aria-describedby"));
        assertEquals("#proposalIds", refused.find("#error-summary a").attr("href"));
        as(a.company().token("company_member"))
                .get("/api/v1/proposals/" + a.proposalId())
                .then()
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aShortlistSentBeforeTheDeadlineIsRefusedWithTheReason() {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Too early " + agency.id());
        Evaluations.Panel panel = Evaluations.panel(agency, challenge, 1);
        Bid bid = bid(challenge, "An early idea.");
        passFirstDeadline(challenge);
        panel.scoreInOrder(List.of(bid.proposalId()));
        PortalBrowser officer = PortalBrowser.signedInWith(agency.officer());
        HtmlForm form = officer.open(shortlistPath(challenge)).form(SHORTLIST_FORM);
        clock.reset();

        Page refused = officer.submit(
                form.setAll("proposalIds", bid.proposalId()).set("decisionReason", "Deciding early by mistake."));

        assertEquals(409, refused.status());
        assertThat(refused.find("#error-summary").text(), containsString("decide after its deadline"));
        assertThat(refused.text(), not(containsString(bid.idea())));
        as(bid.company().token("company_member"))
                .get("/api/v1/proposals/" + bid.proposalId())
                .then()
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void anotherAgencysShortlistIsAPageNotFound() {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Not yours " + agency.id());
        bid(challenge, "Private idea.");
        passFirstDeadline(challenge);

        Page page = PortalBrowser.signedInWith(Fixtures.agency().officer()).open(shortlistPath(challenge));

        assertEquals(404, page.status());
        assertEquals("Page not found", page.find("h1").text());
        assertFalse(page.text().contains("Private idea."));
    }
}
