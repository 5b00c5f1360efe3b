package org.challengemarket.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.challengemarket.support.Rows;
import org.junit.jupiter.api.Test;

/** The demo data is seeded once: a restart, or two instances starting together, add nothing. */
@QuarkusTest
class DemoRunnerTest {

    private static final List<String> SEEDED = List.of(
            "select count(*) from organisation",
            "select count(*) from member",
            "select count(*) from challenge c join organisation o on o.id = c.agency_id" + " where o.name = '"
                    + OrganisationSeeder.MOBILITY + "'",
            "select count(*) from proposal p join organisation o on o.id = p.company_id"
                    + " where o.name = 'Routewise BV'",
            "select count(*) from ocds_release r join challenge c on c.id = r.challenge_id" + " where c.title = '"
                    + AwardSeeder.CHALLENGE + "'");

    @Inject
    DemoRunner runner;

    private static List<Long> counts() {
        return SEEDED.stream().map(Rows::count).toList();
    }

    @Test
    void shouldSeedNothingMoreWhenStartedAgainOrTwiceAtOnce() {
        List<Long> before = counts();

        CompletableFuture<Void> otherInstance = CompletableFuture.runAsync(runner::seedOnce);
        runner.seedOnce();
        otherInstance.join();

        assertThat(counts()).isEqualTo(before);
        assertThat(before.get(4)).as("the awarded challenge's open data").isGreaterThanOrEqualTo(4);
    }
}
