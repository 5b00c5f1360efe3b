package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.portal.PortalBrowser.HtmlForm;
import org.challengemarket.portal.PortalBrowser.Page;
import org.challengemarket.support.ChallengeDraftBuilder;
import org.challengemarket.support.ChallengeDraftBuilder.ChallengeDraft;
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
        assertThat(stage1.selectFirst("th").text()).isEqualTo("Stage 1 of 3 — Expression of interest");
        assertThat(stage1.select("td").get(1).text()).isEqualTo("2");
        assertThat(stage1.select("td").get(3).text()).isEqualTo("Sealed until the deadline");
        assertThat(page.text()).doesNotContain(first.legalName());

        Page shortlist = officer.open(shortlistPath(challenge));
        assertThat(shortlist.status()).isEqualTo(200);
        assertThat(shortlist.find(".callout").text()).contains("stay sealed until its deadline");
        assertThat(shortlist.has(SHORTLIST_FORM)).isFalse();
        for (Bid bid : List.of(first, second)) {
            assertThat(shortlist.text()).doesNotContain(bid.legalName());
            assertThat(shortlist.text()).doesNotContain(bid.idea());
        }
        assertThat(PortalBrowser.anonymous().open("/challenges/" + challenge).has("#proposals-heading"))
                .isFalse();
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

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.find("dl.facts").text()).contains("6 proposals go on");
        assertThat(page.text()).contains(chosen.legalName());
        assertThat(page.text()).contains("The vaguer idea.");
        assertThat(page.text()).contains("EUR 10,000 to 20,000");
        Element box = page.find("input[type=checkbox][value=" + chosen.proposalId() + "]");
        assertThat(page.find("label[for=" + box.id() + "]").text()).isEqualTo(chosen.legalName() + " goes on");

        HtmlForm form = page.form(SHORTLIST_FORM).setAll("proposalIds", chosen.proposalId());
        Page noReason = officer.submit(form.set("decisionReason", ""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.find("#error-summary a").attr("href")).isEqualTo("#decisionReason");
        assertThat(noReason.find("#decisionReason").attr("aria-invalid")).isEqualTo("true");
        assertThat(noReason.find("input[value=" + chosen.proposalId() + "]").hasAttr("checked"))
                .as("the choice is kept")
                .isTrue();

        Page decided = officer.submit(
                noReason.form(SHORTLIST_FORM).set("decisionReason", "The clearest link to the problem."));
        assertThat(decided.status()).isEqualTo(303);
        Page summary = officer.follow(decided);
        assertThat(summary.find(".notice").text())
                .isEqualTo("The shortlist is recorded. The companies are told the outcome.");
        Element decision = summary.find("section:has(#decision-heading)");
        assertThat(decision.text()).contains("The clearest link to the problem.");
        assertThat(decision.select("dt:contains(Go on) + dd li").eachText()).isEqualTo(List.of(chosen.legalName()));
        assertThat(decision.select("dt:contains(Stop here) + dd li").eachText()).isEqualTo(List.of(other.legalName()));
        assertThat(summary.has(SHORTLIST_FORM)).as("a stage is decided once").isFalse();

        PortalBrowser company = PortalBrowser.signedInWith(chosen.company().token("company_member"));
        Page stage2 = company.open("/proposals/" + chosen.proposalId());
        assertThat(stage2.location()).isEqualTo("/proposals/" + chosen.proposalId() + "/stages/2");
        Page wizard = company.follow(stage2);
        assertThat(wizard.find("#stage-heading").text()).isEqualTo("Stage 2 of 3 — Full proposal");
        assertThat(wizard.find("li[aria-current=step]").text().replace(" (this stage)", ""))
                .isEqualTo("Full proposal");
        HtmlForm full = wizard.form(ProposalPagesTest.WIZARD_FORM);
        assertThat(full.value("fields.costEstimate.currency")).isEqualTo("EUR");
        Page wrongAmount = company.submit(full.set("fields.approach", "Live queue positions by text message.")
                .set("fields.costEstimate.amount", "a lot")
                .pressing("action", "save"));
        assertThat(wrongAmount.status()).isEqualTo(400);
        assertThat(wrongAmount.find("#fields-costEstimate-amount-error").text()).contains("enter an amount");
        assertThat(wrongAmount.find("#fields-costEstimate-amount").attr("value"))
                .isEqualTo("a lot");
        Page saved = company.submit(wrongAmount
                .form(ProposalPagesTest.WIZARD_FORM)
                .set("fields.costEstimate.amount", "18000")
                .pressing("action", "save"));
        assertThat(saved.status()).isEqualTo(303);
        JsonPath json = as(chosen.company().token("company_member"))
                .get("/api/v1/proposals/" + chosen.proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getFloat("stages[1].draft.fields.costEstimate.amount")).isEqualTo(18000.00f);
        assertThat(json.getString("stages[1].draft.fields.approach"))
                .isEqualTo("Live queue positions by text message.");

        Page stopped = PortalBrowser.signedInWith(other.company().token("company_member"))
                .open("/proposals/" + other.proposalId() + "/stages/1");
        assertThat(stopped.find(".callout").text()).contains("not shortlisted");
        assertThat(stopped.has(ProposalPagesTest.WIZARD_FORM)).isFalse();
    }

    @Test
    void aShortlistLongerThanTheStageAllowsIsRefusedWithTheReason() {
        Org agency = Fixtures.agency();
        ChallengeDraft body = ChallengeDraftBuilder.publishable("Short list " + agency.id())
                .withNumberOfPilots(1)
                .withBudget("25000")
                .withShortlistSize(0, 1)
                .build();
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

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.find("#proposalIds-error").text()).contains("at most 1 proposals go on");
        assertThat(refused.find("fieldset:has(#proposalIds)").attr("aria-describedby"))
                .isEqualTo("proposalIds-error");
        assertThat(refused.find("#error-summary a").attr("href")).isEqualTo("#proposalIds");
        JsonPath json = as(a.company().token("company_member"))
                .get("/api/v1/proposals/" + a.proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("SUBMITTED");
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

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.find("#error-summary").text()).contains("decide after its deadline");
        assertThat(refused.text()).doesNotContain(bid.idea());
        JsonPath json = as(bid.company().token("company_member"))
                .get("/api/v1/proposals/" + bid.proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void anotherAgencysShortlistIsAPageNotFound() {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Not yours " + agency.id());
        bid(challenge, "Private idea.");
        passFirstDeadline(challenge);

        Page page = PortalBrowser.signedInWith(Fixtures.agency().officer()).open(shortlistPath(challenge));

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.find("h1").text()).isEqualTo("Page not found");
        assertThat(page.text()).doesNotContain("Private idea.");
    }
}
