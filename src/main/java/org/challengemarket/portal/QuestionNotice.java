package org.challengemarket.portal;

import java.util.Optional;
import org.challengemarket.portal.web.PageNotice;

/** What the clarification pages confirm after a successful form post (Post/Redirect/Get). */
public enum QuestionNotice implements PageNotice {
    ASKED,
    ANSWERED,
    EXTENDED;

    /** The notice a {@code notice} query parameter names; unknown values show nothing. */
    public static Optional<QuestionNotice> parse(String value) {
        return PageNotice.parse(QuestionNotice.class, value);
    }
}
