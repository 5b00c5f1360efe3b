package org.challengemarket.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.portal.web.PageNotice;
import org.challengemarket.proposal.ProposalService;
import org.challengemarket.proposal.dto.ProposalDtos.ProposalDto;
import org.challengemarket.proposal.dto.ProposalDtos.ReceiptDto;
import org.challengemarket.proposal.dto.ProposalDtos.StageView;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The receipt of a submission, for its company: what was sent, when the server received it, and
 * the SHA-256 of the canonical content, shown so that anyone holding it can recompute the hash.
 */
@Path("/submissions")
@PortalPage
@RolesAllowed(Roles.COMPANY_MEMBER)
@Produces(MediaType.TEXT_HTML)
public class ReceiptController {

    /** A receipt with the proposal and stage it belongs to. */
    @TemplateData
    public record ReceiptPage(ProposalDto proposal, StageView stage, ReceiptDto receipt, Notice notice) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receipt(ReceiptPage page);
    }

    @Inject
    ProposalService proposals;

    @GET
    @Path("/{id}/receipt")
    public TemplateInstance receipt(@PathParam("id") UUID id, @RestQuery String notice) {
        ReceiptDto receipt = proposals.submission(id).receipt();
        ProposalDto proposal = proposals.get(receipt.proposalId());
        StageView stage = proposal.stages().get(receipt.stage() - 1);
        return Templates.receipt(new ReceiptPage(proposal, stage, receipt, PageNotice.of(Notice.class, notice)));
    }

    /** The canonical content byte for byte, to recompute the hash over. */
    @GET
    @Path("/{id}/receipt/content")
    @Produces(MediaType.APPLICATION_JSON)
    public Response content(@PathParam("id") UUID id) {
        ReceiptDto receipt = proposals.submission(id).receipt();
        proposals.get(receipt.proposalId());
        return Response.ok(receipt.canonicalContent().getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"submission-" + id + "-v" + receipt.version() + ".json\"")
                .build();
    }
}
