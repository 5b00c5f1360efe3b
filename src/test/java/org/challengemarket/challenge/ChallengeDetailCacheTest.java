package org.challengemarket.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.challengemarket.challenge.ChallengeDetailCache.Detail;
import org.junit.jupiter.api.Test;

class ChallengeDetailCacheTest {

    private final UUID id = UUID.randomUUID();
    private final Detail old = new Detail(1, "{\"version\":1}".getBytes());

    @Test
    void aReadThatStartedBeforeAnEvictionDoesNotStoreWhatItRead() {
        ChallengeDetailCache cache = new ChallengeDetailCache(10);
        cache.enable();
        long generation = cache.generation();
        cache.evict(id); // the change commits while the read is under way
        cache.putIfUnchanged(id, old, generation);
        assertThat(cache.get(id)).isEmpty();
    }

    @Test
    void aReadWithNoEvictionSinceIsStoredAndServed() {
        ChallengeDetailCache cache = new ChallengeDetailCache(10);
        cache.enable();
        cache.putIfUnchanged(id, old, cache.generation());
        assertThat(cache.get(id)).containsSame(old);
        cache.evict(id);
        assertThat(cache.get(id)).isEmpty();
    }

    @Test
    void whileNotListeningNothingIsServedOrStored() {
        ChallengeDetailCache cache = new ChallengeDetailCache(10);
        cache.putIfUnchanged(id, old, cache.generation());
        assertThat(cache.get(id)).isEmpty();
        cache.enable();
        cache.putIfUnchanged(id, old, cache.generation());
        cache.disable();
        assertThat(cache.get(id)).isEmpty();
        cache.enable();
        assertThat(cache.get(id)).as("comes back empty").isEmpty();
    }

    @Test
    void aFullCacheMakesRoomAndStaysBounded() {
        ChallengeDetailCache cache = new ChallengeDetailCache(20);
        cache.enable();
        for (int i = 0; i < 100; i++) {
            cache.putIfUnchanged(UUID.randomUUID(), old, cache.generation());
        }
        assertThat(cache.size()).isLessThanOrEqualTo(20);
    }
}
