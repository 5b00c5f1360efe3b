package org.challengemarket.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.error.VertxProblemWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared {@code Content-Length} is above a limit before its body is
 * read: JSON above {@code challengemarket.http.max-json-body}, anything above {@code
 * quarkus.http.limits.max-body-size}. It runs ahead of Quarkus's own size check, which would
 * answer a bare 413, so the refusal is problem+json like every other error. Bodies sent without a
 * length are bounded while they are read ({@link JsonBodyLimit}).
 */
@Singleton
public class RequestSizeLimits {

    /** Before Quarkus's max-body-size route, which has order -2. */
    static final int ORDER = -3;

    @Inject
    HttpLimits limits;

    @Inject
    VertxProblemWriter problems;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        long declared = declaredLength(request.getHeader(HttpHeaders.CONTENT_LENGTH));
        long jsonLimit = limits.maxJsonBody().asLongValue();
        if (declared > jsonLimit && isJson(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            refuse(context, "JSON request bodies are limited to " + describe(jsonLimit));
        } else if (maxBodySize.isPresent() && declared > maxBodySize.get().asLongValue()) {
            refuse(
                    context,
                    "Request bodies are limited to "
                            + describe(maxBodySize.get().asLongValue()));
        } else {
            context.next();
        }
    }

    /** The body is left unread, so the connection cannot carry another request. */
    private void refuse(RoutingContext context, String detail) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        context.response().endHandler(ended -> context.request().connection().close());
        problems.end(context, ProblemType.PAYLOAD_TOO_LARGE, detail);
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1; // the HTTP codec refuses a malformed length itself
        }
    }

    /** True for {@code application/json} and {@code application/*+json}, with any parameters. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
    }

    /** A size for people: {@code 1 MB}, {@code 512 KB} or {@code 100 bytes}. */
    static String describe(long bytes) {
        long mb = 1024L * 1024L;
        if (bytes >= mb && bytes % mb == 0) {
            return bytes / mb + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
