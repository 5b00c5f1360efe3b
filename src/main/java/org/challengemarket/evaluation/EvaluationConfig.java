package org.challengemarket.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Policy settings of evaluation panels, with the programme's defaults. */
@ConfigMapping(prefix = "challengemarket.evaluation")
public interface EvaluationConfig {

    /** Scores of one criterion that spread by this many points or more need the chair's consensus. */
    @WithDefault("3")
    int spreadThreshold();

    /** The fewest unconflicted evaluators a proposal needs before a decision can be taken on it. */
    @WithDefault("2")
    int minimumEvaluators();
}
