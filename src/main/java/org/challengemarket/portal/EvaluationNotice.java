package org.challengemarket.portal;

import java.util.Arrays;
import java.util.Optional;

/** What an evaluation page confirms after a successful form post (Post/Redirect/Get). */
public enum EvaluationNotice {
    DECLARED,
    RECUSED,
    SCORE_SAVED,
    SCORE_SUBMITTED,
    CONSENSUS_RECORDED;

    /** The notice a {@code notice} query parameter names; unknown values show nothing. */
    public static Optional<EvaluationNotice> parse(String value) {
        return Arrays.stream(values())
                .filter(n -> n.name().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst();
    }

    public String param() {
        return name().toLowerCase();
    }
}
