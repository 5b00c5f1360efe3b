package org.challengemarket.challenge;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Tells this instance's detail cache when a challenge is written, to forget it once committed. */
public class ChallengeChanges {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Challenge challenge) {
        Arc.container().instance(ChallengeDetails.class).get().evictAfterCommit(challenge.id);
    }
}
