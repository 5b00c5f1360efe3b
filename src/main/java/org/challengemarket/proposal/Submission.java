package org.challengemarket.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One accepted, immutable version of a stage's answer. The last one before the deadline counts;
 * every version is kept. Its SHA-256 is over the canonical content, so the company can prove what
 * it sent and when.
 */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "proposal_id", nullable = false)
    public UUID proposalId;

    @Column(nullable = false)
    public int stage;

    /** 1 for the first submission of the stage, then 2, 3, … */
    @Column(nullable = false)
    public int number;

    /** Canonical JSON: keys sorted, no insignificant whitespace, UTF-8. */
    @Column(nullable = false)
    public String content;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    protected Submission() {}

    public Submission(UUID proposalId, int stage, int number, String content, String sha256, Instant at, String by) {
        this.id = UUID.randomUUID();
        this.proposalId = proposalId;
        this.stage = stage;
        this.number = number;
        this.content = content;
        this.sha256 = sha256;
        this.submittedAt = at;
        this.submittedBy = by;
    }

    /** The submission that counts for a stage: the last one. */
    public static Optional<Submission> latest(UUID proposalId, int stage) {
        return find("proposalId = ?1 and stage = ?2 order by number desc", proposalId, stage)
                .firstResultOptional();
    }
}
