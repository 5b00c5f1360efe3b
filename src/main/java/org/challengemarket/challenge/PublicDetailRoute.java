package org.challengemarket.challenge;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeDetailCache.Detail;
import org.challengemarket.platform.web.ETags;
import org.challengemarket.platform.web.RateLimiter;

/**
 * Answers an anonymous read of a published challenge that this instance holds in memory on the
 * I/O thread, before the REST layer: the most frequent request of the platform (links shared by
 * agencies, feeds, incubators' pages) then costs neither a worker thread nor the database. The
 * answer is the one {@link ChallengeResource#get} gives: the same JSON, strong ETag and 304 on
 * If-None-Match, under the same per-address rate limit. Everything else (credentials or cookies
 * sent, not in memory, limited, not a UUID) goes on to the REST layer unchanged.
 */
@Singleton
class PublicDetailRoute {

    /** After the security headers and size limits, ahead of the REST layer. */
    static final int ORDER = 0;

    private static final String PREFIX = "/api/v1/challenges/";
    private static final int UUID_LENGTH = 36;
    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");

    @Inject
    ChallengeDetails details;

    @Inject
    RateLimiter limiter;

    void install(@Observes Router router) {
        router.get(PREFIX + "*").order(ORDER).handler(this::serve);
    }

    void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        Optional<Detail> detail = anonymous(request) ? cached(context.normalizedPath()) : Optional.empty();
        if (detail.isEmpty() || !withinRate(request)) {
            context.next(); // the REST layer answers, and answers 429 itself when the client is held
            return;
        }
        Detail challenge = detail.get();
        String etag = ETags.of(challenge.version()).toString();
        HttpServerResponse response = context.response().putHeader(HttpHeaders.ETAG, etag);
        if (ETags.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), challenge.version())) {
            response.setStatusCode(304).end();
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(Buffer.buffer(challenge.json()));
        }
    }

    /** No credentials of any kind: a token or a portal cookie is checked by the REST layer. */
    private static boolean anonymous(HttpServerRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getHeader(HttpHeaders.COOKIE) == null;
    }

    private Optional<Detail> cached(String path) {
        if (path.length() != PREFIX.length() + UUID_LENGTH) {
            return Optional.empty();
        }
        try {
            return details.cached(UUID.fromString(path.substring(PREFIX.length())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private boolean withinRate(HttpServerRequest request) {
        return limiter.take(RateLimiter.anonymousClient(request)).isEmpty();
    }
}
