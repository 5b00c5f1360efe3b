package org.challengemarket.payment;

/** The reminders of an invoice. Each happens once; OVERDUE once per late day. */
public enum ReminderKind {
    /** To finance staff, the first reminder days before the due date (7 by default). */
    DUE_IN_7_DAYS,
    /** To finance staff, the second reminder (1 day before by default, or on the day). */
    DUE_TOMORROW,
    /** To finance staff, every day while the invoice is unpaid after its due date. */
    OVERDUE,
    /** To the company, once the invoice is paid in full. */
    PAID
}
