package org.challengemarket.challenge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import org.challengemarket.platform.money.Money;

/** Policy settings for challenges, with the defaults of the Belgian programme. */
@ConfigMapping(prefix = "challengemarket.challenge")
public interface ChallengeConfig {

    /** Highest value of one pilot contract, excluding VAT (Belgian low-value limit). */
    @WithDefault("30000.00")
    BigDecimal contractCap();

    /** Currency of the cap; budgets must be in it. */
    @WithDefault("EUR")
    String currency();

    /** Minimum time the first stage stays open after publication. */
    @WithDefault("P15D")
    Duration minimumOpenPeriod();

    /** Minimum time an open stage must still run after a material amendment. */
    @WithDefault("P7D")
    Duration materialAmendmentPeriod();

    /** Languages (ISO 639-1) a challenge may be run in. */
    @WithDefault("nl,fr,de,en")
    Set<String> languages();

    /** Published challenges whose public detail each instance keeps in memory (0 turns the cache off). */
    @WithDefault("20000")
    int detailCacheSize();

    /**
     * Public search pages (query and page) each instance keeps in memory until any challenge changes
     * (0 turns the cache off; it is also off while the detail cache is).
     */
    @WithDefault("500")
    int searchCacheSize();

    default PublicationRules rules() {
        return new PublicationRules(
                new Money(contractCap(), currency()), minimumOpenPeriod(), materialAmendmentPeriod(), languages());
    }
}
