package org.challengemarket.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.challengemarket.contract.ContractService;
import org.challengemarket.contract.MilestoneStatus;
import org.challengemarket.contract.dto.ContractDtos.ContractDto;
import org.challengemarket.contract.dto.ContractDtos.ContractSummaryDto;
import org.challengemarket.contract.dto.ContractDtos.MilestoneDto;
import org.challengemarket.payment.Invoice;
import org.challengemarket.payment.InvoiceService;
import org.challengemarket.payment.dto.PaymentDtos.InvoiceRequest;
import org.challengemarket.payment.dto.PaymentDtos.InvoiceSummaryDto;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.portal.form.FieldLabels;
import org.challengemarket.portal.form.FormErrors;
import org.challengemarket.portal.web.Views;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Pilot contracts for the two parties: the list, and a contract's page with its milestones and
 * their states, its invoices, and for the company the form that invoices an accepted milestone.
 */
@Path("/contracts")
@PortalPage
@RolesAllowed({Roles.AGENCY_OFFICER, Roles.FINANCE, Roles.COMPANY_MEMBER})
@Produces(MediaType.TEXT_HTML)
public class ContractController {

    /** The caller's contracts. */
    @TemplateData
    public record ListPage(PageDto<ContractSummaryDto> contracts) {}

    /** What the invoice form holds, as typed. */
    @TemplateData
    public record InvoiceForm(
            String milestoneId, String number, String issueDate, String amountExclVat, String vatAmount) {

        public boolean picks(UUID milestone) {
            return milestone.toString().equals(milestoneId);
        }
    }

    /**
     * A contract's page.
     *
     * @param invoiceable accepted milestones without an invoice, offered to the company
     * @param sent the invoice just sent, if any
     */
    @TemplateData
    public record ContractPage(
            ContractDto contract,
            List<InvoiceSummaryDto> invoices,
            boolean company,
            List<MilestoneDto> invoiceable,
            InvoiceForm form,
            FormErrors errors,
            InvoiceSummaryDto sent) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListPage page);

        static native TemplateInstance contract(ContractPage page);
    }

    @Inject
    ContractService contracts;

    @Inject
    InvoiceService invoices;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    Messages msg;

    @Inject
    PaymentMessages paymsg;

    @Inject
    FieldLabels labels;

    @GET
    public TemplateInstance list() {
        return Templates.list(new ListPage(contracts.mine(new PageRequest(1, PageRequest.MAX_SIZE))));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance contract(@PathParam("id") UUID id, @RestQuery String sent) {
        return Templates.contract(page(id, null, FormErrors.none(labels), sent));
    }

    @POST
    @Path("/{id}/invoices")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.COMPANY_MEMBER)
    public Response invoice(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        InvoiceForm form = new InvoiceForm(
                text(body, "milestoneId"),
                text(body, "number"),
                text(body, "issueDate"),
                text(body, "amountExclVat"),
                text(body, "vatAmount"));
        FormErrors refused = new FormErrors(labels);
        UUID milestone = null;
        try {
            milestone = UUID.fromString(form.milestoneId());
        } catch (IllegalArgumentException e) {
            refused.add("milestoneId", paymsg.required());
        }
        if (form.number().isEmpty() || form.number().length() > 50) {
            refused.add("number", paymsg.required());
        }
        LocalDate issued = date(form.issueDate(), "issueDate", refused);
        BigDecimal excl = amount(form.amountExclVat(), "amountExclVat", refused);
        BigDecimal vat = amount(form.vatAmount(), "vatAmount", refused);
        if (refused.isEmpty()) {
            try {
                var created =
                        invoices.submit(id, new InvoiceRequest(milestone, form.number(), issued, excl, vat, "EUR"));
                return Response.seeOther(URI.create("/contracts/" + id + "?sent=" + created.id()))
                        .build();
            } catch (ProblemException e) {
                switch (e.type()) {
                    case RULE_VIOLATION, INVALID_REQUEST, CONFLICT -> {
                        refused.addAll(e.errors());
                        refused.general(e.getMessage());
                    }
                    default -> throw e;
                }
                return Response.status(e.type().status())
                        .entity(Templates.contract(page(id, form, refused, null)))
                        .build();
            }
        }
        refused.general(msg.formRefused());
        return Response.status(400)
                .entity(Templates.contract(page(id, form, refused, null)))
                .build();
    }

    private ContractPage page(UUID id, InvoiceForm typed, FormErrors refused, String sent) {
        ContractDto contract = contracts.get(id);
        List<InvoiceSummaryDto> list = invoices.list(
                        new InvoiceService.Filter(null, null, id), new PageRequest(1, PageRequest.MAX_SIZE))
                .items();
        boolean company = user.hasRole(Roles.COMPANY_MEMBER) && user.actsFor(contract.companyId());
        Set<UUID> invoicedMilestones =
                list.stream().map(InvoiceSummaryDto::milestoneId).collect(Collectors.toSet());
        List<MilestoneDto> invoiceable = company
                ? contract.milestones().stream()
                        .filter(m -> m.status() == MilestoneStatus.ACCEPTED && !invoicedMilestones.contains(m.id()))
                        .toList()
                : List.of();
        InvoiceForm form = typed;
        if (form == null && !invoiceable.isEmpty()) {
            MilestoneDto first = invoiceable.get(0);
            form = new InvoiceForm(
                    first.id().toString(),
                    "",
                    LocalDate.ofInstant(clock.instant(), Views.BRUSSELS).toString(),
                    first.amount().toPlainString(),
                    Invoice.vat(first.amount(), contract.vatRate()).toPlainString());
        }
        InvoiceSummaryDto justSent = sent == null
                ? null
                : list.stream()
                        .filter(i -> i.id().toString().equals(sent))
                        .findFirst()
                        .orElse(null);
        return new ContractPage(contract, list, company, invoiceable, form, refused, justSent);
    }

    private static String text(MultivaluedMap<String, String> body, String name) {
        String value = body.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private LocalDate date(String value, String field, FormErrors refused) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            refused.add(field, paymsg.mustBeDate());
            return null;
        }
    }

    private BigDecimal amount(String value, String field, FormErrors refused) {
        try {
            BigDecimal amount = new BigDecimal(value.replace(",", "."));
            if (amount.signum() < 0 || amount.scale() > 2) {
                throw new NumberFormatException();
            }
            return amount;
        } catch (NumberFormatException e) {
            refused.add(field, paymsg.mustBeAmount());
            return null;
        }
    }
}
