package org.challengemarket.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.challengemarket.payment.dto.PaymentDtos.DisputeRequest;
import org.challengemarket.payment.dto.PaymentDtos.InterestDto;
import org.challengemarket.payment.dto.PaymentDtos.InvoiceDto;
import org.challengemarket.payment.dto.PaymentDtos.InvoiceRequest;
import org.challengemarket.payment.dto.PaymentDtos.InvoiceSummaryDto;
import org.challengemarket.payment.dto.PaymentDtos.PaymentReceiptDto;
import org.challengemarket.payment.dto.PaymentDtos.PaymentRequest;
import org.challengemarket.payment.dto.PaymentDtos.ResolveRequest;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.idempotency.Idempotency;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.ETags;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageParams;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Invoices: the company sends them, finance of the paying agency approves, disputes and pays them. */
@Path("/api/v1")
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class InvoiceResource {

    @Inject
    InvoiceService invoices;

    @Inject
    Idempotency idempotency;

    @POST
    @Path("/contracts/{id}/invoices")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMPANY_MEMBER)
    @Operation(summary = "Invoice an accepted milestone; the due date is fixed at receipt")
    @APIResponse(
            responseCode = "201",
            description = "The invoice",
            content = @Content(schema = @Schema(implementation = InvoiceDto.class)))
    public Response submit(
            @PathParam("id") UUID contractId,
            @HeaderParam("Idempotency-Key") String key,
            @Valid @NotNull InvoiceRequest request) {
        return idempotency.run(key, "invoice.submit:" + contractId, request, () -> {
            InvoiceDto created = invoices.submit(contractId, request);
            return Idempotency.created("/api/v1/invoices/" + created.id(), created);
        });
    }

    @GET
    @Path("/invoices")
    @RolesAllowed({Roles.FINANCE, Roles.AGENCY_OFFICER, Roles.COMPANY_MEMBER})
    @Operation(summary = "My agency's or my company's invoices, by due date, with figures as on today")
    public PageDto<InvoiceSummaryDto> list(
            @Parameter(description = "RECEIVED, APPROVED, PARTIALLY_PAID, PAID or DISPUTED") @QueryParam("status")
                    String status,
            @Parameter(description = "true: unpaid after the due date; false: the others") @QueryParam("overdue")
                    String overdue,
            @QueryParam("contractId") String contractId,
            @BeanParam PageParams pages) {
        QueryParams params = new QueryParams();
        InvoiceService.Filter filter = new InvoiceService.Filter(
                params.enumValue("status", status, InvoiceStatus.class),
                params.bool("overdue", overdue),
                params.uuid("contractId", contractId));
        PageRequest page = pages.read(params);
        params.done();
        return invoices.list(filter, page);
    }

    @GET
    @Path("/invoices/{id}")
    @RolesAllowed({Roles.FINANCE, Roles.AGENCY_OFFICER, Roles.COMPANY_MEMBER})
    @Operation(summary = "An invoice with payments, disputes and interest as on a day (default today)")
    @APIResponse(
            responseCode = "200",
            description = "The invoice, with its ETag",
            content = @Content(schema = @Schema(implementation = InvoiceDto.class)))
    public Response get(
            @PathParam("id") UUID id,
            @Parameter(description = "Day the interest is computed for, e.g. 2027-03-01") @QueryParam("asOf")
                    String asOf) {
        InvoiceDto invoice = invoices.get(id, date("asOf", asOf));
        return Response.ok(invoice).tag(ETags.of(invoice.version())).build();
    }

    @GET
    @Path("/invoices/{id}/interest")
    @RolesAllowed({Roles.FINANCE, Roles.AGENCY_OFFICER, Roles.COMPANY_MEMBER})
    @Operation(summary = "Late-payment interest on an invoice as on a day, with its formula inputs")
    public InterestDto interest(
            @PathParam("id") UUID id,
            @Parameter(description = "Day the interest is computed for, e.g. 2027-03-01") @QueryParam("asOf")
                    String asOf) {
        return invoices.interest(id, date("asOf", asOf));
    }

    @POST
    @Path("/invoices/{id}/approve")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Approve a received invoice for payment")
    public InvoiceDto approve(@PathParam("id") UUID id) {
        return invoices.approve(id);
    }

    @POST
    @Path("/invoices/{id}/dispute")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Dispute part or all of an invoice, with a reason; that amount accrues no interest meanwhile")
    public InvoiceDto dispute(@PathParam("id") UUID id, @Valid @NotNull DisputeRequest request) {
        return invoices.dispute(id, request);
    }

    @POST
    @Path("/invoices/{id}/dispute/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "End the open dispute of an invoice")
    public InvoiceDto resolve(@PathParam("id") UUID id, @Valid @NotNull ResolveRequest request) {
        return invoices.resolve(id, request.resolution());
    }

    @POST
    @Path("/invoices/{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(
            summary = "Record a payment (partial allowed)",
            description = "An overpayment answers 409. The answer shows the interest as on the payment day.")
    @APIResponse(
            responseCode = "201",
            description = "The payment and the invoice after it",
            content = @Content(schema = @Schema(implementation = PaymentReceiptDto.class)))
    public Response pay(
            @PathParam("id") UUID id,
            @HeaderParam("Idempotency-Key") String key,
            @Valid @NotNull PaymentRequest request) {
        return idempotency.run(key, "invoice.pay:" + id, request, () -> {
            PaymentReceiptDto receipt = invoices.pay(id, request);
            return Idempotency.created("/api/v1/invoices/" + id, receipt);
        });
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date such as 2027-03-01");
        }
        // interest is worked out day by day: a date centuries away is a mistake, not a question
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw ProblemException.invalid(name, "must be between " + EARLIEST + " and " + LATEST);
        }
        return date;
    }

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
}
