package org.challengemarket.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/** One stage of a challenge: when it opens, its deadline, and how many proposals go on. */
@Embeddable
public class Stage {

    @Column(name = "position", nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public StageKind kind;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "deadline")
    public Instant deadline;

    @Column(name = "shortlist_size")
    public Integer shortlistSize;

    protected Stage() {}

    public Stage(int position, StageKind kind, Instant opensAt, Instant deadline, Integer shortlistSize) {
        this.position = position;
        this.kind = Objects.requireNonNull(kind);
        this.opensAt = opensAt;
        this.deadline = deadline;
        this.shortlistSize = shortlistSize;
    }

    /** Open for submissions at {@code now}: opened and deadline not passed. */
    public boolean isOpenAt(Instant now) {
        return opensAt != null && deadline != null && !now.isBefore(opensAt) && now.isBefore(deadline);
    }

    public boolean deadlinePassedAt(Instant now) {
        return deadline != null && !now.isBefore(deadline);
    }
}
