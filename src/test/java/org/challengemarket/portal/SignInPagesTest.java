package org.challengemarket.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
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

        assertEquals(200, page.status());
        assertEquals("Demo users", page.find("table caption").text());
        List<String> buttons = page.html().select("table button").eachText();
        assertThat(buttons, hasItem("Sign in as Marie Officer"));
        assertThat(buttons, hasItem("Sign in as Anna Routewise"));
        assertThat(page.text(), containsString("Federal Public Service Mobility"));
    }

    @Test
    void signingInSetsAnHttpOnlyCookieAndOpensTheAgencyPages() {
        PortalBrowser browser = PortalBrowser.anonymous();
        HtmlForm marie = browser.open("/dev/sign-in").form("form:has(input[value='officer.mobility'])");

        Page signedIn = browser.submit(marie);

        assertEquals(303, signedIn.status());
        assertEquals("/agency/challenges", signedIn.location());
        String cookie = signedIn.headers("Set-Cookie").stream()
                .filter(c -> c.startsWith(PortalBrowser.SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie, containsString("HttpOnly"));
        assertThat(cookie, containsString("SameSite=Lax"));
        assertThat(cookie, containsString("Path=/"));
        assertThat(cookie, containsString("Max-Age=3600"));

        Page agency = browser.follow(signedIn);
        assertEquals(200, agency.status());
        assertThat(agency.find(".lead").text(), containsString("Federal Public Service Mobility"));
        assertThat(agency.find("table").text(), containsString("Step-free last mile to train stations"));
        assertThat(agency.find(".signed-in").text(), containsString("Marie Officer"));
    }

    @Test
    void signingInReturnsToThePageThatAskedForIt() {
        PortalBrowser browser = PortalBrowser.anonymous();
        HtmlForm anna = browser.open("/dev/sign-in?next=/challenges?status=PUBLISHED")
                .form("form:has(input[value='anna.routewise'])");

        Page signedIn = browser.submit(anna);
        assertEquals("/challenges?status=PUBLISHED", signedIn.location());

        HtmlForm elsewhere =
                browser.open("/dev/sign-in?next=//evil.example/").form("form:has(input[value='anna.routewise'])");
        assertNull(elsewhere.value("next"), "only this site's paths are kept");
        assertEquals("/", browser.submit(elsewhere).location());
    }

    @Test
    void signInWithoutTheFormsCsrfTokenIsRefused() {
        PortalBrowser browser = PortalBrowser.anonymous();
        HtmlForm marie = browser.open("/dev/sign-in").form("form:has(input[value='officer.mobility'])");

        Page refused = browser.submit(marie.without("csrf-token"));

        assertEquals(403, refused.status());
        assertEquals("The form has expired", refused.find("h1").text());
        assertNull(browser.cookie(PortalBrowser.SESSION_COOKIE));

        Page forged = browser.submit(marie.set("csrf-token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        assertEquals(403, forged.status());
    }

    @Test
    void signOutForgetsTheToken() {
        PortalBrowser browser = PortalBrowser.signedInWith(Tokens.token(UUID.randomUUID(), "company_member"));
        Page home = browser.open("/");
        assertTrue(home.has("form[action='/sign-out']"));

        Page signedOut = browser.submit(home.form("form[action='/sign-out']"));

        assertEquals(303, signedOut.status());
        String cleared = signedOut.headers("Set-Cookie").stream()
                .filter(c -> c.startsWith(PortalBrowser.SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow();
        assertThat(cleared, containsString("Max-Age=0"));
        assertNull(browser.cookie(PortalBrowser.SESSION_COOKIE));
        Page after = browser.follow(signedOut);
        assertEquals("Sign in", after.find(".session-link").text());
    }

    @Test
    void anExpiredSignInIsForgottenAndThePageShownToNobodyInParticular() {
        String expired = Tokens.claims(UUID.randomUUID(), "agency_officer")
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign();
        PortalBrowser browser = PortalBrowser.signedInWith(expired);

        Page redirected = browser.open("/challenges?q=water");

        assertEquals(303, redirected.status());
        assertEquals("/challenges?q=water", redirected.location());
        assertNull(browser.cookie(PortalBrowser.SESSION_COOKIE));
        Page page = browser.follow(redirected);
        assertEquals(200, page.status());
        assertEquals("Sign in", page.find(".session-link").text());
    }

    @Test
    void theApiAndTheDevTokenEndpointNeedNoCsrfToken() {
        RestAssured.given()
                .formParam("username", "officer.mobility")
                .post("/dev/token")
                .then()
                .statusCode(200)
                .body("access_token", notNullValue());

        RestAssured.given()
                .contentType("application/json")
                .body("{\"title\": \"No CSRF token for JSON\"}")
                .auth()
                .oauth2(Fixtures.agency().officer())
                .post("/api/v1/challenges")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"));
    }
}
