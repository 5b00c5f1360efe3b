package org.challengemarket.proposal;

/** Where a proposal stands. Final states end the company's part. */
public enum ProposalStatus {
    /** Started; nothing submitted yet in its current stage. */
    DRAFT,
    /** Submitted in its current stage; waits for the deadline and the decision. */
    SUBMITTED,
    /** Chosen to go on: its current stage is the next one. */
    SHORTLISTED,
    NOT_SHORTLISTED,
    AWARDED,
    NOT_AWARDED,
    WITHDRAWN;

    public boolean isFinal() {
        return this == NOT_SHORTLISTED || this == AWARDED || this == NOT_AWARDED || this == WITHDRAWN;
    }
}
