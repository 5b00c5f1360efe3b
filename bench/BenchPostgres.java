import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.time.Duration;

/**
 * Runs the benchmark's PostgreSQL: the same binaries as the service's embedded mode, its data in
 * the directory given, on the port given, with pg_stat_statements loaded so the harness can count
 * the statements each request sends. Stops the server when this process is stopped. Launched by
 * bench.sh as a single-file program on the packaged service's class path.
 */
public class BenchPostgres {
    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(new File(args[0]))
                .setCleanDataDirectory(false)
                .setPort(Integer.parseInt(args[1]))
                .setPGStartupWait(Duration.ofSeconds(120))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                // the statements a client sends (not those inside functions), without BEGIN/COMMIT
                .setServerConfig("pg_stat_statements.track", "top")
                .setServerConfig("pg_stat_statements.track_utility", "off")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }));
        System.out.println("ready " + postgres.getPort());
        Thread.currentThread().join();
    }
}
