package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The clarification pages in a real browser (Debian's Chromium, headless), checked by axe-core
 * against WCAG 2 A and AA: as a company, an agency officer and an anonymous visitor, with a
 * refused form and after the question cut-off.
 */
@QuarkusTest
class QuestionAccessibilityTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Inject
    ServiceClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void questionPagesHaveNoAccessibilityViolations() {
        Org agency = Fixtures.agency();
        Org company = Fixtures.company();
        String id = Fixtures.published(agency, "Accessible questions " + agency.id());
        String answered = ask(company, id, "Which offices take part in the pilot, and when are they open?");
        ask(company, id, "Can the pilot use the existing appointment system of the offices?");
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("text", "The Ghent and Bruges offices, on weekdays from 9:00 to 16:00."))
                .post("/api/v1/questions/" + answered + "/answer")
                .then()
                .statusCode(200);

        browser.signInWith(company.token("company_member"));
        browser.assertNoViolations("/challenges/" + id);
        browser.driver().findElement(By.id("question")).sendKeys("Why?");
        submitWith("form[action$='/questions'] button[type=submit]");
        assertThat(browser.pageSource()).as("the refusal is shown").contains("question-error");
        browser.assertNoViolations();

        browser.signInWith(agency.officer());
        browser.assertNoViolations("/challenges/" + id);
        browser.assertNoViolations("/agency/challenges/" + id + "/questions");
        browser.driver().findElement(By.cssSelector("#open-questions textarea")).sendKeys("Yes.");
        submitWith("#open-questions button[type=submit]");
        assertThat(browser.pageSource()).as("the refusal is shown").contains("aria-invalid");
        browser.assertNoViolations();
        browser.driver()
                .findElement(By.cssSelector("#open-questions textarea"))
                .sendKeys(" It has an API, documented in the annex.");
        submitWith("#open-questions button[type=submit]");
        assertThat(browser.currentUrl()).as("the answer is published").contains("notice=answered");
        browser.assertNoViolations();

        browser.signOut();
        browser.assertNoViolations("/challenges/" + id);
    }

    @Test
    void closedQuestionsAndALateAnswerHaveNoAccessibilityViolations() {
        Org agency = Fixtures.agency();
        Org company = Fixtures.company();
        String id = Fixtures.published(agency, "Accessible late answer " + agency.id());
        ask(company, id, "Is a pilot in one office enough, or must it cover both?");

        clock.advance(Duration.ofDays(26));
        browser.signInWith(company.token("company_member"));
        browser.assertNoViolations("/challenges/" + id);

        browser.signInWith(agency.officer());
        browser.open("/agency/challenges/" + id + "/questions");
        browser.driver()
                .findElement(By.cssSelector("#open-questions textarea"))
                .sendKeys("One office is enough; the second may follow after the pilot.");
        submitWith("#open-questions button[type=submit]");
        assertThat(browser.currentUrl()).as("the deadline was extended").contains("notice=extended");
        browser.assertNoViolations();
    }

    private static String ask(Org company, String challenge, String text) {
        return as(company.token("company_member"))
                .contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .post("/api/v1/challenges/" + challenge + "/questions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Presses the button and waits for the page the form post answers with. */
    private static void submitWith(String button) {
        browser.pressAndWait(By.cssSelector(button));
    }
}
