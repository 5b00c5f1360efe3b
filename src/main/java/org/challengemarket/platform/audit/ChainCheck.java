package org.challengemarket.platform.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.challengemarket.platform.audit.AuditLog.BrokenChain;
import org.challengemarket.platform.audit.AuditLog.Head;
import org.challengemarket.platform.audit.AuditLog.Verification;

/**
 * Checks audit events fed in chain and sequence order against the chains' heads: in each chain
 * the first event links to {@link AuditLog#GENESIS}, every event to the hash of the one before,
 * every hash matches the event's content, and the last event is the one the head names. The first
 * event that fails (or, when events were cut off at the end, the event the head names) is the
 * chain's first broken event; the other chains are still checked.
 */
final class ChainCheck {

    private final Map<String, Head> heads;
    private final Map<String, Long> broken = new TreeMap<>();
    private long events;
    private long chains;
    private String chain;
    private Head head;
    private String previous;
    private long lastSeq;
    private boolean chainBroken;

    /** A check against the heads read in the same snapshot as the events. */
    ChainCheck(List<Head> heads) {
        this.heads = new TreeMap<>();
        heads.forEach(h -> this.heads.put(h.chain(), h));
    }

    void accept(AuditEvent event) {
        events++;
        if (!event.chain.equals(chain)) {
            endChain();
            chains++;
            chain = event.chain;
            head = heads.remove(chain);
            previous = AuditLog.GENESIS;
            lastSeq = 0;
            chainBroken = false;
        }
        if (chainBroken) {
            return;
        }
        boolean belongs = head != null
                && event.seq <= head.lastSeq()
                && (AuditLog.LEGACY.equals(chain) || chain.equals(AuditLog.chainOf(event.actorOrganisationId)));
        if (!belongs || !event.previousHash.equals(previous) || !event.hash.equals(AuditLog.hash(event))) {
            breakAt(event.seq);
            return;
        }
        previous = event.hash;
        lastSeq = event.seq;
    }

    Verification result() {
        endChain();
        // a head whose chain has no event left: its events were removed
        heads.values().forEach(h -> broken.put(h.chain(), h.lastSeq()));
        chains += heads.size();
        heads.clear();
        List<BrokenChain> brokenChains = new ArrayList<>();
        broken.forEach((name, seq) -> brokenChains.add(new BrokenChain(name, seq)));
        Long first = brokenChains.stream()
                .map(BrokenChain::firstBrokenSeq)
                .min(Comparator.naturalOrder())
                .orElse(null);
        return new Verification(brokenChains.isEmpty(), events, chains, first, brokenChains);
    }

    private void endChain() {
        if (chain == null || chainBroken) {
            return;
        }
        // events cut off at the end: the chain stops before its head
        if (head == null || lastSeq != head.lastSeq() || !Objects.equals(previous, head.lastHash())) {
            breakAt(head == null ? lastSeq : head.lastSeq());
        }
    }

    private void breakAt(long seq) {
        chainBroken = true;
        broken.put(chain, seq);
    }
}
