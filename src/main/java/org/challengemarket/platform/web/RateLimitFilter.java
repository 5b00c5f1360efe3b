package org.challengemarket.platform.web;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.OptionalLong;
import org.challengemarket.platform.error.Problem;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds visitors and incubators (people and API clients) of the API and the feeds to a request
 * rate per client; beyond it they get 429 with Retry-After. Agencies, companies and the lab work
 * through the API for their daily work and are not held.
 */
public class RateLimitFilter {

    @Inject
    RateLimiter limiter;

    @Inject
    CurrentUser user;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION - 10)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/v1") && !path.startsWith("/feeds")) {
            return null;
        }
        String client;
        try {
            if (user.isAnonymous()) {
                client = RateLimiter.anonymousClient(http);
            } else if (user.hasRole(Roles.INCUBATOR)) {
                client = "subject:" + user.subject();
            } else {
                return null;
            }
        } catch (AuthenticationFailedException e) {
            return null; // the request is answered 401 further on
        }
        OptionalLong wait = limiter.take(client);
        if (wait.isEmpty()) {
            return null;
        }
        long seconds = Math.max(1, wait.getAsLong());
        return Response.status(429)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .entity(Problem.of(
                        ProblemType.TOO_MANY_REQUESTS,
                        "This client sent more requests than its rate allows; retry in " + seconds + " s",
                        "/" + path.replaceFirst("^/", ""),
                        List.of()))
                .build();
    }
}
