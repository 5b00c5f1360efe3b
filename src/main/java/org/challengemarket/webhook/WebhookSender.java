package org.challengemarket.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Posts one signed webhook message. Redirects are never followed (a 3xx is a failure), time-outs
 * are short, only the first bytes of an answer are read, and the URL's addresses are checked again
 * just before sending, so a name that now resolves inside our network is refused.
 */
@ApplicationScoped
public class WebhookSender {

    /** What a receiver answered: a status, or why there was none. */
    public record Outcome(Integer status, String error, long durationMs) {
        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    @Inject
    WebhookConfig config;

    @Inject
    HostResolver resolver;

    private volatile HttpClient client;

    public Outcome send(String url, String id, long timestamp, String signature, String body) {
        long start = System.nanoTime();
        var refusal = new WebhookUrlPolicy(config.requireHttps(), config.allowLoopback(), resolver).refusal(url);
        if (refusal.isPresent()) {
            return new Outcome(null, "URL refused: it " + refusal.get(), 0);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.strip()))
                .timeout(config.readTimeout())
                .header("content-type", "application/json")
                .header("user-agent", "ChallengeMarket-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                in.readNBytes(config.maxResponseBytes()); // read no more than this, whatever is sent
            }
            int status = response.statusCode();
            String error = status >= 300 && status < 400
                    ? "redirect to " + response.headers().firstValue("location").orElse("?") + " not followed"
                    : status >= 400 ? "receiver answered " + status : null;
            return new Outcome(status, error, millisSince(start));
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "timed out", millisSince(start));
        } catch (IOException e) {
            return new Outcome(null, "could not deliver: " + e.getClass().getSimpleName(), millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", millisSince(start));
        }
    }

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(config.connectTimeout())
                    .build();
        }
        return client;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
