package org.challengemarket.challenge;

import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The public detail of published challenges, kept in memory as the JSON the API answers. Any
 * instance that changes a challenge tells every instance through PostgreSQL (see {@link
 * ChallengeChangeListener}); this instance also forgets a challenge as soon as its own change
 * commits. A read that started before an eviction never stores what it read (the generation check
 * of {@link #putIfUnchanged}), so a stale detail cannot come back after its eviction. While the
 * listener is not connected the cache is off: nothing is served from it and nothing is stored.
 */
public class ChallengeDetailCache {

    /** A challenge's public detail at one version: its strong ETag's version and its JSON body. */
    public record Detail(long version, byte[] json) {}

    private final ConcurrentHashMap<UUID, Detail> details = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final int maxEntries;
    private volatile boolean enabled;

    public ChallengeDetailCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    public Optional<Detail> get(UUID id) {
        return enabled ? Optional.ofNullable(details.get(id)) : Optional.empty();
    }

    /** Take before reading from the database; hand to {@link #putIfUnchanged} with what was read. */
    public long generation() {
        return generation.get();
    }

    /** Stores a detail unless any eviction happened since {@code generationBeforeRead} was taken. */
    public void putIfUnchanged(UUID id, Detail detail, long generationBeforeRead) {
        if (!enabled || generation.get() != generationBeforeRead) {
            return;
        }
        if (details.size() >= maxEntries) {
            dropSome();
        }
        details.put(id, detail);
        if (generation.get() != generationBeforeRead) {
            // an eviction raced the put: it may have run before the put landed
            details.remove(id, detail);
        }
    }

    public void evict(UUID id) {
        generation.incrementAndGet();
        details.remove(id);
    }

    public void evictAll() {
        generation.incrementAndGet();
        details.clear();
    }

    /** Serve and store again (the listener is connected and listening). */
    public void enable() {
        evictAll();
        enabled = true;
    }

    /** Serve nothing and store nothing (changes elsewhere could be missed). */
    public void disable() {
        enabled = false;
        evictAll();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int size() {
        return details.size();
    }

    /** Makes room by dropping about a tenth of the entries; which ones does not matter for correctness. */
    private void dropSome() {
        int toDrop = Math.max(1, maxEntries / 10);
        Iterator<UUID> ids = details.keySet().iterator();
        while (toDrop-- > 0 && ids.hasNext()) {
            ids.next();
            ids.remove();
        }
    }
}
