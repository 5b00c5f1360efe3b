package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.support.Evaluations;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The portal's pages in a real browser (Debian's Chromium, headless), checked by axe-core
 * against WCAG 2.1 A and AA. One browser serves the whole class. A company walks from a
 * challenge's page through the first stage of its proposal to the receipt, checked at every step.
 */
@QuarkusTest
class AccessibilityTest {

    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL site;

    @Inject
    ServiceClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @BeforeAll
    static void startBrowser() {
        browser = AxeChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void publicPagesHaveNoAccessibilityViolations() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Accessible challenge " + agency.id());
        signOut();

        assertNoViolations("/");
        assertNoViolations("/challenges");
        assertNoViolations("/challenges?budgetMin=lots");
        assertNoViolations("/challenges/" + id);
        assertNoViolations("/challenges/" + UUID.randomUUID());
        assertNoViolations("/dev/sign-in");
    }

    @Test
    void agencyPagesHaveNoAccessibilityViolations() {
        Org agency = Fixtures.agency();
        String draft = Fixtures.draft(agency, Fixtures.publishableChallenge("Accessible draft " + agency.id()));
        String published = Fixtures.published(agency, "Accessible published " + agency.id());
        signInWith(agency.officer());

        assertNoViolations("/agency/challenges");
        assertNoViolations("/agency/challenges/new");
        assertNoViolations("/agency/challenges/" + draft + "/edit");
        assertNoViolations("/challenges/" + draft);
        assertNoViolations("/agency/challenges/" + published + "/amend");
        assertNoViolations("/agency/challenges/" + published + "/cancel");
    }

    @Test
    void aRefusedPublicationHasNoAccessibilityViolations() {
        Org agency = Fixtures.agency();
        Map<String, Object> body = Fixtures.publishableChallenge("Incomplete accessible " + agency.id());
        body.remove("budget");
        String draft = Fixtures.draft(agency, body);
        signInWith(agency.officer());

        browser.get(url("/agency/challenges/" + draft + "/edit"));
        AxeChromium.pressAndWait(browser, By.cssSelector("button[value=publish]"));

        assertThat(browser.getPageSource().contains("budget-amount-error"))
                .as("the refusal is shown")
                .isTrue();
        assertNoViolationsOnCurrentPage();
    }

    @Test
    void aCompanyWalksFromTheChallengePageThroughTheFirstStageToTheReceipt() throws IOException {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Accessible proposal " + agency.id());
        Org company = Fixtures.company();
        signInWith(company.token("company_member"));

        assertNoViolations("/challenges/" + challenge);
        pressAndWait(By.cssSelector("form[action='/proposals'] button"));
        assertThat(browser.getCurrentUrl().contains("/stages/1"))
                .as("the wizard opens")
                .isTrue();
        assertNoViolationsOnCurrentPage();

        browser.findElement(By.id("fields-solutionIdea")).sendKeys("A text message tells people when to come.");
        pressAndWait(By.cssSelector("button[value=submit]"));
        assertThat(browser.getPageSource().contains("fields-teamInBrief-error"))
                .as("the missing fields are shown")
                .isTrue();
        assertNoViolationsOnCurrentPage();

        browser.findElement(By.id("fields-teamInBrief")).sendKeys("Two founders who ran the queues of a festival.");
        browser.findElement(By.cssSelector("input[name='fields.costBand'][value='10000_TO_20000']"))
                .click();
        pressAndWait(By.cssSelector("button[value=save]"));
        assertThat(browser.getCurrentUrl().contains("notice=draft_saved"))
                .as("the draft is saved")
                .isTrue();
        assertNoViolationsOnCurrentPage();

        Path png = Files.createTempFile("diagram", ".png");
        try {
            Files.write(png, ProposalPagesTest.PNG);
            browser.findElement(By.id("file")).sendKeys(png.toString());
            pressAndWait(By.cssSelector("form[enctype='multipart/form-data'] button"));
        } finally {
            Files.delete(png);
        }
        assertThat(browser.getCurrentUrl().contains("notice=attachment_added"))
                .as("the file is attached")
                .isTrue();
        assertNoViolationsOnCurrentPage();

        pressAndWait(By.cssSelector("button[value=submit]"));
        assertThat(browser.getCurrentUrl().contains("/receipt"))
                .as("the receipt follows the submission")
                .isTrue();
        assertNoViolationsOnCurrentPage();

        assertNoViolations("/proposals");
        pressAndWait(By.cssSelector("a[href$='/withdraw']"));
        assertNoViolationsOnCurrentPage();
    }

    @Test
    void companyProfilePagesHaveNoAccessibilityViolations() {
        Org company = Fixtures.organisation("COMPANY");
        signInWith(company.token("company_member"));

        assertNoViolations("/company/profile");
        assertNoViolations("/company/profile/edit");
        browser.findElement(By.id("enterpriseNumber")).sendKeys("0123.456.789");
        pressAndWait(By.cssSelector("form[action='/company/profile'] button[type=submit]"));
        assertThat(browser.getPageSource().contains("legalName-error"))
                .as("the refusal is shown")
                .isTrue();
        assertNoViolationsOnCurrentPage();
    }

    @Test
    void agencyProposalPagesHaveNoAccessibilityViolations() {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Accessible shortlist " + agency.id());
        Evaluations.Panel panel = Evaluations.panel(agency, challenge, 1);
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
                .body(Fixtures.expressionOfInterest("An accessible idea."))
                .put("/api/v1/proposals/" + proposal + "/stages/1")
                .then()
                .statusCode(200);
        as(token)
                .post("/api/v1/proposals/" + proposal + "/stages/1/submit")
                .then()
                .statusCode(201);
        String shortlist = "/agency/challenges/" + challenge + "/stages/1/shortlist";
        signInWith(agency.officer());

        assertNoViolations("/challenges/" + challenge);
        assertNoViolations(shortlist);

        clock.advance(Duration.between(clock.instant(), ProposalPagesTest.firstDeadline(challenge))
                .plusSeconds(1));
        assertNoViolations(shortlist);
        panel.scoreInOrder(java.util.List.of(proposal));
        assertNoViolations(shortlist);
        browser.findElement(By.id("proposalIds")).click();
        pressAndWait(By.cssSelector("form[action$='/shortlist'] button[type=submit]"));
        assertThat(browser.getPageSource().contains("decisionReason-error"))
                .as("the missing reason is shown")
                .isTrue();
        assertNoViolationsOnCurrentPage();
        browser.findElement(By.id("decisionReason")).sendKeys("The clearest link to the problem.");
        pressAndWait(By.cssSelector("form[action$='/shortlist'] button[type=submit]"));
        assertThat(browser.getCurrentUrl().contains("notice=shortlisted"))
                .as("the decision is recorded")
                .isTrue();
        assertNoViolationsOnCurrentPage();
    }

    /** Presses a button or link that loads another page, and waits until that page has loaded. */
    private void pressAndWait(By button) {
        AxeChromium.pressAndWait(browser, button);
    }

    private void signInWith(String token) {
        AxeChromium.signInWith(browser, url("/"), token);
    }

    private void signOut() {
        AxeChromium.signOut(browser, url("/"));
    }

    private void assertNoViolations(String path) {
        browser.get(url(path));
        assertNoViolationsOnCurrentPage();
    }

    private void assertNoViolationsOnCurrentPage() {
        AxeChromium.assertNoViolations(browser);
    }

    private String url(String path) {
        return AxeChromium.url(site, path);
    }
}
