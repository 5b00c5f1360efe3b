package org.challengemarket.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.challengemarket.apiclient.ApiClient;
import org.challengemarket.apiclient.ApiClientService;
import org.challengemarket.organisation.dto.OrganisationDtos.OrganisationRef;
import org.challengemarket.platform.dev.DevIssuer;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.security.AuthConfig;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Embedded mode only (absent from production builds): the demo users, and tokens for them and for
 * incubators' API clients from the embedded issuer.
 */
@Path("/dev")
@Tag(name = "Embedded mode")
@IfBuildProfile(anyOf = {"dev", "test"})
@PermitAll
public class DemoUsersResource {

    @Inject
    DemoUsers demoUsers;

    @Inject
    DevIssuer issuer;

    @Inject
    ApiClientService apiClients;

    @Inject
    AuthConfig auth;

    /** A demo user. */
    public record DevUser(String username, String name, List<String> roles, OrganisationRef organisation) {}

    /** A token for a demo user. */
    public record TokenResponse(String access_token, String token_type, long expires_in) {}

    @GET
    @Path("/users")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the demo users")
    public List<DevUser> users() {
        return demoUsers.all().stream()
                .map(u -> new DevUser(u.username(), u.name(), u.roles(), u.organisation()))
                .toList();
    }

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(
            summary = "Issue a token for a demo user, or for an API client",
            description = "With username: a demo user's token. With grant_type=client_credentials and client_id and"
                    + " client_secret (form fields or HTTP Basic): a token of an incubator's API client.")
    public TokenResponse token(
            @FormParam("username") String username,
            @FormParam("grant_type") String grantType,
            @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (auth.keycloak()) {
            throw ProblemException.notFound("The embedded issuer (tokens come from Keycloak in keycloak mode)");
        }
        if (grantType != null && !grantType.isBlank()) {
            if (!"client_credentials".equals(grantType.strip())) {
                throw ProblemException.invalid(
                        "grant_type", "must be client_credentials, or be left out with username");
            }
            return clientToken(clientId, clientSecret, authorization);
        }
        if (username == null || username.isBlank()) {
            throw ProblemException.invalid("username", "is required");
        }
        return demoUsers
                .signIn(username)
                .map(s -> new TokenResponse(s.token(), "Bearer", s.lifetime().toSeconds()))
                .orElseThrow(() -> ProblemException.invalid("username", "is not a demo user; see GET /dev/users"));
    }

    /** The client-credentials grant (RFC 6749 section 4.4) for the API clients of embedded mode. */
    private TokenResponse clientToken(String clientId, String clientSecret, String authorization) {
        String id = clientId;
        String secret = clientSecret;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = basic(authorization.substring(6).strip());
            id = pair[0];
            secret = pair[1];
        }
        ApiClient client = apiClients
                .authenticate(id, secret)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.UNAUTHORIZED, "Unknown API client or wrong secret (client_id, client_secret)"));
        String token = issuer.clientToken(client.id, client.clientId, client.organisationId);
        return new TokenResponse(token, "Bearer", DevIssuer.LIFETIME.toSeconds());
    }

    private static String[] basic(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                return new String[] {
                    URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
                };
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw new ProblemException(
                ProblemType.UNAUTHORIZED, "The Authorization header is not HTTP Basic client:secret");
    }
}
