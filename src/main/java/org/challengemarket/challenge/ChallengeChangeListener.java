package org.challengemarket.challenge;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on its own PostgreSQL connection for the {@value #CHANNEL} notifications that the
 * database sends when a challenge, its stages or amendments, or an agency's name change (triggers
 * of migration V50, so every writer on every instance is covered, in the transaction of the
 * change), and evicts the challenge from this instance's {@link ChallengeDetailCache}. While the
 * connection is down the cache is off; it comes back empty once listening again.
 */
public class ChallengeChangeListener implements AutoCloseable {

    /** The channel the V50 triggers notify; the payload is a challenge id, or {@code *} for all. */
    public static final String CHANNEL = "challenge_changed";

    private static final Logger LOG = Logger.getLogger(ChallengeChangeListener.class);
    private static final int POLL_MILLIS = 500;
    private static final long RETRY_MILLIS = 1000;

    private final String url;
    private final String user;
    private final String password;
    private final ChallengeDetailCache cache;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;

    public ChallengeChangeListener(String url, String user, String password, ChallengeDetailCache cache) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.cache = cache;
        this.thread = new Thread(this::run, "challenge-change-listener");
        this.thread.setDaemon(true);
    }

    public ChallengeChangeListener start() {
        thread.start();
        return this;
    }

    private void run() {
        while (running) {
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                connection = c;
                try (Statement listen = c.createStatement()) {
                    listen.execute("listen " + CHANNEL);
                }
                cache.enable();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            evict(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.disable();
                if (running) {
                    LOG.warnf(
                            "Not listening for challenge changes (%s); the detail cache is off until reconnected",
                            e.getMessage());
                    pause();
                }
            } finally {
                connection = null;
            }
        }
        cache.disable();
    }

    private void evict(String payload) {
        if ("*".equals(payload)) {
            cache.evictAll();
            return;
        }
        try {
            cache.evict(UUID.fromString(payload));
        } catch (IllegalArgumentException e) {
            cache.evictAll();
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        cache.disable();
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
