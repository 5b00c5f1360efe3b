package org.challengemarket.portal;

import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
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
        assertEquals(303, started.status());
        String location = started.location();
        assertThat(location, startsWith("/proposals/"));
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

        assertEquals(200, stage.status());
        assertEquals(
                "Stage 1 of 3 — Expression of interest",
                stage.find("#stage-heading").text());
        Element current = stage.find("nav.progress ol li[aria-current=step]");
        assertThat(current.text(), startsWith("Expression of interest"));
        assertEquals(3, stage.html().select("nav.progress ol > li").size());
        Instant deadline = firstDeadline(s.challengeId());
        assertEquals(PortalTimes.shown(deadline), stage.find("dl time").text());
        assertEquals(deadline.toString(), stage.find("dl time").attr("datetime"));

        Page challenge = s.browser().open("/challenges/" + s.challengeId());
        assertEquals(
                s.stagePath(),
                challenge.find("#proposal-heading ~ p a.button").attr("href"),
                "the challenge page continues the proposal");
        assertEquals(
                "Continue your proposal",
                challenge.find("#proposal-heading ~ p a.button").text());
        assertFalse(challenge.has("form[action='/proposals']"), "one proposal per company");
        assertFalse(
                PortalBrowser.anonymous().open("/challenges/" + s.challengeId()).has("form[action='/proposals']"),
                "a visitor is asked to sign in, not offered the button");
    }

    @Test
    void wizardSavesADraftThenSubmitsAndShowsAReceiptWhoseHashIsTheContents() throws Exception {
        Started s = startThroughTheChallengePage(Fixtures.company());
        PortalBrowser company = s.browser();
        String idea = "A text message tells people when to come, so nobody waits outside — ça marche.";

        Page blank = company.open(s.stagePath());
        Element idea1 = blank.find("textarea#fields-solutionIdea");
        assertEquals("3500", idea1.attr("maxlength"));
        assertThat(blank.find("#fields-solutionIdea-hint").text(), containsString("At most 3500 characters."));
        assertEquals("fields-solutionIdea-hint", idea1.attr("aria-describedby"));
        assertEquals(
                "Rough cost band",
                blank.find("fieldset:has(#fields-costBand) legend").text());
        Page saved = company.submit(filledIn(blank.form(WIZARD_FORM), idea).pressing("action", "save"));

        assertEquals(303, saved.status());
        assertEquals(s.stagePath() + "?notice=draft_saved", saved.location());
        Page again = company.follow(saved);
        assertEquals(
                "Your draft is saved. Only your company can see it.",
                again.find(".notice").text());
        HtmlForm draft = again.form(WIZARD_FORM);
        assertEquals(idea, draft.value("fields.solutionIdea"));
        assertEquals("10000_TO_20000", draft.value("fields.costBand"));
        assertEquals("0", draft.value("version"));

        Page submitted = company.submit(draft.pressing("action", "submit"));

        assertEquals(303, submitted.status());
        assertThat(submitted.location(), startsWith("/submissions/"));
        Page receipt = company.follow(submitted);
        assertEquals(200, receipt.status());
        assertEquals(
                "Your submission is received. Keep this receipt.",
                receipt.find(".notice").text());
        String content = receipt.find("pre#canonical-content").wholeText();
        String hash = receipt.find("#sha256").text();
        assertEquals(sha256(content), hash, "the shown hash is the SHA-256 of the shown content");
        assertThat(content, containsString(idea));
        assertThat(content, containsString("\"proposalId\":\"" + s.proposalId() + "\""));
        assertEquals("1", receipt.find("#version").text());
        assertThat(receipt.text(), containsString("Stage 1 of 3 — Expression of interest"));
        Instant at = Instant.parse(receipt.find("#submitted-at").text());
        assertEquals(PortalTimes.shown(at), receipt.find("dl time").text());
        as(s.company().token("company_member"))
                .get("/api/v1/proposals/" + s.proposalId())
                .then()
                .body("status", equalTo("SUBMITTED"))
                .body("stages[0].submissions", hasSize(1))
                .body("stages[0].submissions[0].sha256", equalTo(hash))
                .body("stages[0].submissions[0].submittedAt", equalTo(at.toString()));

        String download = receipt.find("a[download]").attr("href");
        byte[] bytes = io.restassured.RestAssured.given()
                .cookie(PortalBrowser.SESSION_COOKIE, s.company().token("company_member"))
                .get(download)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertEquals(hash, sha256(new String(bytes, StandardCharsets.UTF_8)), "the download is the content");
    }

    @Test
    void missingFieldsAreShownNextToTheirFieldsAndNothingIsSubmitted() {
        Started s = startThroughTheChallengePage(Fixtures.company());
        HtmlForm form = s.browser().open(s.stagePath()).form(WIZARD_FORM);

        Page refused = s.browser()
                .submit(form.set("fields.solutionIdea", "Only the idea so far.").pressing("action", "submit"));

        assertEquals(422, refused.status());
        Element summary = refused.find("#error-summary");
        assertThat(summary.text(), containsString("Your draft is saved, but it cannot be submitted yet"));
        List<String> targets = summary.select("a").eachAttr("href");
        assertThat(targets, hasItems("#fields-teamInBrief", "#fields-costBand"));
        assertThat(refused.find("#fields-teamInBrief-error").text(), containsString("is required to submit"));
        assertEquals("true", refused.find("#fields-teamInBrief").attr("aria-invalid"));
        assertThat(
                refused.find("fieldset:has(#fields-costBand)").attr("aria-describedby"),
                equalTo("fields-costBand-error"));
        assertThat(refused.find("#fields-costBand-error").text(), containsString("is required to submit"));
        assertEquals("Only the idea so far.", refused.form(WIZARD_FORM).value("fields.solutionIdea"));
        as(s.company().token("company_member"))
                .get("/api/v1/proposals/" + s.proposalId())
                .then()
                .body("status", equalTo("DRAFT"))
                .body("stages[0].submissions", hasSize(0))
                .body("stages[0].draft.fields.solutionIdea", equalTo("Only the idea so far."));
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

        assertEquals(422, late.status());
        assertThat(
                late.find("#error-summary").text(),
                containsString("The deadline of this stage passed on " + PortalTimes.shown(deadline)));
        assertThat(late.find(".callout").text(), containsString("The deadline of this stage has passed"));
        as(s.company().token("company_member"))
                .get("/api/v1/proposals/" + s.proposalId())
                .then()
                .body("status", equalTo("DRAFT"))
                .body("stages[0].submissions", hasSize(0))
                .body("stages[0].draft.fields.solutionIdea", equalTo("In time."))
                .body("stages[0].draft.version", equalTo(0));

        Page after = company.open(s.stagePath());
        assertFalse(after.has(WIZARD_FORM), "a closed stage offers no form");
    }

    @Test
    void submittingWithoutACompanyProfileLinksToTheProfileAndComesBack() {
        Org company = Fixtures.organisation("COMPANY");
        Started s = startThroughTheChallengePage(company);

        Page refused = s.browser()
                .submit(filledIn(s.browser().open(s.stagePath()).form(WIZARD_FORM), "No profile yet.")
                        .pressing("action", "submit"));

        assertEquals(422, refused.status());
        Element link = refused.find("#error-summary a[href^='/company/profile/edit']");
        assertEquals("Complete your company profile", link.text());
        assertThat(refused.find("#error-summary").text(), containsString("before your company profile is complete"));
        as(company.token("company_member"))
                .get("/api/v1/proposals/" + s.proposalId())
                .then()
                .body("stages[0].submissions", hasSize(0))
                .body("stages[0].draft.fields.solutionIdea", equalTo("No profile yet."));

        HtmlForm profile = s.browser().open(link.attr("href")).form("form[action='/company/profile']");
        assertEquals(s.stagePath(), profile.value("next"));
        Page saved = s.browser().submit(CompanyPagesTest.filledIn(profile, company.name() + " NV"));
        assertEquals(s.stagePath() + "?notice=profile_saved", saved.location());

        Page submitted =
                s.browser().submit(s.browser().follow(saved).form(WIZARD_FORM).pressing("action", "submit"));
        assertEquals(303, submitted.status());
        assertThat(s.browser().follow(submitted).find("pre").wholeText(), containsString(company.name() + " NV"));
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

        assertEquals(200, mine.status());
        assertThat(mine.find("table caption").text(), containsString("(2)"));
        Element first = row(mine, submitted.challengeId());
        assertEquals("Submitted", first.select("td").get(0).text());
        assertEquals("1 of 3", first.select("td").get(1).text());
        assertEquals(
                PortalTimes.shown(firstDeadline(submitted.challengeId())),
                first.select("td").get(2).text());
        assertEquals(submitted.stagePath(), first.selectFirst("td a").attr("href"));
        Element second = row(mine, draft.challengeId());
        assertEquals("Draft", second.select("td").get(0).text());
        assertEquals("1 of 3", second.select("td").get(1).text());
        assertFalse(
                PortalBrowser.signedInWith(Fixtures.company().token("company_member"))
                        .open("/proposals")
                        .has("a[href='/challenges/" + draft.challengeId() + "']"),
                "another company sees none of them");
    }

    @Test
    void withdrawingAsksForConfirmationFirst() {
        Started s = startThroughTheChallengePage(Fixtures.company());
        PortalBrowser company = s.browser();

        Page confirm = company.open(row(company.open("/proposals"), s.challengeId())
                .selectFirst("a[href$='/withdraw']")
                .attr("href"));
        assertEquals(200, confirm.status());
        assertEquals("Withdraw your proposal", confirm.find("h1").text());
        as(s.company().token("company_member"))
                .get("/api/v1/proposals/" + s.proposalId())
                .then()
                .body("status", equalTo("DRAFT"));

        Page withdrawn = company.submit(confirm.form("form[action$='/withdraw']"));

        assertEquals("/proposals?notice=withdrawn", withdrawn.location());
        Page mine = company.follow(withdrawn);
        assertEquals("Your proposal is withdrawn.", mine.find(".notice").text());
        Element row = row(mine, s.challengeId());
        assertEquals("Withdrawn", row.select("td").get(0).text());
        assertEquals("None", row.select("td").get(2).text());
        assertFalse(row.html().contains("/withdraw"));
        assertFalse(company.open(s.stagePath()).has(WIZARD_FORM));
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
            assertEquals(404, page.status(), path);
            assertEquals("Page not found", page.find("h1").text());
            assertFalse(page.text().contains("Mine."));
        }
        Page forged = stranger.submit(filledIn(s.browser().open(s.stagePath()).form(WIZARD_FORM), "Overwritten.")
                .set("csrf-token", csrfOf(stranger))
                .pressing("action", "save"));
        assertEquals(404, forged.status());
        as(s.company().token("company_member"))
                .get("/api/v1/proposals/" + s.proposalId())
                .then()
                .body("stages[0].draft.fields.solutionIdea", equalTo("Mine."));

        Page officer = PortalBrowser.signedInWith(s.agency().officer()).open(s.stagePath());
        assertEquals(403, officer.status(), "the wizard is for companies only");
    }

    @Test
    void aPngIsAttachedAndADisguisedFileIsRefusedWithTheReason() {
        Started s = startThroughTheChallengePage(Fixtures.company());
        PortalBrowser company = s.browser();
        HtmlForm upload = company.open(s.stagePath()).form(UPLOAD_FORM);
        assertEquals("/proposals/" + s.proposalId() + "/stages/1/attachments", upload.action());

        Page attached = company.submitWithFile(upload, "file", "diagram.png", "image/png", PNG);

        assertEquals(303, attached.status());
        assertEquals(s.stagePath() + "?notice=attachment_added", attached.location());
        Page listed = company.follow(attached);
        Element file = listed.find("table:has(caption) tbody tr");
        assertEquals("diagram.png", file.selectFirst("th").text());
        assertEquals("image/png", file.select("td").get(0).text());

        byte[] script = "#!/bin/sh\necho not a pdf".getBytes(StandardCharsets.US_ASCII);
        Page refused =
                company.submitWithFile(listed.form(UPLOAD_FORM), "file", "invoice.pdf", "application/pdf", script);

        assertEquals(415, refused.status());
        assertThat(refused.find("#file-error").text(), containsString("is not a PDF, PNG, JPEG, ODT or DOCX file"));
        assertEquals("#file", refused.find("#error-summary a").attr("href"));
        assertEquals("true", refused.find("input#file").attr("aria-invalid"));
        assertEquals(
                1,
                company.open(s.stagePath())
                        .html()
                        .select("table:has(caption) tbody tr")
                        .size());

        Page forged = company.submitWithFile(
                listed.form(UPLOAD_FORM).without("csrf-token"), "file", "other.png", "image/png", PNG);
        assertEquals(403, forged.status(), "a multipart form needs the CSRF token too");

        Page removed = company.submit(listed.form("form[action$='/remove']"));
        assertEquals(s.stagePath() + "?notice=attachment_removed", removed.location());
        assertFalse(company.follow(removed).has("table:has(caption) tbody tr"));
    }

    @Test
    void startingIsOnlyOfferedWhileTheFirstStageIsOpen() {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Closing soon " + agency.id());
        PortalBrowser company = PortalBrowser.signedInWith(Fixtures.company().token("company_member"));
        assertTrue(company.open("/challenges/" + challenge).has("form[action='/proposals']"));

        clock.advance(
                Duration.between(clock.instant(), firstDeadline(challenge)).plusMinutes(1));

        Page closed = company.open("/challenges/" + challenge);
        assertFalse(closed.has("form[action='/proposals']"));
        assertFalse(closed.has("#proposal-heading"));
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
