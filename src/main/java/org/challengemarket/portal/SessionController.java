package org.challengemarket.portal;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.challengemarket.platform.security.AuthConfig;
import org.challengemarket.portal.web.KeycloakLogin;
import org.challengemarket.portal.web.SessionCookie;

/** Signing out: the browser forgets the session cookies, and in keycloak mode Keycloak ends its session too. */
@Path("/sign-out")
@PortalPage
@PermitAll
public class SessionController {

    @Inject
    SessionCookie session;

    @Inject
    AuthConfig auth;

    @Inject
    KeycloakLogin login;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@CookieParam(SessionCookie.ID_TOKEN) String idToken, @Context UriInfo uri) {
        boolean secure = SessionCookie.secure(uri);
        URI next = auth.keycloak() ? login.logoutUri(idToken, uri.getBaseUri().toString()) : URI.create("/");
        return Response.seeOther(next).cookie(session.clearedSession(secure)).build();
    }
}
