package org.challengemarket.portal;

import static org.challengemarket.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.challengemarket.portal.PortalBrowser.HtmlForm;
import org.challengemarket.portal.PortalBrowser.Page;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.junit.jupiter.api.Test;

/** The company profile pages: entered once, edited with the version it was read at. */
@QuarkusTest
class CompanyPagesTest {

    static final String PROFILE_FORM = "form[action='/company/profile']";

    /** Fills in a complete profile with a valid Belgian enterprise number. */
    static HtmlForm filledIn(HtmlForm form, String legalName) {
        return form.set("legalName", legalName)
                .set("enterpriseNumber", Fixtures.enterpriseNumber())
                .set("size", "SMALL")
                .set("sector", "software")
                .set("teamSummary", "Four engineers and a designer.\nWe build booking tools.")
                .set("references", "")
                .set("contact.name", "Bea Contact")
                .set("contact.email", "bea@example.com")
                .set("contact.phone", "");
    }

    @Test
    void companyCreatesItsProfileThenEditsItWithTheVersion() {
        Org company = Fixtures.organisation("COMPANY");
        PortalBrowser browser = PortalBrowser.signedInWith(company.token("company_member"));

        Page none = browser.open("/company/profile");
        assertEquals(200, none.status());
        assertEquals("Create the profile", none.find("main a.button").text());

        HtmlForm blank = browser.open("/company/profile/edit").form(PROFILE_FORM);
        assertNull(blank.value("version"), "a new profile has no version yet");
        Page created = browser.submit(filledIn(blank, company.name() + " BV"));

        assertEquals(303, created.status());
        assertEquals("/company/profile?notice=profile_saved", created.location());
        Page shown = browser.follow(created);
        assertEquals("Your company profile is saved.", shown.find(".notice").text());
        assertThat(shown.find("dl").text(), containsString(company.name() + " BV"));
        assertThat(shown.find("dl").text(), containsString("Small: fewer than 50 people"));

        HtmlForm edit = browser.open("/company/profile/edit").form(PROFILE_FORM);
        assertEquals("0", edit.value("version"));
        assertEquals("SMALL", edit.value("size"));
        Page edited = browser.submit(edit.set("sector", "mobility"));
        assertEquals("/company/profile?notice=profile_saved", edited.location());
        as(company.token("company_member"))
                .get("/api/v1/organisations/" + company.id() + "/profile")
                .then()
                .statusCode(200)
                .body("sector", equalTo("mobility"))
                .body("legalName", equalTo(company.name() + " BV"));
    }

    @Test
    void anInvalidEnterpriseNumberIsShownNextToItsField() {
        Org company = Fixtures.organisation("COMPANY");
        PortalBrowser browser = PortalBrowser.signedInWith(company.token("company_member"));
        HtmlForm form = filledIn(browser.open("/company/profile/edit").form(PROFILE_FORM), "Typo BV");

        Page refused = browser.submit(form.set("enterpriseNumber", "0123.456.789"));

        assertEquals(400, refused.status());
        assertThat(
                refused.find("#enterpriseNumber-error").text(),
                containsString("is not a valid Belgian enterprise number"));
        assertEquals("true", refused.find("#enterpriseNumber").attr("aria-invalid"));
        assertThat(
                refused.find("#enterpriseNumber").attr("aria-describedby"), containsString("enterpriseNumber-error"));
        assertEquals("#enterpriseNumber", refused.find("#error-summary a").attr("href"));
        assertEquals("0123.456.789", refused.find("#enterpriseNumber").attr("value"), "what was typed is kept");
        as(company.token("company_member"))
                .get("/api/v1/organisations/" + company.id() + "/profile")
                .then()
                .statusCode(404);
    }

    @Test
    void missingChoicesAndABadAddressAreShownNextToTheirFields() {
        Org company = Fixtures.organisation("COMPANY");
        PortalBrowser browser = PortalBrowser.signedInWith(company.token("company_member"));
        HtmlForm form = filledIn(browser.open("/company/profile/edit").form(PROFILE_FORM), "");

        Page refused = browser.submit(form.without("size").set("contact.email", "not an address"));

        assertEquals(400, refused.status());
        List<String> targets = refused.find("#error-summary").select("a").eachAttr("href");
        assertThat(targets, hasItems("#legalName", "#size", "#contact-email"));
        assertThat(refused.find("#size-error").text(), containsString("choose the size of your company"));
        assertEquals(
                "size-error",
                refused.find("fieldset.fieldset--inner:has(#size)").attr("aria-describedby"));
        assertThat(refused.find("#contact-email-error").text(), containsString("well-formed email address"));
    }

    @Test
    void aStaleProfileFormIsExplainedAndSavesNothing() {
        Org company = Fixtures.company();
        PortalBrowser browser = PortalBrowser.signedInWith(company.token("company_member"));
        HtmlForm mine = browser.open("/company/profile/edit").form(PROFILE_FORM);
        as(company.token("company_member"))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "legalName", "Changed by a colleague",
                        "enterpriseNumber", mine.value("enterpriseNumber"),
                        "size", "MICRO",
                        "sector", "software",
                        "teamSummary", "Three engineers.",
                        "contact", Map.of("name", "Ann", "email", "ann@example.com")))
                .put("/api/v1/organisations/" + company.id() + "/profile")
                .then()
                .statusCode(200);

        Page stale = browser.submit(mine.set("legalName", "My late change"));

        assertEquals(409, stale.status());
        assertThat(stale.find("#error-summary").text(), containsString("Someone changed the profile"));
        as(company.token("company_member"))
                .get("/api/v1/organisations/" + company.id() + "/profile")
                .then()
                .body("legalName", equalTo("Changed by a colleague"));
    }

    @Test
    void onlyCompanyMembersHaveAProfilePage() {
        Page officer = PortalBrowser.signedInWith(Fixtures.agency().officer()).open("/company/profile");
        assertEquals(403, officer.status());

        Page anonymous = PortalBrowser.anonymous().open("/company/profile");
        assertEquals(401, anonymous.status());
        assertFalse(anonymous.text().contains("Legal name"));
    }
}
