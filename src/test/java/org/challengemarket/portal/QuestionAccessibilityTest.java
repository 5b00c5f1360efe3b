package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The clarification pages in a real browser (Debian's Chromium, headless), checked by axe-core
 * against WCAG 2 A and AA: as a company, an agency officer and an anonymous visitor, with a
 * refused form and after the question cut-off.
 */
@QuarkusTest
class QuestionAccessibilityTest {

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

        signInWith(company.token("company_member"));
        assertNoViolations("/challenges/" + id);
        browser.findElement(By.id("question")).sendKeys("Why?");
        submitWith("form[action$='/questions'] button[type=submit]");
        assertThat(browser.getPageSource().contains("question-error"))
                .as("the refusal is shown")
                .isTrue();
        assertNoViolationsOnCurrentPage();

        signInWith(agency.officer());
        assertNoViolations("/challenges/" + id);
        assertNoViolations("/agency/challenges/" + id + "/questions");
        browser.findElement(By.cssSelector("#open-questions textarea")).sendKeys("Yes.");
        submitWith("#open-questions button[type=submit]");
        assertThat(browser.getPageSource().contains("aria-invalid"))
                .as("the refusal is shown")
                .isTrue();
        assertNoViolationsOnCurrentPage();
        browser.findElement(By.cssSelector("#open-questions textarea"))
                .sendKeys(" It has an API, documented in the annex.");
        submitWith("#open-questions button[type=submit]");
        assertThat(browser.getCurrentUrl().contains("notice=answered"))
                .as("the answer is published")
                .isTrue();
        assertNoViolationsOnCurrentPage();

        signOut();
        assertNoViolations("/challenges/" + id);
    }

    @Test
    void closedQuestionsAndALateAnswerHaveNoAccessibilityViolations() {
        Org agency = Fixtures.agency();
        Org company = Fixtures.company();
        String id = Fixtures.published(agency, "Accessible late answer " + agency.id());
        ask(company, id, "Is a pilot in one office enough, or must it cover both?");

        clock.advance(Duration.ofDays(26));
        signInWith(company.token("company_member"));
        assertNoViolations("/challenges/" + id);

        signInWith(agency.officer());
        browser.get(url("/agency/challenges/" + id + "/questions"));
        browser.findElement(By.cssSelector("#open-questions textarea"))
                .sendKeys("One office is enough; the second may follow after the pilot.");
        submitWith("#open-questions button[type=submit]");
        assertThat(browser.getCurrentUrl().contains("notice=extended"))
                .as("the deadline was extended")
                .isTrue();
        assertNoViolationsOnCurrentPage();
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
        AxeChromium.pressAndWait(browser, By.cssSelector(button));
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
