package org.challengemarket.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.challengemarket.platform.error.Problem.FieldError;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;

/** Assertions on the refusals of domain verbs, for tests without a container. */
public final class Refusals {

    private Refusals() {}

    /** Asserts that {@code action} is refused with a problem of {@code type} saying {@code detail}. */
    public static void assertRefused(ThrowingCallable action, ProblemType type, String detail) {
        ProblemException refusal = refusal(action, type);
        assertThat(refusal.getMessage()).isEqualTo(detail);
    }

    /** The reasons, field by field, of the problem of {@code type} that {@code action} is refused with. */
    public static List<FieldError> fieldErrors(ThrowingCallable action, ProblemType type) {
        return refusal(action, type).errors();
    }

    /** The fields the reasons are on, in order. */
    public static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    private static ProblemException refusal(ThrowingCallable action, ProblemType type) {
        Throwable thrown = catchThrowable(action);
        assertThat(thrown)
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(type));
        return (ProblemException) thrown;
    }
}
