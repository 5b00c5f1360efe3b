package org.challengemarket.challenge;

import java.time.Instant;

/**
 * A stage deadline moved later, recorded as a public amendment.
 *
 * @param amendmentNumber the number of the amendment that records it
 * @param stage the stage's position (1-based)
 */
public record DeadlineExtension(int amendmentNumber, int stage, Instant previousDeadline, Instant newDeadline) {}
