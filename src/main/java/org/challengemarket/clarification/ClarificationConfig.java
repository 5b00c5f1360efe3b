package org.challengemarket.clarification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Policy settings for clarification questions, with the programme's defaults. */
@ConfigMapping(prefix = "challengemarket.clarification")
public interface ClarificationConfig {

    /** How long before the deadline of the stage that is open questions close. */
    @WithDefault("P10D")
    Duration questionCutoff();

    /**
     * How long before that deadline answers are due. An answer published later extends the
     * deadline by the shortfall, so every company still has this long with the answer.
     */
    @WithDefault("P6D")
    Duration answerLeadTime();

    default ClarificationRules rules() {
        return new ClarificationRules(questionCutoff(), answerLeadTime());
    }
}
