package org.challengemarket.challenge;

/** The kinds of stage a challenge runs through, in their usual order. */
public enum StageKind {
    /** One page: solution idea, team in brief, rough cost band. */
    EXPRESSION_OF_INTEREST,
    /** Approach, work plan, team motivation, implementation cost estimate. */
    FULL_PROPOSAL,
    /** Slot, demo notes, final price for the pilot. */
    PITCH
}
