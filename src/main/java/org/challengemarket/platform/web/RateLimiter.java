package org.challengemarket.platform.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: a client may burst up to the per-minute rate, and gains tokens back
 * at that rate. Counted per instance; measured with the machine's monotonic timer, not the service
 * clock (which moves in embedded mode).
 */
@ApplicationScoped
public class RateLimiter {

    private static final int MAX_CLIENTS = 100_000;

    @Inject
    RateLimitConfig config;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** The client an anonymous request counts as: its (forwarded) remote address. */
    public static String anonymousClient(HttpServerRequest request) {
        return "address:"
                + (request.remoteAddress() == null
                        ? "unknown"
                        : request.remoteAddress().hostAddress());
    }

    /** Takes one request's token for {@code client}; if none is left, how many seconds until one is. */
    public OptionalLong take(String client) {
        if (!config.enabled()) {
            return OptionalLong.empty();
        }
        double perSecond = config.requestsPerMinute() / 60.0;
        long now = System.nanoTime();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.entrySet().removeIf(e -> e.getValue().isFull(now, perSecond, config.requestsPerMinute()));
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(config.requestsPerMinute(), now));
        return bucket.take(now, perSecond, config.requestsPerMinute());
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized OptionalLong take(long now, double perSecond, int capacity) {
            refill(now, perSecond, capacity);
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            return OptionalLong.of((long) Math.ceil((1 - tokens) / perSecond));
        }

        synchronized boolean isFull(long now, double perSecond, int capacity) {
            refill(now, perSecond, capacity);
            return tokens >= capacity;
        }

        private void refill(long now, double perSecond, int capacity) {
            tokens = Math.min(capacity, tokens + (now - last) / 1e9 * perSecond);
            last = now;
        }
    }
}
