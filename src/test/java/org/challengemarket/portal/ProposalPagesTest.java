package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.portal.PortalBrowser.HtmlForm;
import org.challengemarket.portal.PortalBrowser.Page;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A company's proposal pages: starting, the stage wizard, the receipt, my proposals, withdrawing. */
@QuarkusTest
class ProposalPagesTest {

    static final String WIZARD_FORM = "form:has(button[value=submit])";
    static final String UPLOAD_FORM = "form[enctype='multipart/form-data']";

    /** The smallest PNG: signature, header, one pixel, end. */
    static final byte[] PNG = HexFormat.of()
            .parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    + "0000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

    @Inject
    ServiceClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A company member's browser with a proposal started on a new challenge. */
    record Started(Org agency, Org company, PortalBrowser browser, String challengeId, String proposalId) {
        String stagePath() {
            return "/proposals/" + proposalId + "/stages/1";
        }
    }

    static Started startThroughTheChallengePage(Org company) {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Waiting rooms " + agency.id());
        PortalBrowser browser = PortalBrowser.signedInWith(company.token("company_member"));
        Page started = browser.submit(browser.open("/challenges/" + challenge).form("form[action='/proposals']"));
        assertThat(started.status()).isEqualTo(303);
        String location = started.location();
        assertThat(location).startsWith("/proposals/");
        String proposal = location.substring("/proposals/".length(), location.indexOf("/stages/"));
        return new Started(agency, company, browser, challenge, proposal);
    }

    static HtmlForm filledIn(HtmlForm form, String idea) {
        return form.set("fields.solutionIdea", idea)
                .set("fields.teamInBrief", "Two founders who ran the queues of a festival.")
                .set("fields.costBand", "10000_TO_20000");
    }

    @Test
    void challengePageOffersToStartAProposalAndThenToContinueIt() {
        Org company = Fixtures.company();
        Started s = startThroughTheChallengePage(company);

        Page stage = s.browser().follow(s.browser().open("/proposals/" + s.proposalId()));

        assertThat(stage.status()).isEqualTo(200);
        assertThat(stage.find("#stage-heading").text()).isEqualTo("Stage 1 of 3 — Expression of interest");
        Element current = stage.find("nav.progress ol li[aria-current=step]");
        assertThat(current.text()).startsWith("Expression of interest");
        assertThat(stage.html().select("nav.progress ol > li").size()).isEqualTo(3);
        Instant deadline = firstDeadline(s.challengeId());
        assertThat(stage.find("dl time").text()).isEqualTo(PortalTimes.shown(deadline));
        assertThat(stage.find("dl time").attr("datetime")).isEqualTo(deadline.toString());

        Page challenge = s.browser().open("/challenges/" + s.challengeId());
        assertThat(challenge.find("#proposal-heading ~ p a.button").attr("href"))
                .as("the challenge page continues the proposal")
                .isEqualTo(s.stagePath());
        assertThat(challenge.find("#proposal-heading ~ p a.button").text()).isEqualTo("Continue your proposal");
        assertThat(challenge.has("form[action='/proposals']"))
                .as("one proposal per company")
                .isFalse();
        assertThat(PortalBrowser.anonymous()
                        .open("/challenges/" + s.challengeId())
                        .has("form[action='/proposals']"))
                .as("a visitor is asked to sign in, not offered the button")
                .isFalse();
    }

