package org.challengemarket.challenge;

import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeSummary;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;

/**
 * Pages of the public search (what any viewer without an agency of its own sees), kept in memory
 * by query and page. A search page may show any challenge, so any change of any challenge forgets
 * them all: the entries belong to one count of changes heard (the {@link ChallengeDetailCache}'s
 * generation, moved by this instance's own commits and by the {@link ChallengeChangeListener} for
 * every instance's), and a page read before a change is never stored after it. Off, like the
 * detail cache, while the listener is not connected.
 */
public class ChallengeSearchCache {

    /** A normalised public search and the page asked for. */
    public record Key(ChallengeQuery query, int page, int size) {

        static Key of(ChallengeQuery query, PageRequest page) {
            return new Key(normalised(query), page.page(), page.size());
        }

        private static ChallengeQuery normalised(ChallengeQuery q) {
            return new ChallengeQuery(
                    q.q() == null ? null : q.q().strip().replaceAll("\\s+", " "),
                    q.status(),
                    q.sector() == null ? null : q.sector().toLowerCase(java.util.Locale.ROOT),
                    q.agency(),
                    q.budgetMin() == null ? null : q.budgetMin().stripTrailingZeros(),
                    q.budgetMax() == null ? null : q.budgetMax().stripTrailingZeros(),
                    q.deadlineFrom(),
                    q.deadlineTo(),
                    q.sort());
        }
    }

    /** One page of results and its weak ETag (a digest of its content, the same on every instance). */
    public record Page(PageDto<ChallengeSummary> results, String etag) {}

    private record Entries(long generation, ConcurrentHashMap<Key, Page> pages) {}

    private final LongSupplier changes;
    private final BooleanSupplier listening;
    private final int maxEntries;
    private volatile Entries entries = new Entries(Long.MIN_VALUE, new ConcurrentHashMap<>());

    /**
     * @param changes how many changes this instance has heard of; it only grows
     * @param listening whether changes of other instances are being heard
     */
    public ChallengeSearchCache(LongSupplier changes, BooleanSupplier listening, int maxEntries) {
        this.changes = changes;
        this.listening = listening;
        this.maxEntries = maxEntries;
    }

    public Optional<Page> get(Key key) {
        if (!enabled()) {
            return Optional.empty();
        }
        return Optional.ofNullable(current().pages().get(key));
    }

    /** Take before reading from the database; hand to {@link #putIfUnchanged} with what was read. */
    public long generation() {
        return changes.getAsLong();
    }

    /** Stores a page unless any challenge changed since {@code generationBeforeRead} was taken. */
    public void putIfUnchanged(Key key, Page page, long generationBeforeRead) {
        if (!enabled()) {
            return;
        }
        Entries current = current();
        if (current.generation() != generationBeforeRead) {
            return;
        }
        if (current.pages().size() >= maxEntries) {
            dropSome(current.pages());
        }
        // a change after this put moves the generation, and current() then drops the whole map
        current.pages().put(key, page);
    }

    public int size() {
        Entries current = entries;
        return current.generation() == changes.getAsLong() ? current.pages().size() : 0;
    }

    private boolean enabled() {
        return maxEntries > 0 && listening.getAsBoolean();
    }

    /** The entries of the present generation; a change since the last call starts afresh. */
    private Entries current() {
        long generation = changes.getAsLong();
        Entries current = entries;
        if (current.generation() != generation) {
            current = new Entries(generation, new ConcurrentHashMap<>());
            entries = current; // a racing reset only loses a few fresh pages
        }
        return current;
    }

    /** Makes room by dropping about a tenth of the pages; which ones does not matter for correctness. */
    private void dropSome(ConcurrentHashMap<Key, Page> pages) {
        int toDrop = Math.max(1, maxEntries / 10);
        Iterator<Key> keys = pages.keySet().iterator();
        while (toDrop-- > 0 && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}
