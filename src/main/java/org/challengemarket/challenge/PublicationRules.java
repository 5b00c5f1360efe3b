package org.challengemarket.challenge;

import java.time.Duration;
import java.util.Set;
import org.challengemarket.platform.money.Money;

/**
 * The policy numbers a publication and an amendment are checked against. They are data with
 * defaults (see {@link ChallengeConfig}), not constants.
 *
 * @param contractCap the highest value of one pilot contract (excl. VAT); its currency is the only
 *     one accepted for budgets
 * @param minimumOpenPeriod how long the first stage must stay open after publication
 * @param materialAmendmentPeriod how long an open stage must still run after a material amendment
 * @param languages the languages a challenge may be run in
 */
public record PublicationRules(
        Money contractCap, Duration minimumOpenPeriod, Duration materialAmendmentPeriod, Set<String> languages) {}
