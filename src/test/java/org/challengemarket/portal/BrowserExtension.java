package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium per test class: Debian's Chromium driven through its own chromedriver
 * (nothing is downloaded), started before the class's first test and quit after its last, with
 * axe-core's WCAG 2 A and AA rules to run on its pages. A test class registers it in a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final BrowserExtension browser = new BrowserExtension();
 * }</pre>
 */
final class BrowserExtension implements BeforeAllCallback, AfterAllCallback {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private ChromeDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) {
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
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** The running browser. */
    ChromeDriver driver() {
        return driver;
    }

    /** The address of {@code path} on the service under test. */
    String url(String path) {
        return RestAssured.baseURI + ":" + RestAssured.port + path;
    }

    /** Opens {@code path} of the service under test. */
    void open(String path) {
        driver.get(url(path));
    }

    /** Signs the browser in by setting the session cookie, as the sign-in page does. */
    void signInWith(String token) {
        driver.get(url("/"));
        driver.manage().deleteAllCookies();
        driver.manage()
                .addCookie(new Cookie.Builder(PortalBrowser.SESSION_COOKIE, token)
                        .path("/")
                        .isHttpOnly(true)
                        .build());
    }

    void signOut() {
        driver.get(url("/"));
        driver.manage().deleteAllCookies();
    }

    /**
     * Presses a button or link and waits until the next page has loaded. A marker set on the current
     * page tells the new document from the old one; errors while the page is being replaced (such as
     * a node that no longer belongs to the document) just mean "not yet".
     */
    void pressAndWait(By button) {
        driver.executeScript("window.cmBeforeClick = true");
        driver.findElement(button).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(page -> Boolean.TRUE.equals(((JavascriptExecutor) page)
                        .executeScript(
                                "return window.cmBeforeClick === undefined && document.readyState === 'complete'")));
    }

    /** Opens {@code path} and fails with every violation axe-core finds on it. */
    void assertNoViolations(String path) {
        open(path);
        assertNoViolations();
    }

    /** Fails with every violation axe-core finds on the current page, printed for people. */
    void assertNoViolations() {
        Results results =
                new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(driver);
        assertThat(results.getPasses()).as("axe-core checked the page").isNotEmpty();
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + "\n    "
                        + v.getNodes().stream()
                                .map(n -> n.getTarget() + " " + n.getFailureSummary())
                                .collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
        if (!violations.isEmpty()) {
            System.out.println("Accessibility violations on " + driver.getCurrentUrl() + ":\n" + report);
        }
        assertThat(violations)
                .as("%s has accessibility violations:%n%s", driver.getCurrentUrl(), report)
                .isEmpty();
    }

    /** The current page's source. */
    String pageSource() {
        return driver.getPageSource();
    }

    /** The current page's address. */
    String currentUrl() {
        return driver.getCurrentUrl();
    }
}
