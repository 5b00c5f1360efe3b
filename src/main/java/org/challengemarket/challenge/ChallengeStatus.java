package org.challengemarket.challenge;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of a challenge, with the transitions each state allows. */
public enum ChallengeStatus {
    DRAFT,
    PUBLISHED,
    IN_EVALUATION,
    AWARDED,
    CLOSED,
    CANCELLED;

    /** The states this one may move to. */
    public Set<ChallengeStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED);
            case PUBLISHED -> EnumSet.of(IN_EVALUATION, CANCELLED);
            case IN_EVALUATION -> EnumSet.of(AWARDED, CANCELLED);
            case AWARDED -> EnumSet.of(CLOSED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(ChallengeStatus.class);
        };
    }

    public boolean canMoveTo(ChallengeStatus target) {
        return next().contains(target);
    }

    /** Published content (everything but drafts) is public. */
    public boolean isPublic() {
        return this != DRAFT;
    }

    /** Amendments are possible while companies can still act on the challenge. */
    public boolean isAmendable() {
        return this == PUBLISHED || this == IN_EVALUATION;
    }
}
