package org.challengemarket.ocds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What an award release publishes: the decision's date and each awarded company with the value
 * of its pilot. Nothing about proposals, scores or evaluators.
 */
public record OcdsAwardFacts(UUID challengeId, Instant awardedAt, List<Award> awards) {

    public OcdsAwardFacts {
        Objects.requireNonNull(challengeId);
        Objects.requireNonNull(awardedAt);
        awards = List.copyOf(awards);
    }

    /** One awarded company and the value of its pilot. */
    public record Award(String companyName, BigDecimal value, String currency) {
        public Award {
            Objects.requireNonNull(companyName);
            Objects.requireNonNull(value);
            Objects.requireNonNull(currency);
        }
    }
}
