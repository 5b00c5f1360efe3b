package org.challengemarket.portal;

import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.challengemarket.portal.PortalBrowser.HtmlForm;
import org.challengemarket.portal.PortalBrowser.Page;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.Tokens;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The civil servant's pages: drafting, editing, publishing, amending and cancelling by form. */
@QuarkusTest
class AgencyPagesTest {

    private static final String DRAFT_FORM = "form:has(button[value=publish])";

    @Test
    void anonymousVisitorIsAskedToSignIn() {
        Page page = PortalBrowser.anonymous().open("/agency/challenges");

        assertEquals(401, page.status());
        assertThat(page.header("Content-Type"), startsWith("text/html"));
        assertEquals("Sign in to continue", page.find("h1").text());
        assertEquals(
                "/dev/sign-in?next=%2Fagency%2Fchallenges",
                page.find("main a.button").attr("href"));
    }

    @Test
    void companyMemberCannotSeeTheAgencyPages() {
        Org company = Fixtures.organisation("COMPANY");

        Page page = PortalBrowser.signedInWith(company.token("company_member")).open("/agency/challenges/new");

        assertEquals(403, page.status());
        assertEquals("You cannot see this page", page.find("h1").text());
    }

    @Test
    void officerSeesAllTheirAgencysChallengesAndNoOneElses() {
        Org agency = Fixtures.agency();
        Org other = Fixtures.agency();
        String draft = Fixtures.draft(agency, Fixtures.publishableChallenge("Own draft " + agency.id()));
        String published = Fixtures.published(agency, "Own published " + agency.id());
        String foreign = Fixtures.published(other, "Foreign " + other.id());

        Page page = PortalBrowser.signedInWith(agency.officer()).open("/agency/challenges");

        assertEquals(200, page.status());
        Element table = page.find("table");
        assertThat(table.selectFirst("caption").text(), containsString(agency.name()));
        assertTrue(table.selectFirst("a[href='/challenges/" + draft + "']") != null);
        assertTrue(table.selectFirst("a[href='/challenges/" + published + "']") != null);
        assertTrue(table.selectFirst("a[href='/agency/challenges/" + draft + "/edit']") != null);
        assertTrue(table.selectFirst("a[href='/agency/challenges/" + published + "/amend']") != null);
        assertFalse(page.has("a[href='/challenges/" + foreign + "']"));

        Page drafts = PortalBrowser.signedInWith(agency.officer()).open("/agency/challenges?status=DRAFT");
        assertTrue(drafts.has("a[href='/challenges/" + draft + "']"));
        assertFalse(drafts.has("a[href='/challenges/" + published + "']"));
    }

    @Test
    void officerCreatesEditsAndPublishesADraftThroughTheForms() {
        Org agency = Fixtures.agency();
        PortalBrowser officer = PortalBrowser.signedInWith(agency.officer());
        String title = "Fewer potholes " + agency.id();

        HtmlForm blank = officer.open("/agency/challenges/new").form(DRAFT_FORM);
        Page created = officer.submit(fillIn(blank, title).pressing("action", "save"));

        assertEquals(303, created.status());
        assertThat(created.location(), startsWith("/challenges/"));
        String id = created.location()
                .substring("/challenges/".length(), created.location().indexOf('?'));
        Page draftPage = officer.follow(created);
        assertEquals(
                "The draft is saved. Only your agency can see it.",
                draftPage.find(".notice").text());
        as(agency.officer())
                .get("/api/v1/challenges/" + id)
                .then()
                .body("status", equalTo("DRAFT"))
                .body("languages", contains("nl", "fr"))
                .body("criteria[0].weight", equalTo(50));

        HtmlForm edit = officer.open("/agency/challenges/" + id + "/edit").form(DRAFT_FORM);
        assertEquals("0", edit.value("version"));
        assertEquals(title, edit.value("title"));
        Page saved = officer.submit(edit.set("title", title + " (edited)").pressing("action", "save"));
        assertEquals("/challenges/" + id + "?notice=saved", saved.location());

        HtmlForm again = officer.open("/agency/challenges/" + id + "/edit").form(DRAFT_FORM);
        assertEquals("1", again.value("version"));
        Page published = officer.submit(again.pressing("action", "publish"));

        assertEquals(303, published.status());
        assertEquals("/challenges/" + id + "?notice=published", published.location());
        Page page = officer.follow(published);
        assertEquals(
                "The challenge is published: everyone can read it now.",
                page.find(".notice").text());
        anonymous()
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("title", equalTo(title + " (edited)"));
    }

