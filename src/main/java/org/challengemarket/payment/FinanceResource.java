package org.challengemarket.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.challengemarket.payment.dto.PaymentDtos.FinanceDashboardDto;
import org.challengemarket.payment.dto.PaymentDtos.PaymentPerformanceDto;
import org.challengemarket.payment.dto.PaymentDtos.ReferenceRateDto;
import org.challengemarket.payment.dto.PaymentDtos.ReferenceRateRequest;
import org.challengemarket.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The finance dashboard and export, public payment punctuality, and the reference rates. */
@Path("/api/v1")
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
public class FinanceResource {

    @Inject
    FinanceService finance;

    @Inject
    ReferenceRateService rates;

    @GET
    @Path("/finance/dashboard")
    @RolesAllowed(Roles.FINANCE)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Due soon, overdue with interest, paid this month, on-time rate and trend of my agency")
    public FinanceDashboardDto dashboard() {
        return finance.dashboard();
    }

    @GET
    @Path("/finance/invoices.csv")
    @Produces("text/csv")
    @RolesAllowed(Roles.FINANCE)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Every invoice of my agency with all its figures as on today, as CSV")
    @APIResponse(
            responseCode = "200",
            description = "CSV with a header row",
            content =
                    @Content(
                            mediaType = "text/csv",
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .STRING)))
    public Response csv() {
        return Response.ok(finance.csv(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"invoices.csv\"")
                .build();
    }

    @GET
    @Path("/agencies/{id}/payment-performance")
    @PermitAll
    @Operation(summary = "An agency's on-time payment rate and average days to pay (public)")
    public PaymentPerformanceDto performance(@PathParam("id") UUID agencyId) {
        return finance.publicPerformance(agencyId);
    }

    @GET
    @Path("/reference-rates")
    @PermitAll
    @Operation(summary = "Reference rates per half-year and the late-payment rates they lead to (public)")
    public List<ReferenceRateDto> rates() {
        return rates.list();
    }

    @POST
    @Path("/reference-rates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Record a new half-year's ECB reference rate")
    @APIResponse(
            responseCode = "201",
            description = "The recorded rate",
            content = @Content(schema = @Schema(implementation = ReferenceRateDto.class)))
    public Response record(@Valid @NotNull ReferenceRateRequest request) {
        ReferenceRateDto rate = rates.record(request);
        return Response.status(Response.Status.CREATED).entity(rate).build();
    }
}
