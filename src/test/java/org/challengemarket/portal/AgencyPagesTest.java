package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.challengemarket.portal.PortalBrowser.HtmlForm;
import org.challengemarket.portal.PortalBrowser.Page;
import org.challengemarket.support.ChallengeDraftBuilder;
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

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.find("h1").text()).isEqualTo("Sign in to continue");
        assertThat(page.find("main a.button").attr("href")).isEqualTo("/dev/sign-in?next=%2Fagency%2Fchallenges");
    }

    @Test
    void companyMemberCannotSeeTheAgencyPages() {
        Org company = Fixtures.organisation("COMPANY");

        Page page = PortalBrowser.signedInWith(company.token("company_member")).open("/agency/challenges/new");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.find("h1").text()).isEqualTo("You cannot see this page");
    }

    @Test
    void officerSeesAllTheirAgencysChallengesAndNoOneElses() {
        Org agency = Fixtures.agency();
        Org other = Fixtures.agency();
        String draft = Fixtures.draft(agency, Fixtures.publishableChallenge("Own draft " + agency.id()));
        String published = Fixtures.published(agency, "Own published " + agency.id());
        String foreign = Fixtures.published(other, "Foreign " + other.id());

        Page page = PortalBrowser.signedInWith(agency.officer()).open("/agency/challenges");

        assertThat(page.status()).isEqualTo(200);
        Element table = page.find("table");
        assertThat(table.selectFirst("caption").text()).contains(agency.name());
        assertThat(table.selectFirst("a[href='/challenges/" + draft + "']") != null)
                .isTrue();
        assertThat(table.selectFirst("a[href='/challenges/" + published + "']") != null)
                .isTrue();
        assertThat(table.selectFirst("a[href='/agency/challenges/" + draft + "/edit']") != null)
                .isTrue();
        assertThat(table.selectFirst("a[href='/agency/challenges/" + published + "/amend']") != null)
                .isTrue();
        assertThat(page.has("a[href='/challenges/" + foreign + "']")).isFalse();

        Page drafts = PortalBrowser.signedInWith(agency.officer()).open("/agency/challenges?status=DRAFT");
        assertThat(drafts.has("a[href='/challenges/" + draft + "']")).isTrue();
        assertThat(drafts.has("a[href='/challenges/" + published + "']")).isFalse();
    }

    @Test
    void officerCreatesEditsAndPublishesADraftThroughTheForms() {
        Org agency = Fixtures.agency();
        PortalBrowser officer = PortalBrowser.signedInWith(agency.officer());
        String title = "Fewer potholes " + agency.id();

        HtmlForm blank = officer.open("/agency/challenges/new").form(DRAFT_FORM);
        Page created = officer.submit(fillIn(blank, title).pressing("action", "save"));

        assertThat(created.status()).isEqualTo(303);
        assertThat(created.location()).startsWith("/challenges/");
        String id = created.location()
                .substring("/challenges/".length(), created.location().indexOf('?'));
        Page draftPage = officer.follow(created);
        assertThat(draftPage.find(".notice").text()).isEqualTo("The draft is saved. Only your agency can see it.");
        JsonPath json = as(agency.officer())
                .get("/api/v1/challenges/" + id)
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("DRAFT");
        assertThat(json.getList("languages")).containsExactly("nl", "fr");
        assertThat(json.getInt("criteria[0].weight")).isEqualTo(50);

        HtmlForm edit = officer.open("/agency/challenges/" + id + "/edit").form(DRAFT_FORM);
        assertThat(edit.value("version")).isEqualTo("0");
        assertThat(edit.value("title")).isEqualTo(title);
        Page saved = officer.submit(edit.set("title", title + " (edited)").pressing("action", "save"));
        assertThat(saved.location()).isEqualTo("/challenges/" + id + "?notice=saved");

        HtmlForm again = officer.open("/agency/challenges/" + id + "/edit").form(DRAFT_FORM);
        assertThat(again.value("version")).isEqualTo("1");
        Page published = officer.submit(again.pressing("action", "publish"));

        assertThat(published.status()).isEqualTo(303);
        assertThat(published.location()).isEqualTo("/challenges/" + id + "?notice=published");
        Page page = officer.follow(published);
        assertThat(page.find(".notice").text()).isEqualTo("The challenge is published: everyone can read it now.");
        json = anonymous()
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("PUBLISHED");
        assertThat(json.getString("title")).isEqualTo(title + " (edited)");
    }

    @Test
    void refusedPublicationShowsEachReasonNextToItsField() {
        Org agency = Fixtures.agency();
        ChallengeDraftBuilder body = ChallengeDraftBuilder.publishable("Incomplete " + agency.id())
                .withBudget((String) null)
                .withWeights(50, 30, 10);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        body.withStage(
                0,
                Fixtures.stage(
                        "EXPRESSION_OF_INTEREST", now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(5)), 6));
        String id = Fixtures.draft(agency, body.build());
        PortalBrowser officer = PortalBrowser.signedInWith(agency.officer());

        HtmlForm edit = officer.open("/agency/challenges/" + id + "/edit").form(DRAFT_FORM);
        Page refused = officer.submit(edit.pressing("action", "publish"));

        assertThat(refused.status()).isEqualTo(422);
        Element summary = refused.find("#error-summary");
        assertThat(summary.attr("role")).isEqualTo("alert");
        List<String> targets = summary.select("a").eachAttr("href");
        assertThat(targets).contains("#budget-amount");
        assertThat(targets).contains("#weights-problemSolving");
        assertThat(targets).contains("#stages-0-deadline");

        assertThat(refused.find("#budget-amount-error").text()).contains("is required to publish");
        Element amount = refused.find("#budget-amount");
        assertThat(amount.attr("aria-invalid")).isEqualTo("true");
        assertThat(amount.attr("aria-describedby")).contains("budget-amount-error");
        assertThat(refused.find("#weights-error").text()).contains("must sum to 100; they sum to 90");
        assertThat(refused.find("#stages-0-deadline-error").text()).contains("at least 15 days");
        assertThat(refused.find("#stages-0-deadline").attr("aria-describedby")).isEqualTo("stages-0-deadline-error");

        HtmlForm corrected = refused.form(DRAFT_FORM);
        assertThat(corrected.value("version"))
                .as("the draft was saved before publishing was refused")
                .isEqualTo("1");
        anonymous().get("/api/v1/challenges/" + id).then().statusCode(404);

        Page fromChallengePage = officer.submit(
                officer.open("/challenges/" + id).form("form[action='/agency/challenges/" + id + "/publish']"));
        assertThat(fromChallengePage.status()).isEqualTo(422);
        assertThat(fromChallengePage.find("#budget-amount-error").text()).contains("is required to publish");
    }

    @Test
    void aStaleFormIsExplainedAndSavesNothing() {
        Org agency = Fixtures.agency();
        ChallengeDraftBuilder body = ChallengeDraftBuilder.publishable("Concurrent " + agency.id());
        String id = Fixtures.draft(agency, body.build());
        PortalBrowser officer = PortalBrowser.signedInWith(agency.officer());
        HtmlForm mine = officer.open("/agency/challenges/" + id + "/edit").form(DRAFT_FORM);

        body.withTitle("Changed by a colleague " + agency.id());
        as(agency.officer())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body.build())
                .put("/api/v1/challenges/" + id)
                .then()
                .statusCode(200);

        Page stale = officer.submit(mine.set("title", "My late change").pressing("action", "save"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.find("#error-summary").text()).contains("Someone changed this challenge");
        assertThat(stale.find("#title").attr("value"))
                .as("what was typed is kept")
                .isEqualTo("My late change");
        JsonPath json = as(agency.officer())
                .get("/api/v1/challenges/" + id)
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("title")).isEqualTo("Changed by a colleague " + agency.id());
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

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.find("#title-error").text()).contains("must not be blank");
        assertThat(refused.find("#budget-amount-error").text()).contains("enter an amount");
        assertThat(refused.find("#stages-1-deadline-error").text()).contains("enter a date and a time");
        assertThat(refused.find("#budget-amount").attr("value")).isEqualTo("forty thousand");
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
        assertThat(blank.has("a[href='/agency/challenges/new?template=" + template.get("id") + "']"))
                .isTrue();

        HtmlForm form = officer.open("/agency/challenges/new?template=" + template.get("id"))
                .form(DRAFT_FORM);
        assertThat(form.value("title")).isEqualTo(template.get("title"));
        assertThat(form.value("problemStatement")).isEqualTo(template.get("problemStatement"));
        assertThat(form.value("sector")).isEqualTo(template.get("sector"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        Org agency = Fixtures.agency();
        PortalBrowser officer = PortalBrowser.signedInWith(agency.officer());
        String title = "Forged " + agency.id();
        HtmlForm form = fillIn(officer.open("/agency/challenges/new").form(DRAFT_FORM), title);

        Page refused = officer.submit(form.without("csrf-token").pressing("action", "save"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.find("h1").text()).isEqualTo("The form has expired");
        JsonPath json = as(agency.officer())
                .get("/api/v1/challenges?agency=" + agency.id())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);

        PortalBrowser elsewhere = PortalBrowser.signedInWith(agency.officer());
        Page otherBrowser = elsewhere.submit(form.set("csrf-token", officer.cookie("cm_csrf")));
        assertThat(otherBrowser.status())
                .as("a token only counts with its own browser's cookie")
                .isEqualTo(403);
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
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.find("#summary-error").text()).contains("size must be between 10 and 2000");

        Page amended = officer.submit(tooShort.form("form[action$=amendments]")
                .set("summary", "Named the three offices and gave one more week.")
                .set("context", "Three offices: Ghent, Bruges and Kortrijk.")
                .set("stages[2].deadline", later));
        assertThat(amended.location()).isEqualTo("/challenges/" + id + "?notice=amended");
        Page page = officer.follow(amended);
        Element amendment = page.find("#amendments article");
        assertThat(amendment.text()).contains("Named the three offices and gave one more week.");
        List<String> changed = amendment.select("tbody th").eachText();
        assertThat(changed).isEqualTo(List.of("Context", "Stage 3 deadline"));

        HtmlForm cancel = officer.open("/agency/challenges/" + id + "/cancel").form("form[action$=cancel]");
        Page refused = officer.submit(cancel.set("reason", "No."));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.find("#reason").attr("aria-invalid")).isEqualTo("true");
        Page cancelled = officer.submit(
                refused.form("form[action$=cancel]").set("reason", "The offices merge into one next year."));
        assertThat(cancelled.location()).isEqualTo("/challenges/" + id + "?notice=cancelled");
        assertThat(officer.follow(cancelled).find(".callout").text()).contains("The offices merge into one");
    }

    @Test
    void anotherAgencysDraftCannotBeEditedOrEvenSeen() {
        Org agency = Fixtures.agency();
        String draft = Fixtures.draft(agency, Fixtures.publishableChallenge("Not yours " + agency.id()));
        PortalBrowser stranger =
                PortalBrowser.signedInWith(Tokens.token(Fixtures.agency().id(), "agency_officer"));

        Page page = stranger.open("/agency/challenges/" + draft + "/edit");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.find("h1").text()).isEqualTo("Page not found");
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
