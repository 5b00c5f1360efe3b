package org.challengemarket.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Settings of webhook delivery; the defaults are the production ones (https only, no loopback). */
@ConfigMapping(prefix = "challengemarket.webhooks")
public interface WebhookConfig {

    /** Whether a webhook URL must use https (embedded mode allows http for local receivers). */
    @WithDefault("true")
    boolean requireHttps();

    /** Whether 127.0.0.1 (and only it) may receive webhooks, for local receivers in embedded mode. */
    @WithDefault("false")
    boolean allowLoopback();

    /** Longest wait for a receiver to accept the connection. */
    @WithDefault("PT5S")
    Duration connectTimeout();

    /** Longest wait for a receiver's answer once connected. */
    @WithDefault("PT5S")
    Duration readTimeout();

    /** Most bytes of a receiver's answer that are read (and kept, cut, in the delivery log). */
    @WithDefault("4096")
    int maxResponseBytes();

    /** Waits between a failed attempt and the next; after the last one the subscription is disabled. */
    @WithDefault("PT1M,PT5M,PT30M,PT2H,PT6H,PT24H")
    List<Duration> retryDelays();

    /**
     * How long a worker holds the deliveries it claimed before another may take them over; longer
     * than the connect and read time-outs together, which is what one attempt may take.
     */
    @WithDefault("PT2M")
    Duration lease();

    /** Most deliveries (and outbox events) one worker pass takes. */
    @WithDefault("50")
    int batchSize();

    /** How long before a stage deadline {@code challenge.deadline_approaching} is sent. */
    @WithDefault("P3D")
    Duration deadlineNotice();

    /** Most subscriptions one organisation may hold (deleted ones not counted). */
    @WithDefault("20")
    int maxSubscriptions();

    /** How often each instance looks for events to fan out and deliveries that are due. */
    @WithDefault("10s")
    String pollInterval();

    /** How often each instance looks for deadlines coming within the notice period. */
    @WithDefault("5m")
    String deadlinePollInterval();

    /** Whether the scheduled workers run in this instance (tests call them directly). */
    @WithDefault("true")
    boolean workersEnabled();
}