    @Test
    void refusedPublicationShowsEachReasonNextToItsField() {
        Org agency = Fixtures.agency();
        Map<String, Object> body = Fixtures.publishableChallenge("Incomplete " + agency.id());
        body.remove("budget");
        body.put("weights", Map.of("problemSolving", 50, "teamMotivation", 30, "implementationCost", 10));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stages = (List<Map<String, Object>>) body.get("stages");
        stages.set(
                0,
                Fixtures.stage(
                        "EXPRESSION_OF_INTEREST", now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(5)), 6));
        String id = Fixtures.draft(agency, body);
        PortalBrowser officer = PortalBrowser.signedInWith(agency.officer());

        HtmlForm edit = officer.open("/agency/challenges/" + id + "/edit").form(DRAFT_FORM);
        Page refused = officer.submit(edit.pressing("action", "publish"));

        assertEquals(422, refused.status());
        Element summary = refused.find("#error-summary");
        assertEquals("alert", summary.attr("role"));
        List<String> targets = summary.select("a").eachAttr("href");
        assertThat(targets, hasItem("#budget-amount"));
        assertThat(targets, hasItem("#weights-problemSolving"));
        assertThat(targets, hasItem("#stages-0-deadline"));

        assertThat(refused.find("#budget-amount-error").text(), containsString("is required to publish"));
        Element amount = refused.find("#budget-amount");
        assertEquals("true", amount.attr("aria-invalid"));
        assertThat(amount.attr("aria-describedby"), containsString("budget-amount-error"));
        assertThat(refused.find("#weights-error").text(), containsString("must sum to 100; they sum to 90"));
        assertThat(refused.find("#stages-0-deadline-error").text(), containsString("at least 15 days"));
        assertEquals(
                "stages-0-deadline-error", refused.find("#stages-0-deadline").attr("aria-describedby"));

        HtmlForm corrected = refused.form(DRAFT_FORM);
        assertEquals("1", corrected.value("version"), "the draft was saved before publishing was refused");
        anonymous().get("/api/v1/challenges/" + id).then().statusCode(404);