    @Test
    void wizardSavesADraftThenSubmitsAndShowsAReceiptWhoseHashIsTheContents() throws Exception {
        Started s = startThroughTheChallengePage(Fixtures.company());
        PortalBrowser company = s.browser();
        String idea = "A text message tells people when to come, so nobody waits outside — ça marche.";

        Page blank = company.open(s.stagePath());
        Element idea1 = blank.find("textarea#fields-solutionIdea");
        assertThat(idea1.attr("maxlength")).isEqualTo("3500");
        assertThat(blank.find("#fields-solutionIdea-hint").text()).contains("At most 3500 characters.");
        assertThat(idea1.attr("aria-describedby")).isEqualTo("fields-solutionIdea-hint");
        assertThat(blank.find("fieldset:has(#fields-costBand) legend").text()).isEqualTo("Rough cost band");
        Page saved = company.submit(filledIn(blank.form(WIZARD_FORM), idea).pressing("action", "save"));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo(s.stagePath() + "?notice=draft_saved");
        Page again = company.follow(saved);
        assertThat(again.find(".notice").text()).isEqualTo("Your draft is saved. Only your company can see it.");
        HtmlForm draft = again.form(WIZARD_FORM);
        assertThat(draft.value("fields.solutionIdea")).isEqualTo(idea);
        assertThat(draft.value("fields.costBand")).isEqualTo("10000_TO_20000");
        assertThat(draft.value("version")).isEqualTo("0");

        Page submitted = company.submit(draft.pressing("action", "submit"));

        assertThat(submitted.status()).isEqualTo(303);
        assertThat(submitted.location()).startsWith("/submissions/");
        Page receipt = company.follow(submitted);
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.find(".notice").text()).isEqualTo("Your submission is received. Keep this receipt.");
        String content = receipt.find("pre#canonical-content").wholeText();
        String hash = receipt.find("#sha256").text();
        assertThat(hash)
                .as("the shown hash is the SHA-256 of the shown content")
                .isEqualTo(sha256(content));
        assertThat(content).contains(idea);
        assertThat(content).contains("\"proposalId\":\"" + s.proposalId() + "\"");
        assertThat(receipt.find("#version").text()).isEqualTo("1");
        assertThat(receipt.text()).contains("Stage 1 of 3 — Expression of interest");
        Instant at = Instant.parse(receipt.find("#submitted-at").text());
        assertThat(receipt.find("dl time").text()).isEqualTo(PortalTimes.shown(at));
        JsonPath json = as(s.company().token("company_member"))
                .get("/api/v1/proposals/" + s.proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("SUBMITTED");
        assertThat(json.getList("stages[0].submissions")).hasSize(1);
        assertThat(json.<Object>get("stages[0].submissions[0].sha256")).isEqualTo(hash);
        assertThat(json.getString("stages[0].submissions[0].submittedAt")).isEqualTo(at.toString());

        String download = receipt.find("a[download]").attr("href");
        byte[] bytes = io.restassured.RestAssured.given()
                .cookie(PortalBrowser.SESSION_COOKIE, s.company().token("company_member"))
                .get(download)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(sha256(new String(bytes, StandardCharsets.UTF_8)))
                .as("the download is the content")
                .isEqualTo(hash);
    }

