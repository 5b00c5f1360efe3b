package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.find("main a.button").text()).isEqualTo("Create the profile");

        HtmlForm blank = browser.open("/company/profile/edit").form(PROFILE_FORM);
        assertThat(blank.value("version"))
                .as("a new profile has no version yet")
                .isNull();
        Page created = browser.submit(filledIn(blank, company.name() + " BV"));

        assertThat(created.status()).isEqualTo(303);
        assertThat(created.location()).isEqualTo("/company/profile?notice=profile_saved");
        Page shown = browser.follow(created);
        assertThat(shown.find(".notice").text()).isEqualTo("Your company profile is saved.");
        assertThat(shown.find("dl").text()).contains(company.name() + " BV");
        assertThat(shown.find("dl").text()).contains("Small: fewer than 50 people");

        HtmlForm edit = browser.open("/company/profile/edit").form(PROFILE_FORM);
        assertThat(edit.value("version")).isEqualTo("0");
        assertThat(edit.value("size")).isEqualTo("SMALL");
        Page edited = browser.submit(edit.set("sector", "mobility"));
        assertThat(edited.location()).isEqualTo("/company/profile?notice=profile_saved");
        JsonPath json = as(company.token("company_member"))
                .get("/api/v1/organisations/" + company.id() + "/profile")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("sector")).isEqualTo("mobility");
        assertThat(json.getString("legalName")).isEqualTo(company.name() + " BV");
    }

    @Test
    void anInvalidEnterpriseNumberIsShownNextToItsField() {
        Org company = Fixtures.organisation("COMPANY");
        PortalBrowser browser = PortalBrowser.signedInWith(company.token("company_member"));
        HtmlForm form = filledIn(browser.open("/company/profile/edit").form(PROFILE_FORM), "Typo BV");

        Page refused = browser.submit(form.set("enterpriseNumber", "0123.456.789"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.find("#enterpriseNumber-error").text()).contains("is not a valid Belgian enterprise number");
        assertThat(refused.find("#enterpriseNumber").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.find("#enterpriseNumber").attr("aria-describedby")).contains("enterpriseNumber-error");
        assertThat(refused.find("#error-summary a").attr("href")).isEqualTo("#enterpriseNumber");
        assertThat(refused.find("#enterpriseNumber").attr("value"))
                .as("what was typed is kept")
                .isEqualTo("0123.456.789");
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

        assertThat(refused.status()).isEqualTo(400);
        List<String> targets = refused.find("#error-summary").select("a").eachAttr("href");
        assertThat(targets).contains("#legalName", "#size", "#contact-email");
        assertThat(refused.find("#size-error").text()).contains("choose the size of your company");
        assertThat(refused.find("fieldset.fieldset--inner:has(#size)").attr("aria-describedby"))
                .isEqualTo("size-error");
        assertThat(refused.find("#contact-email-error").text()).contains("well-formed email address");
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

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.find("#error-summary").text()).contains("Someone changed the profile");
        JsonPath json = as(company.token("company_member"))
                .get("/api/v1/organisations/" + company.id() + "/profile")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("legalName")).isEqualTo("Changed by a colleague");
    }

    @Test
    void onlyCompanyMembersHaveAProfilePage() {
        Page officer = PortalBrowser.signedInWith(Fixtures.agency().officer()).open("/company/profile");
        assertThat(officer.status()).isEqualTo(403);

        Page anonymous = PortalBrowser.anonymous().open("/company/profile");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.text()).doesNotContain("Legal name");
    }
}
