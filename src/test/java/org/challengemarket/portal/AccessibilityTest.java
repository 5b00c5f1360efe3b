package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.support.ChallengeDraftBuilder;
import org.challengemarket.support.ChallengeDraftBuilder.ChallengeDraft;
import org.challengemarket.support.Evaluations;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The portal's pages in a real browser (Debian's Chromium, headless), checked by axe-core
 * against WCAG 2.1 A and AA. One browser serves the whole class. A company walks from a
 * challenge's page through the first stage of its proposal to the receipt, checked at every step.
 */
@QuarkusTest
class AccessibilityTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Inject
    ServiceClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void publicPagesHaveNoAccessibilityViolations() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Accessible challenge " + agency.id());
        browser.signOut();

        browser.assertNoViolations("/");
        browser.assertNoViolations("/challenges");
        browser.assertNoViolations("/challenges?budgetMin=lots");
        browser.assertNoViolations("/challenges/" + id);
        browser.assertNoViolations("/challenges/" + UUID.randomUUID());
        browser.assertNoViolations("/dev/sign-in");
    }

    @Test
    void agencyPagesHaveNoAccessibilityViolations() {
        Org agency = Fixtures.agency();
        String draft = Fixtures.draft(agency, Fixtures.publishableChallenge("Accessible draft " + agency.id()));
        String published = Fixtures.published(agency, "Accessible published " + agency.id());
        browser.signInWith(agency.officer());

        browser.assertNoViolations("/agency/challenges");
        browser.assertNoViolations("/agency/challenges/new");
        browser.assertNoViolations("/agency/challenges/" + draft + "/edit");
        browser.assertNoViolations("/challenges/" + draft);
        browser.assertNoViolations("/agency/challenges/" + published + "/amend");
        browser.assertNoViolations("/agency/challenges/" + published + "/cancel");
    }

    @Test
    void aRefusedPublicationHasNoAccessibilityViolations() {
        Org agency = Fixtures.agency();
        ChallengeDraft body = ChallengeDraftBuilder.publishable("Incomplete accessible " + agency.id())
                .withBudget((String) null)
                .build();
        String draft = Fixtures.draft(agency, body);
        browser.signInWith(agency.officer());

        browser.open("/agency/challenges/" + draft + "/edit");
        browser.pressAndWait(By.cssSelector("button[value=publish]"));

        assertThat(browser.pageSource()).as("the refusal is shown").contains("budget-amount-error");
        browser.assertNoViolations();
    }

    @Test
    void aCompanyWalksFromTheChallengePageThroughTheFirstStageToTheReceipt() throws IOException {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Accessible proposal " + agency.id());
        Org company = Fixtures.company();
        browser.signInWith(company.token("company_member"));

        browser.assertNoViolations("/challenges/" + challenge);
        browser.pressAndWait(By.cssSelector("form[action='/proposals'] button"));
        assertThat(browser.currentUrl()).as("the wizard opens").contains("/stages/1");
        browser.assertNoViolations();

        browser.driver()
                .findElement(By.id("fields-solutionIdea"))
                .sendKeys("A text message tells people when to come.");
        browser.pressAndWait(By.cssSelector("button[value=submit]"));
        assertThat(browser.pageSource()).as("the missing fields are shown").contains("fields-teamInBrief-error");
        browser.assertNoViolations();

        browser.driver()
                .findElement(By.id("fields-teamInBrief"))
                .sendKeys("Two founders who ran the queues of a festival.");
        browser.driver()
                .findElement(By.cssSelector("input[name='fields.costBand'][value='10000_TO_20000']"))
                .click();
        browser.pressAndWait(By.cssSelector("button[value=save]"));
        assertThat(browser.currentUrl()).as("the draft is saved").contains("notice=draft_saved");
        browser.assertNoViolations();

        Path png = Files.createTempFile("diagram", ".png");
        try {
            Files.write(png, ProposalPagesTest.PNG);
            browser.driver().findElement(By.id("file")).sendKeys(png.toString());
            browser.pressAndWait(By.cssSelector("form[enctype='multipart/form-data'] button"));
        } finally {
            Files.delete(png);
        }
        assertThat(browser.currentUrl()).as("the file is attached").contains("notice=attachment_added");
        browser.assertNoViolations();

        browser.pressAndWait(By.cssSelector("button[value=submit]"));
        assertThat(browser.currentUrl())
                .as("the receipt follows the submission")
                .contains("/receipt");
        browser.assertNoViolations();

        browser.assertNoViolations("/proposals");
        browser.pressAndWait(By.cssSelector("a[href$='/withdraw']"));
        browser.assertNoViolations();
    }

    @Test
    void companyProfilePagesHaveNoAccessibilityViolations() {
        Org company = Fixtures.organisation("COMPANY");
        browser.signInWith(company.token("company_member"));

        browser.assertNoViolations("/company/profile");
        browser.assertNoViolations("/company/profile/edit");
        browser.driver().findElement(By.id("enterpriseNumber")).sendKeys("0123.456.789");
        browser.pressAndWait(By.cssSelector("form[action='/company/profile'] button[type=submit]"));
        assertThat(browser.pageSource()).as("the refusal is shown").contains("legalName-error");
        browser.assertNoViolations();
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
        browser.signInWith(agency.officer());

        browser.assertNoViolations("/challenges/" + challenge);
        browser.assertNoViolations(shortlist);

        clock.advance(Duration.between(clock.instant(), ProposalPagesTest.firstDeadline(challenge))
                .plusSeconds(1));
        browser.assertNoViolations(shortlist);
        panel.scoreInOrder(java.util.List.of(proposal));
        browser.assertNoViolations(shortlist);
        browser.driver().findElement(By.id("proposalIds")).click();
        browser.pressAndWait(By.cssSelector("form[action$='/shortlist'] button[type=submit]"));
        assertThat(browser.pageSource()).as("the missing reason is shown").contains("decisionReason-error");
        browser.assertNoViolations();
        browser.driver().findElement(By.id("decisionReason")).sendKeys("The clearest link to the problem.");
        browser.pressAndWait(By.cssSelector("form[action$='/shortlist'] button[type=submit]"));
        assertThat(browser.currentUrl()).as("the decision is recorded").contains("notice=shortlisted");
        browser.assertNoViolations();
    }
}
