package org.challengemarket.portal;

import static org.challengemarket.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.support.Awards;
import org.challengemarket.support.Awards.Active;
import org.challengemarket.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PaymentPagesTest {

    @Inject
    ServiceClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCompanyInvoicesAnAcceptedMilestoneFromTheContractPage() {
        Active a = Awards.activeContract(clock, "3000.00", "1000.00", "2000.00");
        PortalBrowser company = PortalBrowser.signedInWith(a.companyToken());
        PortalBrowser.Page page = company.open("/contracts/" + a.contractId());
        assertEquals(200, page.status());
        assertEquals(
                2, page.html().select("#milestones-heading + table tbody tr").size(), page.text());
        assertTrue(page.text().contains("Accepted"), "the first milestone's state");
        assertTrue(page.text().contains("Planned"), "the second milestone's state");
        PortalBrowser.HtmlForm form = page.form("form[action$='/invoices']");
        assertEquals("1000.00", form.value("amountExclVat"));
        assertEquals("210.00", form.value("vatAmount"));

        PortalBrowser.Page refused = company.submit(form.set("number", "").set("vatAmount", "199.99"));
        assertEquals(400, refused.status());
        assertTrue(refused.has(".error-summary a[href='#number']"), refused.text());

        form.set("number", "PORTAL-" + a.contractId().substring(0, 8)).set("vatAmount", "200.00");
        PortalBrowser.Page wrongVat = company.submit(form);
        assertEquals(422, wrongVat.status());
        assertTrue(wrongVat.text().contains("VAT"), wrongVat.text());

        PortalBrowser.Page sent = company.submit(form.set("vatAmount", "210.00"));
        assertEquals(303, sent.status());
        PortalBrowser.Page after = company.follow(sent);
        assertTrue(after.find(".notice").text().contains("PORTAL-"), after.text());
        assertTrue(after.text().contains("No accepted milestone is waiting for an invoice."));
        assertEquals(
                1, after.html().select("#invoices-heading + table tbody tr").size());

        assertEquals(
                404,
                PortalBrowser.signedInWith(Fixtures.company().token("company_member"))
                        .open("/contracts/" + a.contractId())
                        .status());
        PortalBrowser.Page officer = PortalBrowser.signedInWith(a.officer()).open("/contracts/" + a.contractId());
        assertFalse(officer.has("form[action$='/invoices']"), "only the company invoices");
    }

    @Test
    void theFinanceDashboardShowsTheOverdueInvoiceWithItsInterestAndTheChart() {
        Active a = Awards.activeContract(clock, "1000.00", "1000.00");
        String number = "DASH-" + a.contractId().substring(0, 8);
        Awards.invoice(a, a.milestones().get(0), number, "1000.00").then().statusCode(201);
        clock.advance(Duration.ofDays(35));
        PortalBrowser.Page page = PortalBrowser.signedInWith(a.finance()).open("/finance");
        assertEquals(200, page.status());
        assertTrue(page.find("#overdue").text().contains(number), page.text());
        assertTrue(
                page.find("#overdue td.interest").text().startsWith("EUR 4"),
                "interest plus EUR 40: " + page.find("#overdue").text());
        assertTrue(page.has("svg#trend-chart[role=img] title"));
        assertEquals(
                12,
                page.html().select("svg#trend-chart text[text-anchor=middle]").size());
        assertEquals(
                403,
                PortalBrowser.signedInWith(a.companyToken()).open("/finance").status());

        PortalBrowser.Page open =
                PortalBrowser.anonymous().open("/agencies/" + a.agency().id() + "/payment-performance");
        assertEquals(200, open.status());
        assertTrue(open.find("h1").text().contains(a.agency().name()));
        assertEquals(
                404,
                PortalBrowser.anonymous()
                        .open("/agencies/" + a.company().id() + "/payment-performance")
                        .status());
        as(a.finance()).get("/api/v1/finance/dashboard").then().statusCode(200);
    }
}
