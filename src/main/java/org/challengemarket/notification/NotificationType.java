package org.challengemarket.notification;

/** What a notification tells its recipient about. */
public enum NotificationType {
    /** A company's stage submission was received (with its receipt). */
    SUBMISSION_RECEIVED,
    /** A company's proposal goes on to the next stage. */
    SHORTLISTED,
    /** A company's proposal does not go on. */
    NOT_SHORTLISTED,
    /** A stage deadline moved later, for instance after a late answer to a question. */
    DEADLINE_EXTENDED,
    /** An answer to a clarification question was published. */
    ANSWER_PUBLISHED,
    /** The agency published an amendment to a challenge. */
    CHALLENGE_AMENDED,
    /** The agency cancelled a challenge. */
    CHALLENGE_CANCELLED,
    /** A webhook subscription of the organisation was disabled after its deliveries kept failing. */
    WEBHOOK_DISABLED
}
