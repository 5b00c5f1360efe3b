package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

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
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#milestones-heading + table tbody tr").size())
                .as(page.text())
                .isEqualTo(2);
        assertThat(page.text()).as("the first milestone's state").contains("Accepted");
        assertThat(page.text()).as("the second milestone's state").contains("Planned");
        PortalBrowser.HtmlForm form = page.form("form[action$='/invoices']");
        assertThat(form.value("amountExclVat")).isEqualTo("1000.00");
        assertThat(form.value("vatAmount")).isEqualTo("210.00");

        PortalBrowser.Page refused = company.submit(form.set("number", "").set("vatAmount", "199.99"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.has(".error-summary a[href='#number']"))
                .as(refused.text())
                .isTrue();

        form.set("number", "PORTAL-" + a.contractId().substring(0, 8)).set("vatAmount", "200.00");
        PortalBrowser.Page wrongVat = company.submit(form);
        assertThat(wrongVat.status()).isEqualTo(422);
        assertThat(wrongVat.text()).contains("VAT");

        PortalBrowser.Page sent = company.submit(form.set("vatAmount", "210.00"));
        assertThat(sent.status()).isEqualTo(303);
        PortalBrowser.Page after = company.follow(sent);
        assertThat(after.find(".notice").text()).as(after.text()).contains("PORTAL-");
        assertThat(after.text()).contains("No accepted milestone is waiting for an invoice.");
        assertThat(after.html().select("#invoices-heading + table tbody tr").size())
                .isEqualTo(1);

        assertThat(PortalBrowser.signedInWith(Fixtures.company().token("company_member"))
                        .open("/contracts/" + a.contractId())
                        .status())
                .isEqualTo(404);
        PortalBrowser.Page officer = PortalBrowser.signedInWith(a.officer()).open("/contracts/" + a.contractId());
        assertThat(officer.has("form[action$='/invoices']"))
                .as("only the company invoices")
                .isFalse();
    }

    @Test
    void theFinanceDashboardShowsTheOverdueInvoiceWithItsInterestAndTheChart() {
        Active a = Awards.activeContract(clock, "1000.00", "1000.00");
        String number = "DASH-" + a.contractId().substring(0, 8);
        Awards.invoice(a, a.milestones().get(0), number, "1000.00").then().statusCode(201);
        clock.advance(Duration.ofDays(35));
        PortalBrowser.Page page = PortalBrowser.signedInWith(a.finance()).open("/finance");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.find("#overdue").text()).as(page.text()).contains(number);
        assertThat(page.find("#overdue td.interest").text().startsWith("EUR 4"))
                .as("interest plus EUR 40: " + page.find("#overdue").text())
                .isTrue();
        assertThat(page.has("svg#trend-chart[role=img] title")).isTrue();
        assertThat(page.html()
                        .select("svg#trend-chart text[text-anchor=middle]")
                        .size())
                .isEqualTo(12);
        assertThat(PortalBrowser.signedInWith(a.companyToken()).open("/finance").status())
                .isEqualTo(403);

        PortalBrowser.Page open =
                PortalBrowser.anonymous().open("/agencies/" + a.agency().id() + "/payment-performance");
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.find("h1").text()).contains(a.agency().name());
        assertThat(PortalBrowser.anonymous()
                        .open("/agencies/" + a.company().id() + "/payment-performance")
                        .status())
                .isEqualTo(404);
        as(a.finance()).get("/api/v1/finance/dashboard").then().statusCode(200);
    }
}
