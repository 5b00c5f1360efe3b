package org.challengemarket.portal;

import java.util.Optional;
import org.challengemarket.portal.web.PageNotice;

/** What an evaluation page confirms after a successful form post (Post/Redirect/Get). */
public enum EvaluationNotice implements PageNotice {
    DECLARED,
    RECUSED,
    SCORE_SAVED,
    SCORE_SUBMITTED,
    CONSENSUS_RECORDED;

    /** The notice a {@code notice} query parameter names; unknown values show nothing. */
    public static Optional<EvaluationNotice> parse(String value) {
        return PageNotice.parse(EvaluationNotice.class, value);
    }
}
