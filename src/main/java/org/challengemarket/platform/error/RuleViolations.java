package org.challengemarket.platform.error;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one request so the client sees all reasons at once. */
public final class RuleViolations {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public RuleViolations check(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new Problem.FieldError(field, message));
        }
        return this;
    }

    public RuleViolations add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<Problem.FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws a problem of {@code type} listing every collected reason, if there is any. */
    public void throwIfAny(ProblemType type, String detail) {
        if (!errors.isEmpty()) {
            throw new ProblemException(type, detail, errors);
        }
    }
}
