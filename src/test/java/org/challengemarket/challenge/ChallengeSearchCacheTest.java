package org.challengemarket.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeSearchCache.Key;
import org.challengemarket.challenge.ChallengeSearchCache.Page;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;
import org.junit.jupiter.api.Test;

class ChallengeSearchCacheTest {

    private final ChallengeDetailCache changes = new ChallengeDetailCache(10);
    private final ChallengeSearchCache cache = new ChallengeSearchCache(changes::generation, changes::isEnabled, 20);
    private final Key bus = key("bus", 1);
    private final Page page = new Page(PageDto.of(List.of(), new PageRequest(1, 20), 0), "tag");

    private static Key key(String q, int page) {
        return Key.of(new ChallengeQuery(q, null, null, null, null, null, null, null, null), new PageRequest(page, 20));
    }

    @Test
    void aPageIsServedUntilAnyChallengeChanges() {
        changes.enable();
        cache.putIfUnchanged(bus, page, cache.generation());
        assertThat(cache.get(bus)).containsSame(page);
        changes.evict(UUID.randomUUID()); // any challenge, heard from any instance
        assertThat(cache.get(bus)).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aReadThatStartedBeforeAChangeDoesNotStoreWhatItRead() {
        changes.enable();
        long generation = cache.generation();
        changes.evict(UUID.randomUUID()); // the change commits while the read is under way
        cache.putIfUnchanged(bus, page, generation);
        assertThat(cache.get(bus)).isEmpty();
    }

    @Test
    void whileNotListeningNothingIsServedOrStored() {
        cache.putIfUnchanged(bus, page, cache.generation());
        assertThat(cache.get(bus)).isEmpty();
        changes.enable();
        cache.putIfUnchanged(bus, page, cache.generation());
        assertThat(cache.get(bus)).isPresent();
        changes.disable();
        assertThat(cache.get(bus)).isEmpty();
    }

    @Test
    void queriesThatMeanTheSameShareAPageAndPagesAreApart() {
        changes.enable();
        cache.putIfUnchanged(bus, page, cache.generation());
        assertThat(cache.get(key("  bus ", 1))).containsSame(page);
        assertThat(cache.get(key("bus", 2))).isEmpty();
        assertThat(cache.get(key("Bus stop", 1))).isEmpty();
    }

    @Test
    void theCacheHoldsNoMoreThanItsBound() {
        changes.enable();
        for (int i = 0; i < 100; i++) {
            cache.putIfUnchanged(key("word" + i, 1), page, cache.generation());
        }
        assertThat(cache.size()).isBetween(1, 20);
        assertThat(cache.get(key("word99", 1))).isPresent();
    }
}
