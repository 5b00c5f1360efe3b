package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through its own chromedriver (nothing is downloaded), and
 * axe-core's WCAG 2 A and AA rules run on its pages. One browser per test class.
 */
final class AxeChromium {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private AxeChromium() {}

    static ChromeDriver start() {
        assertThat(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)))
                .as("install Debian's chromium and chromium-driver (.ci/run does)")
                .isTrue();
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
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /** Fails with every violation axe-core finds on the current page, printed for people. */
    static void assertNoViolations(ChromeDriver browser) {
        Results results =
                new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(browser);
        assertThat(results.getPasses().isEmpty())
                .as("axe-core checked the page")
                .isFalse();
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
        assertThat(violations.size())
                .as(browser.getCurrentUrl() + " has accessibility violations:\n" + report)
                .isEqualTo(0);
    }

    /**
     * Presses a button or link and waits until the next page has loaded. A marker set on the current
     * page tells the new document from the old one; errors while the page is being replaced (such as
     * a node that no longer belongs to the document) just mean "not yet".
     */
    static void pressAndWait(ChromeDriver browser, By button) {
        browser.executeScript("window.cmBeforeClick = true");
        browser.findElement(button).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                        .executeScript(
                                "return window.cmBeforeClick === undefined && document.readyState === 'complete'")));
    }

    /** Signs the browser in by setting the session cookie, as the sign-in page does. */
    static void signInWith(ChromeDriver browser, String home, String token) {
        browser.get(home);
        browser.manage().deleteAllCookies();
        browser.manage()
                .addCookie(new Cookie.Builder(PortalBrowser.SESSION_COOKIE, token)
                        .path("/")
                        .isHttpOnly(true)
                        .build());
    }

    static void signOut(ChromeDriver browser, String home) {
        browser.get(home);
        browser.manage().deleteAllCookies();
    }

    static String url(URL site, String path) {
        String base = site.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
