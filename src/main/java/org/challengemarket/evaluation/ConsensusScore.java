package org.challengemarket.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.challengemarket.challenge.Criterion;

/** The chair's consensus score for one criterion of a proposal, with its reason; it replaces the mean. */
@Entity
@Table(name = "consensus_score")
@IdClass(ConsensusScore.Key.class)
public class ConsensusScore extends PanacheEntityBase {

    /** The points the panel agreed on for a criterion, and why. */
    public record Agreement(int points, String reason) {}

    /** Proposal, stage and criterion. */
    public record Key(UUID proposalId, int stage, Criterion criterion) implements Serializable {
        public Key() {
            this(null, 0, null);
        }
    }

    @Id
    @Column(name = "proposal_id")
    public UUID proposalId;

    @Id
    @Column(name = "stage")
    public int stage;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "criterion")
    public Criterion criterion;

    @Column(name = "challenge_id", nullable = false)
    public UUID challengeId;

    @Column(nullable = false)
    public int points;

    @Column(nullable = false)
    public String reason;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public UUID recordedBy;

    @Version
    public long version;

    protected ConsensusScore() {}

    public ConsensusScore(UUID challengeId, int stage, UUID proposalId, Criterion criterion) {
        this.challengeId = challengeId;
        this.stage = stage;
        this.proposalId = proposalId;
        this.criterion = criterion;
    }

    /** Records (or revises, until the decision) the consensus. */
    public void record(int points, String reason, UUID chair, Instant now) {
        this.points = points;
        this.reason = reason;
        this.recordedBy = chair;
        this.recordedAt = now;
    }
}
