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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.challengemarket.contract.ContractService;
import org.challengemarket.contract.MilestoneStatus;
import org.challengemarket.contract.dto.ContractDtos.ContractDto;
import org.challengemarket.contract.dto.ContractDtos.ContractSummaryDto;
import org.challengemarket.contract.dto.ContractDtos.MilestoneDto;
import org.challengemarket.payment.InvoiceService;
import org.challengemarket.payment.dto.PaymentDtos.InvoiceDto;
import org.challengemarket.payment.dto.PaymentDtos.InvoiceRequest;
import org.challengemarket.payment.dto.PaymentDtos.InvoiceSummaryDto;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.portal.form.FormErrors;
import org.challengemarket.portal.form.Forms;
import org.challengemarket.portal.form.InvoiceForm;
import org.challengemarket.portal.form.Refusal;
import org.challengemarket.portal.messages.PaymentMessages;
import org.challengemarket.portal.web.PostAnswer;
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
    Forms forms;

    @Inject
    PaymentMessages paymentMsg;

    @GET
    public TemplateInstance list() {
        return Templates.list(new ListPage(contracts.mine(new PageRequest(1, PageRequest.MAX_SIZE))));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance contract(@PathParam("id") UUID id, @RestQuery String sent) {
        return Templates.contract(page(id, null, forms.errors(), sent));
    }

    @POST
    @Path("/{id}/invoices")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.COMPANY_MEMBER)
    public Response invoice(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        InvoiceForm form = InvoiceForm.read(body);
        FormErrors refused = forms.errors();
        InvoiceRequest request = form.toRequest(refused, paymentMsg);
        return PostAnswer.of(
                refused,
                forms.refusedSummary(),
                Refusal.showing(ProblemType.RULE_VIOLATION, ProblemType.INVALID_REQUEST, ProblemType.CONFLICT),
                () -> {
                    InvoiceDto sent = invoices.submit(id, request);
                    return PostAnswer.seeOther("/contracts/" + id + "?sent=" + sent.id());
                },
                () -> Templates.contract(page(id, form, refused, null)));
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
                        .filter(milestone -> milestone.status() == MilestoneStatus.ACCEPTED
                                && !invoicedMilestones.contains(milestone.id()))
                        .toList()
                : List.of();
        InvoiceForm form = typed;
        if (form == null && !invoiceable.isEmpty()) {
            form = InvoiceForm.of(
                    invoiceable.get(0), LocalDate.ofInstant(clock.instant(), Views.BRUSSELS), contract.vatRate());
        }
        InvoiceSummaryDto justSent = sent == null
                ? null
                : list.stream()
                        .filter(invoice -> invoice.id().toString().equals(sent))
                        .findFirst()
                        .orElse(null);
        return new ContractPage(contract, list, company, invoiceable, form, refused, justSent);
    }
}
