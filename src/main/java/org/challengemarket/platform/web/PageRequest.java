package org.challengemarket.platform.web;

import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.error.RuleViolations;

/** Which page of a list is asked for: {@code page} counts from 1, {@code size} is at most 100. */
public record PageRequest(int page, int size) {

    public static final int MAX_PAGE = 100_000;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    /** Reads the query parameters, refusing values out of range with a field-level 400. */
    public static PageRequest of(Integer page, Integer size) {
        RuleViolations violations = new RuleViolations();
        PageRequest request = of(page, size, violations);
        violations.throwIfAny(ProblemType.INVALID_REQUEST, "The page asked for is out of range");
        return request;
    }

    /** The page asked for, or null after adding to {@code violations} why it is out of range. */
    static PageRequest of(Integer page, Integer size, RuleViolations violations) {
        int p = page == null ? 1 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        boolean pageOk = p >= 1 && p <= MAX_PAGE;
        boolean sizeOk = s >= 1 && s <= MAX_SIZE;
        violations
                .check(pageOk, "page", "must be between 1 and " + MAX_PAGE)
                .check(sizeOk, "size", "must be between 1 and " + MAX_SIZE);
        return pageOk && sizeOk ? new PageRequest(p, s) : null;
    }

    public int offset() {
        return (page - 1) * size;
    }
}
