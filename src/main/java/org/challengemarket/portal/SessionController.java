package org.challengemarket.portal;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.challengemarket.portal.web.ErrorPages;
import org.challengemarket.portal.web.SessionCookie;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Signing out: the browser forgets the token cookie. */
@Path("/sign-out")
@PortalPage
@PermitAll
public class SessionController {

    @Inject
    SessionCookie session;

    @Inject
    ErrorPages errors;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@Context UriInfo uri) {
        boolean secure = "https".equalsIgnoreCase(uri.getRequestUri().getScheme());
        return Response.seeOther(URI.create("/"))
                .cookie(session.cleared(secure))
                .build();
    }

    @ServerExceptionMapper
    Response error(Throwable e, ContainerRequestContext request) {
        return errors.of(e, request);
    }
}
