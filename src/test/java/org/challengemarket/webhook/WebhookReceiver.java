package org.challengemarket.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A webhook receiver on 127.0.0.1 for tests: records every request it gets and answers with the
 * status its {@code answer} function gives for the request's number (from 1).
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(String id, String timestamp, String signature, String body) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();

    private WebhookReceiver(IntUnaryOperator answer, String location) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    new String(body, StandardCharsets.UTF_8)));
            int status = answer.applyAsInt(count.incrementAndGet());
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            byte[] reply = status == 204 ? new byte[0] : "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, status == 204 ? -1 : reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    /** Answers every request with {@code status}. */
    static WebhookReceiver answering(int status) throws IOException {
        return new WebhookReceiver(n -> status, null);
    }

    /** Answers with what {@code answer} says for the n-th request. */
    static WebhookReceiver answering(IntUnaryOperator answer) throws IOException {
        return new WebhookReceiver(answer, null);
    }

    /** Answers every request with a redirect to {@code location}. */
    static WebhookReceiver redirectingTo(String location) throws IOException {
        return new WebhookReceiver(n -> 302, location);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
