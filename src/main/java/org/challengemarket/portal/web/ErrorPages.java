package org.challengemarket.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.security.AuthConfig;
import org.challengemarket.portal.PortalConfig;
import org.challengemarket.portal.web.KeycloakLogin.Tokens;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * Error pages of the portal: what a person sees instead of the API's problem+json when a page
 * is not found, forbidden, needs a sign-in, or fails. The API keeps its own mappers.
 */
@ApplicationScoped
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    /** The kinds of error page, each with its own title and explanation. */
    public enum Kind {
        NOT_FOUND,
        FORBIDDEN,
        SIGN_IN,
        SESSION_EXPIRED,
        FORM_EXPIRED,
        CONFLICT,
        BAD_REQUEST,
        INTERNAL
    }

    /**
     * One error page.
     *
     * @param detail what the service said, shown for refusals a person can act on; may be null
     * @param signInHref where to sign in, for the pages that ask for it
     */
    public record ErrorView(int status, Kind kind, String detail, String incident, String signInHref) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(ErrorView error);
    }

    @Inject
    PortalConfig config;

    @Inject
    SessionCookie session;

    @Inject
    AuthConfig auth;

    @Inject
    KeycloakLogin login;

    /** The page for an exception thrown while serving a portal page. */
    public Response of(Throwable error, ContainerRequestContext request) {
        if (error instanceof ProblemException problem) {
            return problem(problem, request);
        }
        if (error instanceof AuthenticationFailedException) {
            return sessionExpired(request);
        }
        if (error instanceof UnauthorizedException) {
            return page(401, Kind.SIGN_IN, null, request);
        }
        if (error instanceof ForbiddenException) {
            return page(403, Kind.FORBIDDEN, null, request);
        }
        if (error instanceof OptimisticLockException || error instanceof StaleStateException) {
            return page(409, Kind.CONFLICT, null, request);
        }
        if (error instanceof WebApplicationException w && w.getResponse() != null) {
            int status = w.getResponse().getStatus();
            if (status == 404) {
                return page(404, Kind.NOT_FOUND, null, request);
            }
            if (status >= 400 && status < 500) {
                return page(status, Kind.BAD_REQUEST, null, request);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(error, "Unexpected error on a portal page, incident %s", incident);
        return render(new ErrorView(500, Kind.INTERNAL, null, incident, null));
    }

    /**
     * A token that no longer verifies. In keycloak mode it is renewed with the refresh token and
     * the request repeated, or else a page read goes to Keycloak's sign-in again. In embedded mode
     * the browser forgets it and a page read is simply repeated without it. A form post that cannot
     * be repeated asks to sign in again.
     */
    public Response sessionExpired(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        boolean secure = SessionCookie.secure(uri);
        boolean read = HttpMethod.GET.equals(request.getMethod());
        if (auth.keycloak()) {
            // Keycloak's access tokens live minutes: renew with the refresh token and repeat the request
            // (307 repeats a form post with its body); when that fails, sign in again at Keycloak
            Cookie refresh = request.getCookies().get(SessionCookie.REFRESH);
            Optional<Tokens> renewed = login.refresh(refresh == null ? null : refresh.getValue());
            if (renewed.isPresent()) {
                Tokens tokens = renewed.get();
                return Response.status(read ? 303 : 307)
                        .location(uri.getRequestUri())
                        .cookie(session.holdingSession(
                                        tokens.accessToken(),
                                        tokens.refreshToken(),
                                        tokens.idToken(),
                                        tokens.session(),
                                        secure)
                                .toArray(NewCookie[]::new))
                        .build();
            }
            if (read) {
                return Response.seeOther(URI.create(signInHref(request)))
                        .cookie(session.clearedSession(secure))
                        .build();
            }
        } else if (read) {
            return Response.seeOther(uri.getRequestUri())
                    .cookie(session.cleared(secure))
                    .build();
        }
        Response page = page(401, Kind.SESSION_EXPIRED, null, request);
        return Response.fromResponse(page)
                .cookie(session.clearedSession(secure))
                .build();
    }

    /** A form post whose CSRF token is missing or wrong. */
    public Response formExpired() {
        return render(new ErrorView(403, Kind.FORM_EXPIRED, null, null, null));
    }

    private Response problem(ProblemException problem, ContainerRequestContext request) {
        return switch (problem.type()) {
            case NOT_FOUND -> page(404, Kind.NOT_FOUND, null, request);
            case FORBIDDEN -> page(403, Kind.FORBIDDEN, problem.getMessage(), request);
            case UNAUTHORIZED -> page(401, Kind.SIGN_IN, null, request);
            case CONFLICT, PRECONDITION_FAILED -> page(409, Kind.CONFLICT, problem.getMessage(), request);
            default -> page(problem.type().status(), Kind.BAD_REQUEST, problem.getMessage(), request);
        };
    }

    private Response page(int status, Kind kind, String detail, ContainerRequestContext request) {
        String signIn = kind == Kind.SIGN_IN || kind == Kind.SESSION_EXPIRED ? signInHref(request) : null;
        return render(new ErrorView(status, kind, detail, null, signIn));
    }

    private String signInHref(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod())) {
            return signInPath();
        }
        UriInfo uri = request.getUriInfo();
        String query = uri.getRequestUri().getRawQuery();
        String next = uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
        return signInPath() + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    private String signInPath() {
        return auth.keycloak() ? "/sign-in" : config.signInPath();
    }

    private static Response render(ErrorView view) {
        return Response.status(view.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(view))
                .build();
    }
}
