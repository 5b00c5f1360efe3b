package org.challengemarket.challenge;

import java.time.Instant;
import java.util.List;

/**
 * What an agency asks to change in a published challenge. Null means "unchanged". Criteria and
 * weights are not here: they never change after publication.
 */
public record Amendment(
        String summary,
        boolean material,
        String title,
        String problemStatement,
        String context,
        String expectedOutcomes,
        List<StageChange> stages) {

    public Amendment {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    /** New dates for one stage, by its position (1-based); null keeps a date. */
    public record StageChange(int position, Instant opensAt, Instant deadline) {}

    /** One recorded change: which field, from what, to what. */
    public record Change(String field, String from, String to) {}
}
