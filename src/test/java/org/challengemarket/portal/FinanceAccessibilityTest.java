package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.support.Awards;
import org.challengemarket.support.Awards.Active;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The finance dashboard, the contract page and the public payment-performance page in a real
 * browser (Debian's Chromium, headless), checked by axe-core against WCAG 2 A and AA.
 */
@QuarkusTest
class FinanceAccessibilityTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Inject
    ServiceClock clock;

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

        browser.signInWith(a.finance());
        browser.open("/finance");
        WebElement overdue = browser.driver().findElement(By.id("overdue"));
        assertThat(overdue.getText()).contains(number);
        String interest = overdue.findElement(By.cssSelector("td.interest")).getText();
        assertThat(interest.startsWith("EUR 4"))
                .as("interest and the EUR 40 compensation: " + interest)
                .isTrue();
        WebElement chart = browser.driver().findElement(By.id("trend-chart"));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(browser.driver()
                        .findElements(By.cssSelector("#trend-chart text"))
                        .isEmpty())
                .isFalse();
        browser.assertNoViolations();

        browser.open("/contracts/" + a.contractId());
        browser.assertNoViolations();

        Awards.deliverAndAccept(
                a.agency(), a.company(), a.contractId(), a.milestones().get(1));
        browser.signInWith(a.companyToken());
        browser.open("/contracts/" + a.contractId());
        browser.assertNoViolations();
        browser.driver().findElement(By.id("vatAmount")).clear();
        browser.pressAndWait(By.cssSelector("form[action$='/invoices'] button[type=submit]"));
        assertThat(browser.pageSource()).as("the refusal is shown").contains("error-summary");
        browser.assertNoViolations();

        browser.signOut();
        browser.open("/agencies/" + a.agency().id() + "/payment-performance");
        browser.assertNoViolations();
    }
}
