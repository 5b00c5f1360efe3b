package org.challengemarket.evaluation;

/** Where an evaluator's score stands: a draft changes freely, a submitted score never again. */
public enum ScoreStatus {
    DRAFT,
    SUBMITTED;

    /** Only a draft may move, and only to submitted. */
    public boolean canMoveTo(ScoreStatus target) {
        return this == DRAFT && target == SUBMITTED;
    }
}
