package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.challengemarket.portal.PortalBrowser.HtmlForm;
import org.challengemarket.portal.PortalBrowser.Page;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Tokens;
import org.junit.jupiter.api.Test;

/** Embedded mode's sign-in page, the session cookie it sets, and signing out. */
@QuarkusTest
class SignInPagesTest {

    @Test
    void signInListsTheDemoUsersWithAButtonEach() {
        Page page = PortalBrowser.anonymous().open("/dev/sign-in");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.find("table caption").text()).isEqualTo("Demo users");
        List<String> buttons = page.html().select("table button").eachText();
        assertThat(buttons).contains("Sign in as Marie Officer");
        assertThat(buttons).contains("Sign in as Anna Routewise");
        assertThat(page.text()).contains("Federal Public Service Mobility");
    }

    @Test
    void signingInSetsAnHttpOnlyCookieAndOpensTheAgencyPages() {
        PortalBrowser browser = PortalBrowser.anonymous();
        HtmlForm marie = browser.open("/dev/sign-in").form("form:has(input[value='officer.mobility'])");

        Page signedIn = browser.submit(marie);

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.location()).isEqualTo("/agency/challenges");
        String cookie = signedIn.headers("Set-Cookie").stream()
                .filter(c -> c.startsWith(PortalBrowser.SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly");
        assertThat(cookie).contains("SameSite=Lax");
        assertThat(cookie).contains("Path=/");
        assertThat(cookie).contains("Max-Age=3600");

        Page agency = browser.follow(signedIn);
        assertThat(agency.status()).isEqualTo(200);
        assertThat(agency.find(".lead").text()).contains("Federal Public Service Mobility");
        assertThat(agency.find("table").text()).contains("Step-free last mile to train stations");
        assertThat(agency.find(".signed-in").text()).contains("Marie Officer");
    }

    @Test
    void signingInReturnsToThePageThatAskedForIt() {
        PortalBrowser browser = PortalBrowser.anonymous();
        HtmlForm anna = browser.open("/dev/sign-in?next=/challenges?status=PUBLISHED")
                .form("form:has(input[value='anna.routewise'])");

        Page signedIn = browser.submit(anna);
        assertThat(signedIn.location()).isEqualTo("/challenges?status=PUBLISHED");

        HtmlForm elsewhere =
                browser.open("/dev/sign-in?next=//evil.example/").form("form:has(input[value='anna.routewise'])");
        assertThat(elsewhere.value("next"))
                .as("only this site's paths are kept")
                .isNull();
        assertThat(browser.submit(elsewhere).location()).isEqualTo("/");
    }

    @Test
    void signInWithoutTheFormsCsrfTokenIsRefused() {
        PortalBrowser browser = PortalBrowser.anonymous();
        HtmlForm marie = browser.open("/dev/sign-in").form("form:has(input[value='officer.mobility'])");

        Page refused = browser.submit(marie.without("csrf-token"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.find("h1").text()).isEqualTo("The form has expired");
        assertThat(browser.cookie(PortalBrowser.SESSION_COOKIE)).isNull();

        Page forged = browser.submit(marie.set("csrf-token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void signOutForgetsTheToken() {
        PortalBrowser browser = PortalBrowser.signedInWith(Tokens.token(UUID.randomUUID(), "company_member"));
        Page home = browser.open("/");
        assertThat(home.has("form[action='/sign-out']")).isTrue();

        Page signedOut = browser.submit(home.form("form[action='/sign-out']"));

        assertThat(signedOut.status()).isEqualTo(303);
        String cleared = signedOut.headers("Set-Cookie").stream()
                .filter(c -> c.startsWith(PortalBrowser.SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow();
        assertThat(cleared).contains("Max-Age=0");
        assertThat(browser.cookie(PortalBrowser.SESSION_COOKIE)).isNull();
        Page after = browser.follow(signedOut);
        assertThat(after.find(".session-link").text()).isEqualTo("Sign in");
    }

    @Test
    void anExpiredSignInIsForgottenAndThePageShownToNobodyInParticular() {
        String expired = Tokens.claims(UUID.randomUUID(), "agency_officer")
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign();
        PortalBrowser browser = PortalBrowser.signedInWith(expired);

        Page redirected = browser.open("/challenges?q=water");

        assertThat(redirected.status()).isEqualTo(303);
        assertThat(redirected.location()).isEqualTo("/challenges?q=water");
        assertThat(browser.cookie(PortalBrowser.SESSION_COOKIE)).isNull();
        Page page = browser.follow(redirected);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.find(".session-link").text()).isEqualTo("Sign in");
    }

    @Test
    void theApiAndTheDevTokenEndpointNeedNoCsrfToken() {
        JsonPath json = RestAssured.given()
                .formParam("username", "officer.mobility")
                .post("/dev/token")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.<Object>get("access_token")).isNotNull();

        json = RestAssured.given()
                .contentType("application/json")
                .body("{\"title\": \"No CSRF token for JSON\"}")
                .auth()
                .oauth2(Fixtures.agency().officer())
                .post("/api/v1/challenges")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("DRAFT");
    }
}
