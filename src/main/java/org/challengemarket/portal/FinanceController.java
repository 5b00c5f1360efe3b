package org.challengemarket.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.challengemarket.payment.FinanceService;
import org.challengemarket.payment.dto.PaymentDtos.FinanceDashboardDto;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.portal.web.TrendChart;

/**
 * The finance dashboard of an agency: invoices due soon and overdue with their interest, payments
 * this month, the on-time rate and its monthly trend as an inline SVG chart.
 */
@Path("/finance")
@PortalPage
@RolesAllowed(Roles.FINANCE)
@Produces(MediaType.TEXT_HTML)
public class FinanceController {

    /** The dashboard and its chart. */
    @TemplateData
    public record DashboardPage(FinanceDashboardDto dashboard, TrendChart chart) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(DashboardPage page);
    }

    @Inject
    FinanceService finance;

    @GET
    public TemplateInstance dashboard() {
        FinanceDashboardDto dashboard = finance.dashboard();
        return Templates.dashboard(new DashboardPage(dashboard, TrendChart.of(dashboard.trend())));
    }
}
