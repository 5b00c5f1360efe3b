package org.challengemarket.portal;

import org.challengemarket.portal.web.PageNotice;

/** What a page confirms after a successful form post (Post/Redirect/Get). */
public enum Notice implements PageNotice {
    CREATED,
    SAVED,
    PUBLISHED,
    AMENDED,
    CANCELLED,
    PROPOSAL_STARTED,
    DRAFT_SAVED,
    SUBMITTED,
    WITHDRAWN,
    ATTACHMENT_ADDED,
    ATTACHMENT_REMOVED,
    PROFILE_SAVED,
    SHORTLISTED
}
