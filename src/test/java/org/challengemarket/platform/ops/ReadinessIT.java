package org.challengemarket.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.challengemarket.support.ServiceProcess;
import org.junit.jupiter.api.Test;

/** An instance whose database goes away is still alive but no longer ready, so traffic moves elsewhere. */
class ReadinessIT {

    @Test
    void readinessGoesDownWhileTheDatabaseIsUnreachableAndLivenessStaysUp() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (ServiceProcess service = ServiceProcess.start(ProductionProfileIT.productionSettings(postgres))
                .awaitReady(Duration.ofSeconds(90))) {
            assertThat(service.status("/q/health/live")).isEqualTo(200);
            assertThat(service.status("/q/health/ready")).isEqualTo(200);

            postgres.close();

            assertThat(statusWithin(service, "/q/health/ready", 503, Duration.ofSeconds(30)))
                    .isEqualTo(503);
            assertThat(service.status("/q/health/live")).isEqualTo(200);
        } finally {
            postgres.close();
        }
    }

    /** Polls until the path answers {@code expected} or the time is up; answers the last status seen. */
    private static int statusWithin(ServiceProcess service, String path, int expected, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        int status = service.status(path);
        while (status != expected && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            status = service.status(path);
        }
        return status;
    }
}
