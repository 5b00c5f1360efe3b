package org.challengemarket.portal.web;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.util.Set;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.portal.PortalPage;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Filters of the portal pages only (name-bound by {@link PortalPage}): an expired sign-in is
 * noticed before a page runs, every form post must carry the CSRF token of the browser's cookie,
 * and whatever error ends a page is answered with an error page. The JSON API is not bound, so
 * none of them applies to it.
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

    /**
     * The one exception mapper of the portal: an exception that ended a page (which the API's
     * mappers already turned into problem+json) is answered with its error page instead. It runs
     * before the template filter, which renders the page.
     */
    @PortalPage
    @ServerResponseFilter(priority = Priorities.USER + 1)
    public void errorPage(ContainerRequestContext request, ContainerResponseContext response, Throwable error) {
        if (error == null || answered(error)) {
            return;
        }
        Response page = errors.of(error, request);
        response.setStatus(page.getStatus());
        response.getHeaders().clear();
        response.getHeaders().putAll(page.getHeaders());
        if (page.hasEntity()) {
            response.setEntity(page.getEntity(), new Annotation[0], page.getMediaType());
        } else {
            response.setEntity(null);
        }
    }

    /** A web exception that carries its own response is answered with it, as JAX-RS does. */
    private static boolean answered(Throwable error) {
        return error instanceof WebApplicationException w
                && w.getResponse() != null
                && w.getResponse().hasEntity();
    }
}
