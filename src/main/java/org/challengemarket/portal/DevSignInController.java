package org.challengemarket.portal;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.challengemarket.demo.DemoUsers;
import org.challengemarket.demo.DemoUsers.DemoUser;
import org.challengemarket.demo.DemoUsers.SignIn;
import org.challengemarket.platform.security.AuthConfig;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.portal.web.SessionCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Embedded mode's sign-in page (absent from production builds): pick a demo user, and the
 * browser keeps their token in an HttpOnly cookie until it expires or the person signs out.
 */
@Path("/dev/sign-in")
@PortalPage
@PermitAll
@IfBuildProfile(anyOf = {"dev", "test"})
@Produces(MediaType.TEXT_HTML)
public class DevSignInController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(List<DemoUser> users, String next, boolean error);
    }

    @Inject
    DemoUsers demoUsers;

    @Inject
    SessionCookie session;

    @Inject
    AuthConfig auth;

    @GET
    public Response page(@RestQuery String next) {
        if (auth.keycloak()) {
            // people sign in at Keycloak in keycloak mode
            return Response.seeOther(URI.create("/sign-in")).build();
        }
        return Response.ok(Templates.signIn(demoUsers.all(), localPath(next).orElse(null), false))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String username, @RestForm String next, @Context UriInfo uri) {
        Optional<SignIn> signIn = demoUsers.signIn(username);
        if (signIn.isEmpty()) {
            return Response.status(400)
                    .entity(Templates.signIn(demoUsers.all(), localPath(next).orElse(null), true))
                    .build();
        }
        SignIn granted = signIn.get();
        String start =
                localPath(next).orElse(granted.roles().contains(Roles.AGENCY_OFFICER) ? "/agency/challenges" : "/");
        boolean secure = SessionCookie.secure(uri);
        return Response.seeOther(URI.create(start))
                .cookie(session.holding(granted.token(), granted.lifetime(), secure))
                .build();
    }

    /** Only a path of this site is a place to return to, never another site. */
    static Optional<String> localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return Optional.empty();
        }
        return Optional.of(next);
    }
}
