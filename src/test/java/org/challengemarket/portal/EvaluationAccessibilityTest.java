package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The evaluation pages in a real browser (Debian's Chromium, headless), checked by axe-core against
 * WCAG 2 A and AA: an evaluator declares and scores a proposal through the portal, the chair
 * moderates a wide spread, the agency reads the ranking and the company its feedback.
 */
@QuarkusTest
class EvaluationAccessibilityTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Inject
    ServiceClock clock;

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

        browser.signInWith(evaluator.token());
        browser.assertNoViolations("/evaluations");
        browser.assertNoViolations("/evaluations/" + challenge + "/stages/1");
        browser.assertNoViolations(proposal);

        browser.pressAndWait(By.cssSelector("form[action$='/conflict'] button[type=submit]"));
        assertThat(browser.pageSource()).as("the missing declaration is shown").contains("conflict-error");
        browser.assertNoViolations();
        browser.driver().findElement(By.id("conflict")).click();
        browser.pressAndWait(By.cssSelector("form[action$='/conflict'] button[type=submit]"));
        assertThat(browser.currentUrl()).as("the declaration is recorded").contains("notice=declared");
        browser.assertNoViolations();

        new Select(browser.driver().findElement(By.id("problemSolving-points"))).selectByValue("8");
        browser.driver().findElement(By.id("problemSolving-justification")).sendKeys("Too short.");
        browser.pressAndWait(By.cssSelector("form[action$='/score'] button[value=save]"));
        assertThat(browser.pageSource()).as("the refusal is shown").contains("problemSolving-justification-error");
        browser.assertNoViolations();

        browser.driver()
                .findElement(By.id("problemSolving-justification"))
                .sendKeys(" It answers the waiting problem directly, with phones people already have.");
        new Select(browser.driver().findElement(By.id("teamMotivation-points"))).selectByValue("6");
        browser.driver()
                .findElement(By.id("teamMotivation-justification"))
                .sendKeys("A small team that ran the queues of a large festival.");
        new Select(browser.driver().findElement(By.id("implementationCost-points"))).selectByValue("3");
        browser.driver()
                .findElement(By.id("implementationCost-justification"))
                .sendKeys("The text-message costs after the pilot are not estimated at all.");
        browser.pressAndWait(By.cssSelector("form[action$='/score'] button[value=submit]"));
        assertThat(browser.currentUrl()).as("the score is submitted").contains("notice=score_submitted");
        browser.assertNoViolations();
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
        browser.signInWith(panel.chair().token());
        browser.assertNoViolations("/evaluations/" + challenge + "/stages/1/moderation");
        browser.assertNoViolations(proposal);
        browser.pressAndWait(By.cssSelector("form[action$='/consensus'] button[type=submit]"));
        assertThat(browser.pageSource()).as("the empty consensus is refused").contains("error-summary");
        browser.assertNoViolations();

        browser.signInWith(agency.officer());
        browser.assertNoViolations("/agency/challenges/" + challenge + "/stages/1/ranking");
        browser.assertNoViolations("/agency/challenges/" + challenge + "/stages/1/shortlist");
        as(panel.chair().token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "implementationCost",
                        Map.of("points", 5, "reason", "The running costs were discussed and found plausible.")))
                .put(panel.proposal(first.proposalId()) + "/consensus")
                .then()
                .statusCode(200);
        browser.assertNoViolations("/agency/challenges/" + challenge + "/stages/1/ranking");
        assertThat(browser.driver().findElements(By.cssSelector("tbody tr")).size())
                .isEqualTo(2);
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("proposalIds", List.of(first.proposalId()), "reason", "The best idea goes on."))
                .post("/api/v1/challenges/" + challenge + "/stages/1/shortlist")
                .then()
                .statusCode(200);

        browser.signInWith(second.token());
        browser.assertNoViolations("/proposals/" + second.proposalId() + "/feedback");
        browser.assertNoViolations("/proposals");
    }
}
