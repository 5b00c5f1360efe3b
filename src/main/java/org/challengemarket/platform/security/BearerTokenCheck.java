package org.challengemarket.platform.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates every request that sends credentials before it runs, public endpoints included.
 * Authentication is otherwise lazy, so an expired or forged token sent to a public endpoint would
 * pass as anonymous; with this check it answers 401 wherever it is sent.
 */
public class BearerTokenCheck {

    @Inject
    CurrentIdentityAssociation identity;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Void> authenticate(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().voidItem();
        }
        // a token that fails verification fails this Uni; ProblemMappers answers 401
        return identity.getDeferredIdentity().replaceWithVoid();
    }
}
