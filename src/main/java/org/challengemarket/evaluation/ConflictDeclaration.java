package org.challengemarket.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An evaluator's declaration, for one proposal of a stage, that it has or has no conflict of
 * interest. Made once, before reading the proposal; a conflict recuses the evaluator from it.
 */
@Entity
@Table(name = "conflict_declaration")
public class ConflictDeclaration extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "challenge_id", nullable = false)
    public UUID challengeId;

    @Column(nullable = false)
    public int stage;

    @Column(name = "proposal_id", nullable = false)
    public UUID proposalId;

    @Column(name = "evaluator_id", nullable = false)
    public UUID evaluatorId;

    @Column(nullable = false)
    public boolean conflict;

    public String reason;

    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;

    protected ConflictDeclaration() {}

    public ConflictDeclaration(
            UUID challengeId,
            int stage,
            UUID proposalId,
            UUID evaluatorId,
            boolean conflict,
            String reason,
            Instant now) {
        this.id = UUID.randomUUID();
        this.challengeId = challengeId;
        this.stage = stage;
        this.proposalId = proposalId;
        this.evaluatorId = evaluatorId;
        this.conflict = conflict;
        this.reason = reason;
        this.declaredAt = now;
    }

    /** Same as what is declared already: repeating a declaration is harmless, changing it is not. */
    public boolean sameAs(boolean conflict, String reason) {
        return this.conflict == conflict && (!conflict || this.reason.equals(reason));
    }
}
