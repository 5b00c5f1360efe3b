package org.challengemarket.challenge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A public search: full text, filters, sort. Every field is optional.
 *
 * @param q words to find (PostgreSQL web-search syntax: quotes, OR, -word)
 * @param deadlineFrom first-stage deadline at or after
 * @param deadlineTo first-stage deadline before
 */
public record ChallengeQuery(
        String q,
        ChallengeStatus status,
        String sector,
        UUID agency,
        BigDecimal budgetMin,
        BigDecimal budgetMax,
        Instant deadlineFrom,
        Instant deadlineTo,
        Sort sort) {

    /** Orders of a result list; each ends with the id so pages never overlap. */
    public enum Sort {
        RELEVANCE("rank desc, c.id"),
        DEADLINE("c.deadline asc nulls last, c.id"),
        DEADLINE_DESC("c.deadline desc nulls last, c.id"),
        PUBLISHED("c.published_at asc nulls last, c.id"),
        PUBLISHED_DESC("c.published_at desc nulls last, c.id"),
        BUDGET("c.budget_amount asc nulls last, c.id"),
        BUDGET_DESC("c.budget_amount desc nulls last, c.id"),
        TITLE("lower(c.title), c.id");

        final String sql;

        Sort(String sql) {
            this.sql = sql;
        }

        /** Reads {@code deadline}, {@code -deadline}, …; null for an unknown value. */
        public static Sort parse(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String name = value.startsWith("-") ? value.substring(1) + "_DESC" : value;
            for (Sort sort : values()) {
                if (sort.name().equalsIgnoreCase(name)) {
                    return sort;
                }
            }
            return null;
        }
    }
}
