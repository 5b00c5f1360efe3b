package org.challengemarket.contract;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;

/** Policy settings for awards and pilot contracts, with the defaults of the Belgian programme. */
@ConfigMapping(prefix = "challengemarket.contract")
public interface ContractConfig {

    /** Time from the award notice before any contract may be signed. */
    @WithDefault("P10D")
    Duration standstill();

    /** Time the agency has to accept or reject a delivered milestone (inside the payment term). */
    @WithDefault("P30D")
    Duration acceptancePeriod();

    /** Payment term of a contract, in days, verification included, unless the contract says otherwise. */
    @WithDefault("30")
    int defaultPaymentTermDays();

    /** Longest payment term a contract may set, in days; above the default it needs a written justification. */
    @WithDefault("60")
    int maximumPaymentTermDays();

    /** VAT rate (percent) a new contract starts with. */
    @WithDefault("21.00")
    BigDecimal defaultVatRate();
}
