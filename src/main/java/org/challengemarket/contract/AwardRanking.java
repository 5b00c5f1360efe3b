package org.challengemarket.contract;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The evaluation's ranking of a stage, as the award checks it: proposal ids, best first, or
 * empty when no ranking is available.
 */
@ApplicationScoped
public class AwardRanking {

    /** The decision ranking of a stage, best first. */
    public Optional<List<UUID>> ranking(UUID challengeId, int stage) {
        return Optional.empty();
    }
}
