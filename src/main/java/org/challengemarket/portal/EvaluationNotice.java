package org.challengemarket.portal;

import org.challengemarket.portal.web.PageNotice;

/** What an evaluation page confirms after a successful form post (Post/Redirect/Get). */
public enum EvaluationNotice implements PageNotice {
    DECLARED,
    RECUSED,
    SCORE_SAVED,
    SCORE_SUBMITTED,
    CONSENSUS_RECORDED
}
