package org.challengemarket.contract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The agency's award decision on a challenge, made once: when, until when the standstill period
 * runs, and why it departs from the ranking if it does.
 */
@Entity
@Table(name = "award_decision")
public class AwardDecision extends PanacheEntityBase {

    @Id
    @Column(name = "challenge_id")
    public UUID challengeId;

    /** The final stage whose proposals were awarded. */
    @Column(nullable = false)
    public int stage;

    @Column(name = "awarded_at", nullable = false)
    public Instant awardedAt;

    @Column(name = "standstill_ends_at", nullable = false)
    public Instant standstillEndsAt;

    @Column(name = "departure_reason")
    public String departureReason;

    /** Whether the choice was checked against the evaluation's ranking. */
    @Column(name = "ranking_checked", nullable = false)
    public boolean rankingChecked;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    protected AwardDecision() {}

    public AwardDecision(
            UUID challengeId,
            int stage,
            Instant now,
            Instant standstillEndsAt,
            String departureReason,
            boolean rankingChecked,
            String by) {
        this.challengeId = challengeId;
        this.stage = stage;
        this.awardedAt = now;
        this.standstillEndsAt = standstillEndsAt;
        this.departureReason = departureReason;
        this.rankingChecked = rankingChecked;
        this.decidedBy = by;
    }

    public boolean standstillOverAt(Instant now) {
        return !now.isBefore(standstillEndsAt);
    }
}
