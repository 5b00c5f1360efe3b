package org.challengemarket.portal.web;

import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.challenge.dto.ChallengeDtos.StageDto;
import org.challengemarket.platform.error.ProblemException;

/** The stages of a challenge as the agency's stage pages address them: by position, from 1. */
public final class ChallengeStages {

    private ChallengeStages() {}

    /** The stage at {@code position}; a position the challenge does not have is not found. */
    public static StageDto at(ChallengeDto challenge, int position) {
        if (position < 1 || position > challenge.stages().size()) {
            throw ProblemException.notFound("Stage " + position + " of challenge " + challenge.id());
        }
        return challenge.stages().get(position - 1);
    }

    /** True for the stage whose outcome is the award rather than a shortlist. */
    public static boolean last(ChallengeDto challenge, StageDto stage) {
        return stage.position() == challenge.stages().size() || stage.shortlistSize() == null;
    }
}
