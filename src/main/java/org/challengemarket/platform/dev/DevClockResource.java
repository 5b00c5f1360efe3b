package org.challengemarket.platform.dev;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.platform.error.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Embedded mode only (absent from production builds): the service clock a person can move forward
 * to walk a challenge through its deadlines. The demo users and their tokens are the demo
 * package's.
 */
@Path("/dev/clock")
@Tag(name = "Embedded mode")
@IfBuildProfile(anyOf = {"dev", "test"})
@PermitAll
public class DevClockResource {

    @Inject
    ServiceClock clock;

    /** Move the clock forward by an ISO-8601 duration, or reset it to the real time. */
    public record ClockRequest(String advance, Boolean reset) {}

    /** The service clock. */
    public record ClockState(Instant now, String offset) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the service clock")
    public ClockState readClock() {
        return new ClockState(clock.instant(), clock.offset().toString());
    }

    @POST
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
            clock.advance(forward(request.advance()));
        }
        return readClock();
    }

    private static Duration forward(String advance) {
        Duration amount;
        try {
            amount = Duration.parse(advance);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("advance", "must be an ISO-8601 duration such as P30D or PT6H");
        }
        if (amount.isNegative() || amount.isZero()) {
            throw ProblemException.invalid("advance", "must move the clock forward");
        }
        if (amount.compareTo(Duration.ofDays(3650)) > 0) {
            throw ProblemException.invalid("advance", "must be at most ten years");
        }
        return amount;
    }
}
