package org.challengemarket.challenge;

import java.util.List;
import org.challengemarket.platform.money.Money;

/** The editable content of a draft challenge; any part may still be missing in a draft. */
public record ChallengeContent(
        String title,
        String problemStatement,
        String context,
        String expectedOutcomes,
        String sector,
        Money budget,
        Integer numberOfPilots,
        List<String> languages,
        List<Stage> stages,
        Weights weights) {

    public ChallengeContent {
        languages = languages == null ? List.of() : List.copyOf(languages);
        stages = stages == null ? List.of() : List.copyOf(stages);
        weights = weights == null ? new Weights(null, null, null) : weights;
    }
}
