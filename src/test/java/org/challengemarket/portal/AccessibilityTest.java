package org.challengemarket.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The portal's pages in a real browser (Debian's Chromium, headless), checked by axe-core
 * against WCAG 2.1 A and AA. One browser serves the whole class.
 */
@QuarkusTest
class AccessibilityTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL site;

    @BeforeAll
    static void startBrowser() {
        assertTrue(
                Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "install Debian's chromium and chromium-driver (.ci/run does)");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
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
        browser.findElement(By.cssSelector("button[value=publish]")).click();

        assertTrue(browser.getPageSource().contains("budget-amount-error"), "the refusal is shown");
        assertNoViolationsOnCurrentPage();
    }

    private void signInWith(String token) {
        browser.get(url("/"));
        browser.manage().deleteAllCookies();
        browser.manage()
                .addCookie(new Cookie.Builder(PortalBrowser.SESSION_COOKIE, token)
                        .path("/")
                        .isHttpOnly(true)
                        .build());
    }

    private void signOut() {
        browser.get(url("/"));
        browser.manage().deleteAllCookies();
    }

    private void assertNoViolations(String path) {
        browser.get(url(path));
        assertNoViolationsOnCurrentPage();
    }

    private void assertNoViolationsOnCurrentPage() {
        Results results =
                new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(browser);
        assertFalse(results.getPasses().isEmpty(), "axe-core checked the page");
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + "\n    "
                        + v.getNodes().stream()
                                .map(n -> n.getTarget() + " " + n.getFailureSummary())
                                .collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
        if (!violations.isEmpty()) {
            System.out.println("Accessibility violations on " + browser.getCurrentUrl() + ":\n" + report);
        }
        assertEquals(0, violations.size(), browser.getCurrentUrl() + " has accessibility violations:\n" + report);
    }

    private String url(String path) {
        String base = site.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
