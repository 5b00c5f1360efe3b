package org.challengemarket.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A file attached to a stage draft, stored in PostgreSQL with its SHA-256. */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "proposal_id", nullable = false)
    public UUID proposalId;

    @Column(nullable = false)
    public int stage;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] data;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    /** When it was taken off the draft; submitted versions that list it keep it. */
    @Column(name = "detached_at")
    public Instant detachedAt;

    protected Attachment() {}

    public Attachment(
            UUID proposalId, int stage, String fileName, String mediaType, byte[] data, String sha256, Instant now) {
        this.id = UUID.randomUUID();
        this.proposalId = proposalId;
        this.stage = stage;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = data.length;
        this.data = data;
        this.sha256 = sha256;
        this.uploadedAt = now;
    }

    /** The files a submission lists, by name. */
    public static List<Attachment> listedIn(Submission submission) {
        List<String> hashes = new ArrayList<>();
        submission
                .contentJson()
                .path("attachments")
                .forEach(a -> hashes.add(a.path("sha256").asText()));
        return hashes.isEmpty()
                ? List.of()
                : list(
                        "proposalId = ?1 and stage = ?2 and sha256 in ?3 order by fileName",
                        submission.proposalId,
                        submission.stage,
                        hashes);
    }

    /** The files currently on a stage draft, oldest first. */
    public static List<Attachment> onDraft(UUID proposalId, int stage) {
        return list("proposalId = ?1 and stage = ?2 and detachedAt is null order by uploadedAt, id", proposalId, stage);
    }
}
