package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.support.Evaluations;
import org.challengemarket.support.Evaluations.Bid;
import org.challengemarket.support.Evaluations.Panel;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.Members.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The evaluation pages in a real browser (Debian's Chromium, headless), checked by axe-core against
 * WCAG 2 A and AA: an evaluator declares and scores a proposal through the portal, the chair
 * moderates a wide spread, the agency reads the ranking and the company its feedback.
 */
@QuarkusTest
class EvaluationAccessibilityTest {

    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL site;

    @Inject
    ServiceClock clock;

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

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anEvaluatorScoresAProposalThroughThePortalAndEveryEvaluationPageIsAccessible() {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Accessible evaluation " + agency.id());
        Panel panel = Evaluations.panel(agency, challenge, 1);
        Bid first = Evaluations.submittedProposal(challenge, "Text message when it is your turn.");
        Bid second = Evaluations.submittedProposal(challenge, "Cameras counting the queue.");
        clock.advance(Duration.between(clock.instant(), ProposalPagesTest.firstDeadline(challenge))
                .plusSeconds(1));
        Person evaluator = panel.evaluators().get(1);
        String proposal = "/evaluations/" + challenge + "/stages/1/proposals/" + first.proposalId();

        signInWith(evaluator.token());
        assertNoViolations("/evaluations");
        assertNoViolations("/evaluations/" + challenge + "/stages/1");
        assertNoViolations(proposal);

        pressAndWait(By.cssSelector("form[action$='/conflict'] button[type=submit]"));
        assertThat(browser.getPageSource().contains("conflict-error"))
                .as("the missing declaration is shown")
                .isTrue();
        assertNoViolationsOnCurrentPage();
        browser.findElement(By.id("conflict")).click();
        pressAndWait(By.cssSelector("form[action$='/conflict'] button[type=submit]"));
        assertThat(browser.getCurrentUrl().contains("notice=declared"))
                .as("the declaration is recorded")
                .isTrue();
        assertNoViolationsOnCurrentPage();

        new Select(browser.findElement(By.id("problemSolving-points"))).selectByValue("8");
        browser.findElement(By.id("problemSolving-justification")).sendKeys("Too short.");
        pressAndWait(By.cssSelector("form[action$='/score'] button[value=save]"));
        assertThat(browser.getPageSource().contains("problemSolving-justification-error"))
                .as("the refusal is shown")
                .isTrue();
        assertNoViolationsOnCurrentPage();

        browser.findElement(By.id("problemSolving-justification"))
                .sendKeys(" It answers the waiting problem directly, with phones people already have.");
        new Select(browser.findElement(By.id("teamMotivation-points"))).selectByValue("6");
        browser.findElement(By.id("teamMotivation-justification"))
                .sendKeys("A small team that ran the queues of a large festival.");
        new Select(browser.findElement(By.id("implementationCost-points"))).selectByValue("3");
        browser.findElement(By.id("implementationCost-justification"))
                .sendKeys("The text-message costs after the pilot are not estimated at all.");
        pressAndWait(By.cssSelector("form[action$='/score'] button[value=submit]"));
        assertThat(browser.getCurrentUrl().contains("notice=score_submitted"))
                .as("the score is submitted")
                .isTrue();
        assertNoViolationsOnCurrentPage();
        JsonPath json = as(evaluator.token())
                .get(panel.proposal(first.proposalId()))
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("ownScore.status")).isEqualTo("SUBMITTED");
        assertThat(json.getInt("ownScore.problemSolving.points")).isEqualTo(8);
        assertThat(json.getInt("ownScore.implementationCost.points")).isEqualTo(3);

        // the chair scores the cost far higher: a flagged spread to moderate
        panel.score(panel.chair(), first.proposalId(), 8, 6, 8);
        panel.score(second.proposalId(), 5, 5, 5);
        signInWith(panel.chair().token());
        assertNoViolations("/evaluations/" + challenge + "/stages/1/moderation");
        assertNoViolations(proposal);
        pressAndWait(By.cssSelector("form[action$='/consensus'] button[type=submit]"));
        assertThat(browser.getPageSource().contains("error-summary"))
                .as("the empty consensus is refused")
                .isTrue();
        assertNoViolationsOnCurrentPage();

        signInWith(agency.officer());
        assertNoViolations("/agency/challenges/" + challenge + "/stages/1/ranking");
        assertNoViolations("/agency/challenges/" + challenge + "/stages/1/shortlist");
        as(panel.chair().token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "implementationCost",
                        Map.of("points", 5, "reason", "The running costs were discussed and found plausible.")))
                .put(panel.proposal(first.proposalId()) + "/consensus")
                .then()
                .statusCode(200);
        assertNoViolations("/agency/challenges/" + challenge + "/stages/1/ranking");
        assertThat(browser.findElements(By.cssSelector("tbody tr")).size()).isEqualTo(2);
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("proposalIds", List.of(first.proposalId()), "reason", "The best idea goes on."))
                .post("/api/v1/challenges/" + challenge + "/stages/1/shortlist")
                .then()
                .statusCode(200);

        signInWith(second.token());
        assertNoViolations("/proposals/" + second.proposalId() + "/feedback");
        assertNoViolations("/proposals");
    }

    private void pressAndWait(By button) {
        AxeChromium.pressAndWait(browser, button);
    }

    private void signInWith(String token) {
        AxeChromium.signInWith(browser, url("/"), token);
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