        Page fromChallengePage = officer.submit(
                officer.open("/challenges/" + id).form("form[action='/agency/challenges/" + id + "/publish']"));
        assertEquals(422, fromChallengePage.status());
        assertThat(fromChallengePage.find("#budget-amount-error").text(), containsString("is required to publish"));
    }

    @Test
    void aStaleFormIsExplainedAndSavesNothing() {
        Org agency = Fixtures.agency();
        Map<String, Object> body = Fixtures.publishableChallenge("Concurrent " + agency.id());
        String id = Fixtures.draft(agency, body);
        PortalBrowser officer = PortalBrowser.signedInWith(agency.officer());
        HtmlForm mine = officer.open("/agency/challenges/" + id + "/edit").form(DRAFT_FORM);

        body.put("title", "Changed by a colleague " + agency.id());
        as(agency.officer())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/challenges/" + id)
                .then()
                .statusCode(200);

        Page stale = officer.submit(mine.set("title", "My late change").pressing("action", "save"));

        assertEquals(409, stale.status());
        assertThat(stale.find("#error-summary").text(), containsString("Someone changed this challenge"));
        assertEquals("My late change", stale.find("#title").attr("value"), "what was typed is kept");
        as(agency.officer())
                .get("/api/v1/challenges/" + id)
                .then()
                .body("title", equalTo("Changed by a colleague " + agency.id()));
    }

    @Test
    void aFormWithWordsWhereNumbersGoIsShownBackWithTheReasons() {
        Org agency = Fixtures.agency();
        PortalBrowser officer = PortalBrowser.signedInWith(agency.officer());
        HtmlForm form = officer.open("/agency/challenges/new").form(DRAFT_FORM);

        Page refused = officer.submit(form.set("title", "")
                .set("budget.amount", "forty thousand")
                .set("stages[1].deadline", "next spring")
                .pressing("action", "save"));

        assertEquals(400, refused.status());
        assertThat(refused.find("#title-error").text(), containsString("must not be blank"));
        assertThat(refused.find("#budget-amount-error").text(), containsString("enter an amount"));
        assertThat(refused.find("#stages-1-deadline-error").text(), containsString("enter a date and a time"));
        assertEquals("forty thousand", refused.find("#budget-amount").attr("value"));
    }

    @Test
    void aNewDraftCanStartFromATemplate() {
        Map<String, Object> template = anonymous()
                .get("/api/v1/challenge-templates")
                .then()
                .statusCode(200)
                .extract()
                .path("[0]");
        PortalBrowser officer = PortalBrowser.signedInWith(Fixtures.agency().officer());

        Page blank = officer.open("/agency/challenges/new");
        assertTrue(blank.has("a[href='/agency/challenges/new?template=" + template.get("id") + "']"));

        HtmlForm form = officer.open("/agency/challenges/new?template=" + template.get("id"))
                .form(DRAFT_FORM);
        assertEquals(template.get("title"), form.value("title"));
        assertEquals(template.get("problemStatement"), form.value("problemStatement"));
        assertEquals(template.get("sector"), form.value("sector"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        Org agency = Fixtures.agency();
        PortalBrowser officer = PortalBrowser.signedInWith(agency.officer());
        String title = "Forged " + agency.id();
        HtmlForm form = fillIn(officer.open("/agency/challenges/new").form(DRAFT_FORM), title);

        Page refused = officer.submit(form.without("csrf-token").pressing("action", "save"));

        assertEquals(403, refused.status());
        assertEquals("The form has expired", refused.find("h1").text());
        as(agency.officer())
                .get("/api/v1/challenges?agency=" + agency.id())
                .then()
                .body("total", equalTo(0));

        PortalBrowser elsewhere = PortalBrowser.signedInWith(agency.officer());
        Page otherBrowser = elsewhere.submit(form.set("csrf-token", officer.cookie("cm_csrf")));
        assertEquals(403, otherBrowser.status(), "a token only counts with its own browser's cookie");
    }

    @Test
    void officerAmendsAndCancelsAPublishedChallenge() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Amendable " + agency.id());
        PortalBrowser officer = PortalBrowser.signedInWith(agency.officer());

        HtmlForm amend = officer.open("/agency/challenges/" + id + "/amend").form("form[action$=amendments]");
        String deadline = amend.value("stages[2].deadline");
        String later = LocalDateTime.parse(deadline).plusDays(7).toString();
        Page tooShort = officer.submit(amend.set("summary", "Short"));
        assertEquals(400, tooShort.status());
        assertThat(tooShort.find("#summary-error").text(), containsString("size must be between 10 and 2000"));

        Page amended = officer.submit(tooShort.form("form[action$=amendments]")
                .set("summary", "Named the three offices and gave one more week.")
                .set("context", "Three offices: Ghent, Bruges and Kortrijk.")
                .set("stages[2].deadline", later));
        assertEquals("/challenges/" + id + "?notice=amended", amended.location());
        Page page = officer.follow(amended);
        Element amendment = page.find("#amendments article");
        assertThat(amendment.text(), containsString("Named the three offices and gave one more week."));
        List<String> changed = amendment.select("tbody th").eachText();
        assertEquals(List.of("Context", "Stage 3 deadline"), changed);

        HtmlForm cancel = officer.open("/agency/challenges/" + id + "/cancel").form("form[action$=cancel]");
        Page refused = officer.submit(cancel.set("reason", "No."));
        assertEquals(400, refused.status());
        assertEquals("true", refused.find("#reason").attr("aria-invalid"));
        Page cancelled = officer.submit(
                refused.form("form[action$=cancel]").set("reason", "The offices merge into one next year."));
        assertEquals("/challenges/" + id + "?notice=cancelled", cancelled.location());
        assertThat(officer.follow(cancelled).find(".callout").text(), containsString("The offices merge into one"));
    }

    @Test
    void anotherAgencysDraftCannotBeEditedOrEvenSeen() {
        Org agency = Fixtures.agency();
        String draft = Fixtures.draft(agency, Fixtures.publishableChallenge("Not yours " + agency.id()));
        PortalBrowser stranger =
                PortalBrowser.signedInWith(Tokens.token(Fixtures.agency().id(), "agency_officer"));

        Page page = stranger.open("/agency/challenges/" + draft + "/edit");

        assertEquals(404, page.status());
        assertEquals("Page not found", page.find("h1").text());
    }

    /** Fills in a complete draft that can be published now. */
    private static HtmlForm fillIn(HtmlForm form, String title) {
        Instant now = Instant.now();
        Instant d1 = now.plus(Duration.ofDays(30));
        Instant d2 = d1.plus(Duration.ofDays(30));
        Instant d3 = d2.plus(Duration.ofDays(20));
        return form.set("title", title)
                .set("problemStatement", "Potholes damage bikes and cars.\nRepairs come too late.")
                .set("context", "A city of 260,000 people, 1,200 km of streets.")
                .set("expectedOutcomes", "Potholes found and fixed within a week.")
                .set("sector", "mobility")
                .set("budget.amount", "40000")
                .set("budget.currency", "EUR")
                .set("numberOfPilots", "2")
                .setAll("languages", "nl", "fr")
                .set("stages[0].opensAt", PortalTimes.typed(now.plus(Duration.ofHours(1))))
                .set("stages[0].deadline", PortalTimes.typed(d1))
                .set("stages[0].shortlistSize", "6")
                .set("stages[1].opensAt", PortalTimes.typed(d1))
                .set("stages[1].deadline", PortalTimes.typed(d2))
                .set("stages[1].shortlistSize", "3")
                .set("stages[2].opensAt", PortalTimes.typed(d2))
                .set("stages[2].deadline", PortalTimes.typed(d3))
                .set("weights.problemSolving", "50")
                .set("weights.teamMotivation", "30")
                .set("weights.implementationCost", "20");
    }
}
