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
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.portal.messages.ProposalMessages;
import org.challengemarket.portal.web.PageNotice;
import org.challengemarket.portal.web.PostAnswer;
import org.challengemarket.proposal.ProposalService;
import org.challengemarket.proposal.dto.ProposalDtos.ProposalDto;
import org.challengemarket.proposal.dto.ProposalDtos.ProposalSummary;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A company's proposals: "my proposals", starting one and withdrawing it. The stages of a
 * proposal are {@link ProposalStageController}'s.
 */
@Path("/proposals")
@PortalPage
@RolesAllowed(Roles.COMPANY_MEMBER)
@Produces(MediaType.TEXT_HTML)
public class ProposalController {

    /** The links of "my proposals" pages. */
    @TemplateData
    public record ListLinks() {
        public String pageLink(int page) {
            return "/proposals?page=" + page;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(PageDto<ProposalSummary> proposals, ListLinks links, Notice notice);

        static native TemplateInstance withdraw(ProposalDto proposal);
    }

    @Inject
    ProposalService proposals;

    @Inject
    PortalConfig portal;

    @Inject
    ProposalMessages proposalMsg;

    @GET
    public TemplateInstance mine(@RestQuery Integer page, @RestQuery String notice) {
        PageRequest request = PageRequest.of(page == null ? 1 : Math.max(1, page), portal.pageSize());
        return Templates.mine(proposals.mine(request), new ListLinks(), PageNotice.of(Notice.class, notice));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm String challengeId) {
        ProposalDto started = proposals.start(challengeUuid(challengeId));
        return PostAnswer.seeOther(ProposalStageController.stagePath(started.id(), 1), Notice.PROPOSAL_STARTED);
    }

    @GET
    @Path("/{id}")
    public Response current(@PathParam("id") UUID id) {
        ProposalDto proposal = proposals.get(id);
        return PostAnswer.seeOther(ProposalStageController.stagePath(id, proposal.stage()));
    }

    @GET
    @Path("/{id}/withdraw")
    public TemplateInstance withdrawForm(@PathParam("id") UUID id) {
        ProposalDto proposal = proposals.get(id);
        if (proposal.status().isFinal()) {
            throw ProblemException.conflict(proposalMsg.proposalClosed(proposal.status()));
        }
        return Templates.withdraw(proposal);
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") UUID id) {
        proposals.withdraw(id);
        return PostAnswer.seeOther("/proposals", Notice.WITHDRAWN);
    }

    /** A challenge id that does not parse names no challenge. */
    private static UUID challengeUuid(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Challenge " + value);
        }
    }
}
