package org.challengemarket.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.challengemarket.platform.audit.AuditLog.BrokenChain;
import org.challengemarket.platform.audit.AuditLog.Head;
import org.challengemarket.platform.audit.AuditLog.Verification;

/**
 * Any log written as {@link AuditLog} writes it (organisations' chains interleaved, and the
 * legacy chain) verifies; changing, removing or swapping any one event, or cutting off a chain's
 * last one, breaks that chain alone, first at the event where it happened.
 */
class ChainCheckPropertyTest {

    private static final List<UUID> ORGANISATIONS = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    /** A log: which actor (organisation index, or 3 for none) wrote each event, in order. */
    @Provide
    Arbitrary<List<Integer>> writers() {
        return Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 300)
    void aLogWrittenChainByChainVerifies(@ForAll("writers") List<Integer> writers, @ForAll boolean legacy) {
        Log log = Log.write(writers, legacy ? 3 : 0);
        Verification verification = log.check();
        assertThat(verification.valid()).isTrue();
        assertThat(verification.events()).isEqualTo(log.events.size());
        assertThat(verification.chains()).isEqualTo(log.heads.size());
    }

    @Property(tries = 300)
    void aChangedEventBreaksItsChainThere(
            @ForAll("writers") List<Integer> writers, @ForAll @IntRange(max = 1000) int pick, @ForAll boolean legacy) {
        Log log = Log.write(writers, legacy ? 3 : 0);
        AuditEvent changed = log.events.get(pick % log.events.size());
        changed.details = changed.details + " (changed)";
        assertOnlyBroken(log.check(), changed.chain, changed.seq);
    }

    @Property(tries = 300)
    void aRemovedEventBreaksItsChainAtTheNextOrAtTheHead(
            @ForAll("writers") List<Integer> writers, @ForAll @IntRange(max = 1000) int pick) {
        Log log = Log.write(writers, 0);
        AuditEvent removed = log.events.remove(pick % log.events.size());
        long expected = log.events.stream()
                .filter(e -> e.chain.equals(removed.chain) && e.seq > removed.seq)
                .mapToLong(e -> e.seq)
                .min()
                .orElse(removed.seq); // the last one: the head still names it
        assertOnlyBroken(log.check(), removed.chain, expected);
    }

    @Property(tries = 300)
    void swappedEventsOfAChainBreakItAtTheFirstOfThem(
            @ForAll @Size(min = 2, max = 40) List<@IntRange(min = 0, max = 3) Integer> writers,
            @ForAll @IntRange(max = 1000) int pick) {
        Log log = Log.write(writers, 0);
        Map<String, List<AuditEvent>> byChain = new LinkedHashMap<>();
        log.events.forEach(
                e -> byChain.computeIfAbsent(e.chain, c -> new ArrayList<>()).add(e));
        List<List<AuditEvent>> longEnough =
                byChain.values().stream().filter(c -> c.size() >= 2).toList();
        if (longEnough.isEmpty()) {
            return;
        }
        List<AuditEvent> chain = longEnough.get(pick % longEnough.size());
        int i = pick % (chain.size() - 1);
        AuditEvent first = chain.get(i);
        AuditEvent second = chain.get(i + 1);
        long seq = first.seq;
        first.seq = second.seq;
        second.seq = seq;
        assertOnlyBroken(log.check(), first.chain, seq);
    }

    @Property(tries = 300)
    void anEventMovedToAnotherChainIsFound(
            @ForAll("writers") List<Integer> writers, @ForAll @IntRange(max = 1000) int pick) {
        Log log = Log.write(writers, 0);
        AuditEvent moved = log.events.get(pick % log.events.size());
        String from = moved.chain;
        moved.chain = from.equals(AuditLog.SYSTEM) ? ORGANISATIONS.get(0).toString() : AuditLog.SYSTEM;
        Verification verification = log.check();
        assertThat(verification.valid()).isFalse();
        assertThat(verification.brokenChains().stream().anyMatch(b -> b.chain().equals(from)))
                .isTrue();
    }

    private static void assertOnlyBroken(Verification verification, String chain, long seq) {
        assertThat(verification.valid()).isFalse();
        assertThat(verification.brokenChains()).isEqualTo(List.of(new BrokenChain(chain, seq)));
        assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
    }

    /** Events and heads as the database holds them. */
    private record Log(List<AuditEvent> events, List<Head> heads) {

        /** The first {@code legacyEvents} events form the legacy chain; the rest their actors' chains. */
        static Log write(List<Integer> writers, int legacyEvents) {
            List<AuditEvent> events = new ArrayList<>();
            Map<String, AuditEvent> last = new HashMap<>();
            for (int i = 0; i < writers.size(); i++) {
                UUID organisation = writers.get(i) < ORGANISATIONS.size() ? ORGANISATIONS.get(writers.get(i)) : null;
                AuditEvent e = new AuditEvent();
                e.seq = (long) i + 1;
                e.chain = i < legacyEvents ? AuditLog.LEGACY : AuditLog.chainOf(organisation);
                e.occurredAt = Instant.parse("2026-02-01T08:00:00Z").plusSeconds(i);
                e.actor = organisation == null ? "system" : "member-" + writers.get(i);
                e.actorOrganisationId = organisation;
                e.action = "test.action";
                e.objectType = "test";
                e.objectId = Integer.toString(i);
                e.details = "event " + i;
                AuditEvent before = last.get(e.chain);
                e.previousHash = before == null ? AuditLog.GENESIS : before.hash;
                e.hash = AuditLog.hash(e);
                last.put(e.chain, e);
                events.add(e);
            }
            List<Head> heads = last.values().stream()
                    .map(e -> new Head(e.chain, e.seq, e.hash))
                    .toList();
            return new Log(events, heads);
        }

        /** Feeds the events in chain and sequence order, as the verification reads them. */
        Verification check() {
            ChainCheck check = new ChainCheck(heads);
            events.stream()
                    .sorted(Comparator.comparing((AuditEvent e) -> e.chain).thenComparing(e -> e.seq))
                    .forEach(check::accept);
            return check.result();
        }
    }
}
