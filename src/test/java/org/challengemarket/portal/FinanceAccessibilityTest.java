package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.support.Awards;
import org.challengemarket.support.Awards.Active;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The finance dashboard, the contract page and the public payment-performance page in a real
 * browser (Debian's Chromium, headless), checked by axe-core against WCAG 2 A and AA.
 */
@QuarkusTest
class FinanceAccessibilityTest {

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
    void aFinanceUserSeesTheOverdueInvoiceItsInterestAndTheChartWithoutViolations() {
        Active a = Awards.activeContract(clock, "2000.00", "1000.00", "1000.00");
        String number = "AXE-" + a.contractId().substring(0, 8);
        Awards.invoice(a, a.milestones().get(0), number, "1000.00").then().statusCode(201);
        clock.advance(Duration.ofDays(40));

        AxeChromium.signInWith(browser, AxeChromium.url(site, "/"), a.finance());
        browser.get(AxeChromium.url(site, "/finance"));
        WebElement overdue = browser.findElement(By.id("overdue"));
        assertThat(overdue.getText().contains(number)).as(overdue.getText()).isTrue();
        String interest = overdue.findElement(By.cssSelector("td.interest")).getText();
        assertThat(interest.startsWith("EUR 4"))
                .as("interest and the EUR 40 compensation: " + interest)
                .isTrue();
        WebElement chart = browser.findElement(By.id("trend-chart"));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("#trend-chart text")).isEmpty())
                .isFalse();
        AxeChromium.assertNoViolations(browser);

        browser.get(AxeChromium.url(site, "/contracts/" + a.contractId()));
        AxeChromium.assertNoViolations(browser);

        Awards.deliverAndAccept(
                a.agency(), a.company(), a.contractId(), a.milestones().get(1));
        AxeChromium.signInWith(browser, AxeChromium.url(site, "/"), a.companyToken());
        browser.get(AxeChromium.url(site, "/contracts/" + a.contractId()));
        AxeChromium.assertNoViolations(browser);
        browser.findElement(By.id("vatAmount")).clear();
        AxeChromium.pressAndWait(browser, By.cssSelector("form[action$='/invoices'] button[type=submit]"));
        assertThat(browser.getPageSource().contains("error-summary"))
                .as("the refusal is shown")
                .isTrue();
        AxeChromium.assertNoViolations(browser);

        AxeChromium.signOut(browser, AxeChromium.url(site, "/"));
        browser.get(AxeChromium.url(site, "/agencies/" + a.agency().id() + "/payment-performance"));
        AxeChromium.assertNoViolations(browser);
    }
}
