package org.challengemarket.platform.dev;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.challengemarket.organisation.Member;
import org.challengemarket.organisation.dto.OrganisationDtos.OrganisationRef;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.platform.error.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Embedded mode only (absent from production builds): the demo users, tokens for them, and the
 * service clock a person can move forward to walk a challenge through its deadlines.
 */
@Path("/dev")
@Tag(name = "Embedded mode")
@IfBuildProfile(anyOf = {"dev", "test"})
@PermitAll
public class DevResource {

    @Inject
    DevIssuer issuer;

    @Inject
    ServiceClock clock;

    /** A demo user. */
    public record DevUser(String username, String name, List<String> roles, OrganisationRef organisation) {}

    /** A token for a demo user. */
    public record TokenResponse(String access_token, String token_type, long expires_in) {}

    /** Move the clock forward by an ISO-8601 duration, or reset it to the real time. */
    public record ClockRequest(String advance, Boolean reset) {}

    /** The service clock. */
    public record ClockState(Instant now, String offset) {}

    @GET
    @Path("/users")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "List the demo users")
    public List<DevUser> users() {
        return Member.<Member>list("from Member m join fetch m.organisation o order by o.type, o.name, m.username")
                .stream()
                .map(m -> new DevUser(m.username, m.displayName, m.roles, OrganisationRef.from(m.organisation)))
                .toList();
    }

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Issue a token for a demo user")
    public TokenResponse token(@FormParam("username") String username) {
        if (username == null || username.isBlank()) {
            throw ProblemException.invalid("username", "is required");
        }
        Member member = Member.findByUsername(username.strip())
                .orElseThrow(() -> ProblemException.invalid("username", "is not a demo user; see GET /dev/users"));
        return new TokenResponse(issuer.tokenFor(member), "Bearer", DevIssuer.LIFETIME.toSeconds());
    }

    @GET
    @Path("/clock")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the service clock")
    public ClockState readClock() {
        return new ClockState(clock.instant(), clock.offset().toString());
    }

    @POST
    @Path("/clock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the service clock forward, or reset it")
    public ClockState moveClock(ClockRequest request) {
        if (request == null || (request.advance() == null) == (request.reset() == null)) {
            throw ProblemException.invalid("body", "send either {\"advance\": \"P30D\"} or {\"reset\": true}");
        }
        if (request.reset() != null) {
            if (!request.reset()) {
                throw ProblemException.invalid("reset", "must be true");
            }
            clock.reset();
        } else {
            Duration amount;
            try {
                amount = Duration.parse(request.advance());
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid("advance", "must be an ISO-8601 duration such as P30D or PT6H");
            }
            if (amount.isNegative() || amount.isZero()) {
                throw ProblemException.invalid("advance", "must move the clock forward");
            }
            if (amount.compareTo(Duration.ofDays(3650)) > 0) {
                throw ProblemException.invalid("advance", "must be at most ten years");
            }
            clock.advance(amount);
        }
        return readClock();
    }
}
