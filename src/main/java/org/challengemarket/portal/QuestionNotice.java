package org.challengemarket.portal;

import java.util.Arrays;
import java.util.Optional;

/** What the clarification pages confirm after a successful form post (Post/Redirect/Get). */
public enum QuestionNotice {
    ASKED,
    ANSWERED,
    EXTENDED;

    /** The notice a {@code notice} query parameter names; unknown values show nothing. */
    public static Optional<QuestionNotice> parse(String value) {
        return Arrays.stream(values())
                .filter(n -> n.name().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst();
    }

    public String param() {
        return name().toLowerCase();
    }
}
