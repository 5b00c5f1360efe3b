package org.challengemarket.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** The agency's decision, with its written reason, on who goes on after a stage. Made once. */
@Entity
@Table(name = "shortlist_decision")
@IdClass(ShortlistDecision.Key.class)
public class ShortlistDecision extends PanacheEntityBase {

    /** Challenge and stage. */
    public record Key(UUID challengeId, int stage) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "challenge_id")
    public UUID challengeId;

    @Id
    @Column(name = "stage")
    public int stage;

    @Column(nullable = false)
    public String reason;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    /** The ranking the decision was taken on: a JSON array of proposal ids, best first. */
    public String ranking;

    /** Why the decision departs from the ranking, when it does. */
    @Column(name = "departure_reason")
    public String departureReason;

    protected ShortlistDecision() {}

    public ShortlistDecision(UUID challengeId, int stage, String reason, Instant now, String by) {
        this.challengeId = challengeId;
        this.stage = stage;
        this.reason = reason;
        this.decidedAt = now;
        this.decidedBy = by;
    }
}
