package org.challengemarket.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The company's private, editable draft of one stage: field values as JSON. */
@Entity
@Table(name = "stage_draft")
@IdClass(StageDraft.Key.class)
public class StageDraft extends PanacheEntityBase {

    /** Proposal and stage. */
    public record Key(UUID proposalId, int stage) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "proposal_id")
    public UUID proposalId;

    @Id
    @Column(name = "stage")
    public int stage;

    /** Normalised field values (see {@link StageForm#normalise}). */
    @Column(nullable = false)
    public String content;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected StageDraft() {}

    public StageDraft(UUID proposalId, int stage, String content, Instant now) {
        this.proposalId = proposalId;
        this.stage = stage;
        this.content = content;
        this.updatedAt = now;
    }

    /** The saved values of the draft's fields. */
    public JsonNode fields() {
        return Canonical.read(content);
    }

    /** Replaces the saved values by {@code fields}, in canonical form. */
    void write(JsonNode fields, Instant now) {
        content = Canonical.json(fields);
        updatedAt = now;
    }

    public static Optional<StageDraft> of(UUID proposalId, int stage) {
        return find("proposalId = ?1 and stage = ?2", proposalId, stage).firstResultOptional();
    }
}
