package org.challengemarket.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.challengemarket.organisation.Member;

/** An evaluator named on the panel of one challenge stage; one member of each panel chairs it. */
@Entity
@Table(name = "panel_member")
public class PanelMember extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "challenge_id", nullable = false)
    public UUID challengeId;

    @Column(nullable = false)
    public int stage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    public Member member;

    @Column(nullable = false)
    public boolean chair;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    @Version
    public long version;

    protected PanelMember() {}

    public PanelMember(UUID challengeId, int stage, Member member, boolean chair, Instant now, String by) {
        this.id = UUID.randomUUID();
        this.challengeId = challengeId;
        this.stage = stage;
        this.member = member;
        this.chair = chair;
        this.addedAt = now;
        this.addedBy = by;
    }
}
