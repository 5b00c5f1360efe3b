package org.challengemarket.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.challengemarket.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform admin's check that nobody has altered the audit log. */
@Path("/api/v1")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog auditLog;

    /**
     * The result of verifying every chain: events and chains checked, the lowest first broken event
     * of any chain, and each broken chain with its first broken event.
     */
    public record VerificationDto(
            boolean valid, long events, long chains, Long firstBrokenEvent, List<BrokenChainDto> brokenChains) {}

    /** A chain (an organisation's id, {@code system} or {@code legacy}) and its first broken event. */
    public record BrokenChainDto(String chain, long firstBrokenEvent) {}

    @GET
    @Path("/audit/verify")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(
            summary = "Verify the hash chains of the audit log",
            description = "One chain per acting organisation, one (system) for anonymous and system actions, and"
                    + " the closed chain (legacy) of the events written before the log was split")
    public VerificationDto verify() {
        AuditLog.Verification result = auditLog.verify();
        return new VerificationDto(
                result.valid(),
                result.events(),
                result.chains(),
                result.firstBrokenSeq(),
                result.brokenChains().stream()
                        .map(b -> new BrokenChainDto(b.chain(), b.firstBrokenSeq()))
                        .toList());
    }
}
