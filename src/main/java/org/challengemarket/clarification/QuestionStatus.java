package org.challengemarket.clarification;

/** Whether a question has its published answer yet. */
public enum QuestionStatus {
    /** Asked, not yet answered: seen only by the asking company and the agency. */
    OPEN,
    /** Answered: question and answer are public, without the asker. */
    ANSWERED
}
