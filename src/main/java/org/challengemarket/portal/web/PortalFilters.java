package org.challengemarket.portal.web;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.portal.PortalPage;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Request filters of the portal pages only (name-bound by {@link PortalPage}): an expired
 * sign-in is noticed before a page runs, and every form post must carry the CSRF token of the
 * browser's cookie. The JSON API is not bound, so neither applies to it.
 */
public class PortalFilters {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CurrentUser user;

    @Inject
    Csrf csrf;

    @Inject
    ErrorPages errors;

    @PortalPage
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response checkSession(ContainerRequestContext request) {
        try {
            user.isAnonymous();
            return null;
        } catch (AuthenticationFailedException e) {
            return errors.sessionExpired(request);
        }
    }

    @PortalPage
    @ServerRequestFilter(readBody = true)
    public Response checkCsrf(ResteasyReactiveContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            csrf.getToken(); // issue the cookie now, before the page is written
            return null;
        }
        return csrf.matches(submittedToken(request)) ? null : errors.formExpired();
    }

    private static String submittedToken(ResteasyReactiveContainerRequestContext request) {
        if (request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context
                && context.getFormData() != null) {
            Object value = context.getFormParameter(Csrf.PARAMETER, true, false);
            return value == null ? null : value.toString();
        }
        return null;
    }
}