    @Test
    void missingFieldsAreShownNextToTheirFieldsAndNothingIsSubmitted() {
        Started s = startThroughTheChallengePage(Fixtures.company());
        HtmlForm form = s.browser().open(s.stagePath()).form(WIZARD_FORM);

        Page refused = s.browser()
                .submit(form.set("fields.solutionIdea", "Only the idea so far.").pressing("action", "submit"));

        assertThat(refused.status()).isEqualTo(422);
        Element summary = refused.find("#error-summary");
        assertThat(summary.text()).contains("Your draft is saved, but it cannot be submitted yet");
        List<String> targets = summary.select("a").eachAttr("href");
        assertThat(targets).contains("#fields-teamInBrief", "#fields-costBand");
        assertThat(refused.find("#fields-teamInBrief-error").text()).contains("is required to submit");
        assertThat(refused.find("#fields-teamInBrief").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.find("fieldset:has(#fields-costBand)").attr("aria-describedby"))
                .isEqualTo("fields-costBand-error");
        assertThat(refused.find("#fields-costBand-error").text()).contains("is required to submit");
        assertThat(refused.form(WIZARD_FORM).value("fields.solutionIdea")).isEqualTo("Only the idea so far.");
        JsonPath json = as(s.company().token("company_member"))
                .get("/api/v1/proposals/" + s.proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("DRAFT");
        assertThat(json.getList("stages[0].submissions")).hasSize(0);
        assertThat(json.getString("stages[0].draft.fields.solutionIdea")).isEqualTo("Only the idea so far.");
    }

    @Test
    void aLateSubmitShowsTheDeadlineAndStoresNothing() {
        Started s = startThroughTheChallengePage(Fixtures.company());
        PortalBrowser company = s.browser();
        company.submit(filledIn(company.open(s.stagePath()).form(WIZARD_FORM), "In time.")
                .pressing("action", "save"));
        HtmlForm open = company.open(s.stagePath()).form(WIZARD_FORM);
        Instant deadline = firstDeadline(s.challengeId());
        clock.advance(Duration.between(clock.instant(), deadline).plusSeconds(1));

        Page late = company.submit(open.set("fields.solutionIdea", "Too late.").pressing("action", "submit"));

        assertThat(late.status()).isEqualTo(422);
        assertThat(late.find("#error-summary").text())
                .contains("The deadline of this stage passed on " + PortalTimes.shown(deadline));
        assertThat(late.find(".callout").text()).contains("The deadline of this stage has passed");
        JsonPath json = as(s.company().token("company_member"))
                .get("/api/v1/proposals/" + s.proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("DRAFT");
        assertThat(json.getList("stages[0].submissions")).hasSize(0);
        assertThat(json.getString("stages[0].draft.fields.solutionIdea")).isEqualTo("In time.");
        assertThat(json.getInt("stages[0].draft.version")).isEqualTo(0);

        Page after = company.open(s.stagePath());
        assertThat(after.has(WIZARD_FORM)).as("a closed stage offers no form").isFalse();
    }

    @Test
    void submittingWithoutACompanyProfileLinksToTheProfileAndComesBack() {
        Org company = Fixtures.organisation("COMPANY");
        Started s = startThroughTheChallengePage(company);

        Page refused = s.browser()
                .submit(filledIn(s.browser().open(s.stagePath()).form(WIZARD_FORM), "No profile yet.")
                        .pressing("action", "submit"));

        assertThat(refused.status()).isEqualTo(422);
        Element link = refused.find("#error-summary a[href^='/company/profile/edit']");
        assertThat(link.text()).isEqualTo("Complete your company profile");
        assertThat(refused.find("#error-summary").text()).contains("before your company profile is complete");
        JsonPath json = as(company.token("company_member"))
                .get("/api/v1/proposals/" + s.proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("stages[0].submissions")).hasSize(0);
        assertThat(json.getString("stages[0].draft.fields.solutionIdea")).isEqualTo("No profile yet.");

        HtmlForm profile = s.browser().open(link.attr("href")).form("form[action='/company/profile']");
        assertThat(profile.value("next")).isEqualTo(s.stagePath());
        Page saved = s.browser().submit(CompanyPagesTest.filledIn(profile, company.name() + " NV"));
        assertThat(saved.location()).isEqualTo(s.stagePath() + "?notice=profile_saved");

        Page submitted =
                s.browser().submit(s.browser().follow(saved).form(WIZARD_FORM).pressing("action", "submit"));
        assertThat(submitted.status()).isEqualTo(303);
        assertThat(s.browser().follow(submitted).find("pre").wholeText()).contains(company.name() + " NV");
    }

    @Test
    void myProposalsListsEachOnesStateStageAndNextDeadline() {
        Org company = Fixtures.company();
        Started submitted = startThroughTheChallengePage(company);
        PortalBrowser browser = submitted.browser();
        browser.submit(filledIn(browser.open(submitted.stagePath()).form(WIZARD_FORM), "Submitted idea.")
                .pressing("action", "submit"));
        Started draft = startThroughTheChallengePage(company);

        Page mine = browser.open("/proposals");

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.find("table caption").text()).contains("(2)");
        Element first = row(mine, submitted.challengeId());
        assertThat(first.select("td").get(0).text()).isEqualTo("Submitted");
        assertThat(first.select("td").get(1).text()).isEqualTo("1 of 3");
        assertThat(first.select("td").get(2).text())
                .isEqualTo(PortalTimes.shown(firstDeadline(submitted.challengeId())));
        assertThat(first.selectFirst("td a").attr("href")).isEqualTo(submitted.stagePath());
        Element second = row(mine, draft.challengeId());
        assertThat(second.select("td").get(0).text()).isEqualTo("Draft");
        assertThat(second.select("td").get(1).text()).isEqualTo("1 of 3");
        assertThat(PortalBrowser.signedInWith(Fixtures.company().token("company_member"))
                        .open("/proposals")
                        .has("a[href='/challenges/" + draft.challengeId() + "']"))
                .as("another company sees none of them")
                .isFalse();
    }

    @Test
    void withdrawingAsksForConfirmationFirst() {
        Started s = startThroughTheChallengePage(Fixtures.company());
        PortalBrowser company = s.browser();

        Page confirm = company.open(row(company.open("/proposals"), s.challengeId())
                .selectFirst("a[href$='/withdraw']")
                .attr("href"));
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.find("h1").text()).isEqualTo("Withdraw your proposal");
        JsonPath json = as(s.company().token("company_member"))
                .get("/api/v1/proposals/" + s.proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("DRAFT");

        Page withdrawn = company.submit(confirm.form("form[action$='/withdraw']"));

        assertThat(withdrawn.location()).isEqualTo("/proposals?notice=withdrawn");
        Page mine = company.follow(withdrawn);
        assertThat(mine.find(".notice").text()).isEqualTo("Your proposal is withdrawn.");
        Element row = row(mine, s.challengeId());
        assertThat(row.select("td").get(0).text()).isEqualTo("Withdrawn");
        assertThat(row.select("td").get(2).text()).isEqualTo("None");
        assertThat(row.html()).doesNotContain("/withdraw");
        assertThat(company.open(s.stagePath()).has(WIZARD_FORM)).isFalse();
    }

    @Test
    void anotherCompanysProposalIsAPageNotFound() {
        Started s = startThroughTheChallengePage(Fixtures.company());
        Page submitted = s.browser()
                .submit(filledIn(s.browser().open(s.stagePath()).form(WIZARD_FORM), "Mine.")
                        .pressing("action", "submit"));
        String receipt = submitted.location().replaceFirst("\\?.*", "");
        PortalBrowser stranger = PortalBrowser.signedInWith(Fixtures.company().token("company_member"));

        for (String path : List.of(s.stagePath(), receipt, "/proposals/" + s.proposalId() + "/withdraw")) {
            Page page = stranger.open(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.find("h1").text()).isEqualTo("Page not found");
            assertThat(page.text()).doesNotContain("Mine.");
        }
        Page forged = stranger.submit(filledIn(s.browser().open(s.stagePath()).form(WIZARD_FORM), "Overwritten.")
                .set("csrf-token", csrfOf(stranger))
                .pressing("action", "save"));
        assertThat(forged.status()).isEqualTo(404);
        JsonPath json = as(s.company().token("company_member"))
                .get("/api/v1/proposals/" + s.proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("stages[0].draft.fields.solutionIdea")).isEqualTo("Mine.");

        Page officer = PortalBrowser.signedInWith(s.agency().officer()).open(s.stagePath());
        assertThat(officer.status()).as("the wizard is for companies only").isEqualTo(403);
    }

    @Test
    void aPngIsAttachedAndADisguisedFileIsRefusedWithTheReason() {
        Started s = startThroughTheChallengePage(Fixtures.company());
        PortalBrowser company = s.browser();
        HtmlForm upload = company.open(s.stagePath()).form(UPLOAD_FORM);
        assertThat(upload.action()).isEqualTo("/proposals/" + s.proposalId() + "/stages/1/attachments");

        Page attached = company.submitWithFile(upload, "file", "diagram.png", "image/png", PNG);

        assertThat(attached.status()).isEqualTo(303);
        assertThat(attached.location()).isEqualTo(s.stagePath() + "?notice=attachment_added");
        Page listed = company.follow(attached);
        Element file = listed.find("table:has(caption) tbody tr");
        assertThat(file.selectFirst("th").text()).isEqualTo("diagram.png");
        assertThat(file.select("td").get(0).text()).isEqualTo("image/png");

        byte[] script = "#!/bin/sh\necho not a pdf".getBytes(StandardCharsets.US_ASCII);
        Page refused =
                company.submitWithFile(listed.form(UPLOAD_FORM), "file", "invoice.pdf", "application/pdf", script);

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.find("#file-error").text()).contains("is not a PDF, PNG, JPEG, ODT or DOCX file");
        assertThat(refused.find("#error-summary a").attr("href")).isEqualTo("#file");
        assertThat(refused.find("input#file").attr("aria-invalid")).isEqualTo("true");
        assertThat(company.open(s.stagePath())
                        .html()
                        .select("table:has(caption) tbody tr")
                        .size())
                .isEqualTo(1);

        Page forged = company.submitWithFile(
                listed.form(UPLOAD_FORM).without("csrf-token"), "file", "other.png", "image/png", PNG);
        assertThat(forged.status())
                .as("a multipart form needs the CSRF token too")
                .isEqualTo(403);

        Page removed = company.submit(listed.form("form[action$='/remove']"));
        assertThat(removed.location()).isEqualTo(s.stagePath() + "?notice=attachment_removed");
        assertThat(company.follow(removed).has("table:has(caption) tbody tr")).isFalse();
    }

    @Test
    void startingIsOnlyOfferedWhileTheFirstStageIsOpen() {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Closing soon " + agency.id());
        PortalBrowser company = PortalBrowser.signedInWith(Fixtures.company().token("company_member"));
        assertThat(company.open("/challenges/" + challenge).has("form[action='/proposals']"))
                .isTrue();

        clock.advance(
                Duration.between(clock.instant(), firstDeadline(challenge)).plusMinutes(1));

        Page closed = company.open("/challenges/" + challenge);
        assertThat(closed.has("form[action='/proposals']")).isFalse();
        assertThat(closed.has("#proposal-heading")).isFalse();
    }

    static Instant firstDeadline(String challengeId) {
        return Instant.parse(anonymous()
                .get("/api/v1/challenges/" + challengeId)
                .then()
                .extract()
                .path("stages[0].deadline"));
    }

    /** The row of "my proposals" whose challenge is {@code challengeId}. */
    static Element row(Page page, String challengeId) {
        return page.find("tbody tr:has(a[href='/challenges/" + challengeId + "'])");
    }

    /** A browser's CSRF token, as its pages write it into forms. */
    private static String csrfOf(PortalBrowser browser) {
        browser.open("/proposals");
        return browser.cookie("cm_csrf");
    }

    static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
