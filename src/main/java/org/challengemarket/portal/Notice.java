package org.challengemarket.portal;

import java.util.Arrays;
import java.util.Optional;

/** What a page confirms after a successful form post (Post/Redirect/Get). */
public enum Notice {
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
    SHORTLISTED;

    /** The notice a {@code notice} query parameter names; unknown values show nothing. */
    public static Optional<Notice> parse(String value) {
        return Arrays.stream(values())
                .filter(n -> n.name().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst();
    }

    public String param() {
        return name().toLowerCase();
    }
}
