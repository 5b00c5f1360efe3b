package org.challengemarket.challenge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A public, numbered, dated change to a published challenge. Never edited once recorded. */
@Entity
@Table(name = "challenge_amendment")
public class ChallengeAmendment extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "challenge_id")
    public Challenge challenge;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public boolean material;

    /** The changes as JSON: a list of {field, from, to}. */
    @Column(nullable = false)
    public String changes;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    protected ChallengeAmendment() {}

    public ChallengeAmendment(
            Challenge challenge, int number, String summary, boolean material, String changes, Instant now) {
        this.id = UUID.randomUUID();
        this.challenge = challenge;
        this.number = number;
        this.summary = summary.strip();
        this.material = material;
        this.changes = changes;
        this.publishedAt = now;
    }

    public static List<ChallengeAmendment> of(Challenge challenge) {
        return list("challenge = ?1 order by number", challenge);
    }
}
