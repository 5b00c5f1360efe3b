package org.challengemarket.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

    /** The result of verifying the whole chain. */
    public record VerificationDto(boolean valid, long events, Long firstBrokenEvent) {}

    @GET
    @Path("/audit/verify")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Verify the hash chain of the audit log")
    public VerificationDto verify() {
        AuditLog.Verification result = auditLog.verify();
        return new VerificationDto(result.valid(), result.events(), result.firstBrokenSeq());
    }
}
