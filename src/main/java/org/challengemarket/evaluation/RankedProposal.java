package org.challengemarket.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One line of a complete stage ranking, the input of the shortlist and award decisions. */
public record RankedProposal(
        UUID proposalId, UUID companyId, String companyName, int rank, BigDecimal weightedTotal, Instant submittedAt) {}
