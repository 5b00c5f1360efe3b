package org.challengemarket.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;

/**
 * Bounds a JSON body while it is read, for bodies sent without a {@code Content-Length} (chunked),
 * which {@link RequestSizeLimits} cannot judge up front: at most the limit plus one byte is read.
 */
@Provider
@ApplicationScoped // created at first use: the limit is runtime configuration
public class JsonBodyLimit implements ReaderInterceptor {

    @Inject
    HttpLimits limits;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getMediaType() == null
                || !RequestSizeLimits.isJson(context.getMediaType().toString())) {
            return context.proceed();
        }
        long limit = limits.maxJsonBody().asLongValue();
        byte[] body = context.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        if (body.length > limit) {
            throw new ProblemException(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "JSON request bodies are limited to " + RequestSizeLimits.describe(limit));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
