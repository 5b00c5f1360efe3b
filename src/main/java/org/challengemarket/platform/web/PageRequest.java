package org.challengemarket.platform.web;

import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.error.RuleViolations;

/** Which page of a list is asked for: {@code page} counts from 1, {@code size} is at most 100. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    /** Reads the query parameters, refusing values out of range with a field-level 400. */
    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        new RuleViolations()
                .check(p >= 1, "page", "must be 1 or more")
                .check(p <= 100_000, "page", "must be at most 100000")
                .check(s >= 1 && s <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE)
                .throwIfAny(ProblemType.INVALID_REQUEST, "The page asked for is out of range");
        return new PageRequest(p, s);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
