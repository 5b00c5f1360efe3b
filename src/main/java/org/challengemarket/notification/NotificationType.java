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
    /** A company's proposal won a pilot contract. */
    AWARDED,
    /** A company's proposal reached the final stage but was not awarded; links to its feedback. */
    NOT_AWARDED,
    /** A pilot contract was signed and is active. */
    CONTRACT_SIGNED,
    /** A pilot contract was terminated. */
    CONTRACT_TERMINATED,
    /** A company marked a milestone delivered; the agency is to accept or reject it. */
    MILESTONE_DELIVERED,
    /** The agency accepted a delivered milestone; it can be invoiced. */
    MILESTONE_ACCEPTED,
    /** The agency rejected a delivered milestone, with a reason. */
    MILESTONE_REJECTED,
    /** A company's invoice was received. */
    INVOICE_RECEIVED,
    /** The agency disputed an invoice, with a reason. */
    INVOICE_DISPUTED,
    /** An invoice is due within days (reminder to finance staff). */
    PAYMENT_DUE_SOON,
    /** An invoice is overdue (daily reminder to finance staff). */
    PAYMENT_OVERDUE,
    /** An invoice was paid in full (to the company). */
    PAYMENT_RECEIVED,
    /** A webhook subscription of the organisation was disabled after its deliveries kept failing. */
    WEBHOOK_DISABLED
}
