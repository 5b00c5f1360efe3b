package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.portal.web.SessionCookie;
import org.challengemarket.support.keycloak.KeycloakMode;
import org.challengemarket.support.keycloak.KeycloakServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Keycloak mode in a real browser: "Sign in" leads to Keycloak's login page (authorization code +
 * PKCE); a person the platform admin has just provisioned signs in with the temporary password,
 * chooses their own, lands on the portal signed in, and signs out of the portal and of Keycloak.
 */
@QuarkusTest
@TestProfile(KeycloakMode.class)
class KeycloakSignInBrowserTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Test
    void aProvisionedPersonSignsInThroughKeycloakAndSignsOutAgain() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String username = "carla." + tag;
        JsonPath created = as(KeycloakServer.demoToken("admin"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Browser company " + tag,
                        "type",
                        "COMPANY",
                        "members",
                        List.of(Map.of(
                                "username",
                                username,
                                "name",
                                "Carla Keycloak",
                                "email",
                                username + "@browser.example",
                                "roles",
                                List.of("company_member")))))
                .post("/api/v1/organisations")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String home = KeycloakServer.portalUrl() + "/";

        browser.driver().get(home);
        browser.pressAndWait(By.cssSelector("a.session-link"));
        assertThat(browser.currentUrl()).startsWith(KeycloakServer.issuer(KeycloakServer.REALM));
        assertThat(browser.currentUrl()).contains("code_challenge_method=S256");

        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(created.getString("members[0].temporaryPassword"));
        browser.pressAndWait(By.id("kc-login"));
        // the temporary password must be replaced at the first sign-in
        String chosen = "my-own-password-" + tag;
        browser.driver().findElement(By.id("password-new")).sendKeys(chosen);
        browser.driver().findElement(By.id("password-confirm")).sendKeys(chosen);
        browser.driver()
                .findElement(By.cssSelector("#kc-passwd-update-form [type=submit]"))
                .click();

        awaitPortal(By.cssSelector(".signed-in"));
        assertThat(browser.currentUrl()).isEqualTo(home);
        assertThat(browser.driver().findElement(By.cssSelector(".signed-in")).getText())
                .contains("Carla Keycloak");
        Cookie session = browser.driver().manage().getCookieNamed(PortalBrowser.SESSION_COOKIE);
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");

        // an expired access token is renewed with the refresh token, without a new sign-in
        replaceSessionCookie(expiredToken());
        browser.driver().get(KeycloakServer.portalUrl() + "/challenges");
        awaitPortal(By.cssSelector(".signed-in"));
        assertThat(browser.currentUrl()).isEqualTo(KeycloakServer.portalUrl() + "/challenges");
        String renewed = browser.driver()
                .manage()
                .getCookieNamed(PortalBrowser.SESSION_COOKIE)
                .getValue();
        assertThat(renewed.split("\\.").length == 3 && !renewed.equals(expiredToken()))
                .isTrue();

        // without a refresh token the portal asks Keycloak again, whose session still knows the person
        browser.driver().manage().deleteCookieNamed(SessionCookie.REFRESH);
        replaceSessionCookie(expiredToken());
        browser.driver().get(KeycloakServer.portalUrl() + "/challenges");
        awaitPortal(By.cssSelector(".signed-in"));
        assertThat(browser.driver().findElement(By.cssSelector(".signed-in")).getText())
                .contains("Carla Keycloak");

        browser.driver()
                .findElement(By.cssSelector("form[action='/sign-out'] button"))
                .click();
        awaitPortal(By.cssSelector("a.session-link"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("a.session-link"))
                        .getText())
                .isEqualTo("Sign in");
        assertThat(browser.driver().manage().getCookieNamed(PortalBrowser.SESSION_COOKIE))
                .isNull();

        // Keycloak's session ended too: signing in asks for the password again
        browser.pressAndWait(By.cssSelector("a.session-link"));
        assertThat(browser.driver().findElement(By.id("password")).isDisplayed())
                .isTrue();
        assertThat(browser.currentUrl()).startsWith(KeycloakServer.issuer(KeycloakServer.REALM));
    }

    private static String expired;

    /** A token of the realm's keys that expired ten minutes ago. */
    private static String expiredToken() {
        if (expired == null) {
            Instant now = Instant.now();
            expired = Jwt.issuer(KeycloakServer.issuer(KeycloakServer.REALM))
                    .audience("challenge-market-api")
                    .subject(UUID.randomUUID().toString())
                    .issuedAt(now.minus(Duration.ofMinutes(20)))
                    .expiresAt(now.minus(Duration.ofMinutes(10)))
                    .jws()
                    .keyId(KeycloakServer.spareKeyId())
                    .sign(KeycloakServer.spareKey().getPrivate());
        }
        return expired;
    }

    private static void replaceSessionCookie(String token) {
        browser.driver().manage().deleteCookieNamed(PortalBrowser.SESSION_COOKIE);
        browser.driver()
                .manage()
                .addCookie(new Cookie.Builder(PortalBrowser.SESSION_COOKIE, token)
                        .path("/")
                        .isHttpOnly(true)
                        .build());
    }

    /** Waits until the browser is back on the portal showing {@code element}. */
    private static void awaitPortal(By element) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.and(
                        ExpectedConditions.urlContains(KeycloakServer.portalUrl()),
                        ExpectedConditions.presenceOfElementLocated(element)));
    }
}
