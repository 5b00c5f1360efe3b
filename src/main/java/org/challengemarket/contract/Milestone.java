package org.challengemarket.contract;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.challengemarket.platform.error.ProblemException;

/**
 * A deliverable of a pilot contract with its amount and planned date. The company delivers it; the
 * agency accepts or rejects it within the acceptance period. Part of the contract aggregate.
 */
@Entity
@Table(name = "milestone")
public class Milestone {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id")
    public PilotContract contract;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String deliverable;

    @Column(nullable = false, precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(name = "planned_on", nullable = false)
    public LocalDate plannedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MilestoneStatus status;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "delivery_note")
    public String deliveryNote;

    @Column(name = "attachment_name")
    public String attachmentName;

    @Column(name = "attachment_type")
    public String attachmentType;

    @Column(name = "attachment_sha256")
    public String attachmentSha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "attachment_data")
    public byte[] attachmentData;

    @Column(name = "acceptance_due_at")
    public Instant acceptanceDueAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    protected Milestone() {}

    Milestone(PilotContract contract, int position, String deliverable, BigDecimal amount, LocalDate plannedOn) {
        this.id = UUID.randomUUID();
        this.contract = contract;
        this.position = position;
        this.deliverable = deliverable.strip();
        this.amount = amount;
        this.plannedOn = plannedOn;
        this.status = MilestoneStatus.PLANNED;
    }

    /** A file delivered with a milestone. */
    public record Attachment(String fileName, String mediaType, String sha256, byte[] data) {}

    /**
     * Marks the milestone delivered (again, after a rejection). The agency must decide by
     * {@code now + acceptancePeriod}.
     */
    void deliver(String note, Attachment attachment, Instant now, Duration acceptancePeriod) {
        move(MilestoneStatus.DELIVERED);
        deliveredAt = now;
        deliveryNote = note == null || note.isBlank() ? null : note.strip();
        attachmentName = attachment == null ? null : attachment.fileName();
        attachmentType = attachment == null ? null : attachment.mediaType();
        attachmentSha256 = attachment == null ? null : attachment.sha256();
        attachmentData = attachment == null ? null : attachment.data();
        acceptanceDueAt = now.plus(acceptancePeriod);
        decidedAt = null;
        rejectionReason = null;
    }

    void accept(Instant now) {
        move(MilestoneStatus.ACCEPTED);
        decidedAt = now;
    }

    void reject(String reason, Instant now) {
        if (reason == null || reason.strip().length() < 10) {
            throw ProblemException.invalid("reason", "give a reason of at least 10 characters");
        }
        move(MilestoneStatus.REJECTED);
        decidedAt = now;
        rejectionReason = reason.strip();
    }

    /** True when the agency has let the acceptance period pass without deciding. */
    public boolean acceptanceOverdueAt(Instant now) {
        return status == MilestoneStatus.DELIVERED && now.isAfter(acceptanceDueAt);
    }

    private void move(MilestoneStatus target) {
        if (!status.canMoveTo(target)) {
            throw ProblemException.conflict("Milestone " + position + " is " + status + " and cannot become " + target);
        }
        status = target;
    }
}
