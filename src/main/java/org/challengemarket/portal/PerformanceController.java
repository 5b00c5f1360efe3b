package org.challengemarket.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.challengemarket.payment.FinanceService;
import org.challengemarket.payment.dto.PaymentDtos.PaymentPerformanceDto;

/** The public page of an agency's payment punctuality: on-time rate and average days to pay. */
@Path("/agencies")
@PortalPage
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PerformanceController {

    /** An agency's public punctuality. */
    @TemplateData
    public record PerformancePage(PaymentPerformanceDto performance) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance performance(PerformancePage page);
    }

    @Inject
    FinanceService finance;

    @GET
    @Path("/{id}/payment-performance")
    public TemplateInstance performance(@PathParam("id") UUID agencyId) {
        return Templates.performance(new PerformancePage(finance.publicPerformance(agencyId)));
    }
}
