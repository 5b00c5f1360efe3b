package org.challengemarket.portal;

import org.challengemarket.portal.web.PageNotice;

/** What the clarification pages confirm after a successful form post (Post/Redirect/Get). */
public enum QuestionNotice implements PageNotice {
    ASKED,
    ANSWERED,
    EXTENDED
}
