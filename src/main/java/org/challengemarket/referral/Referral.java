package org.challengemarket.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** An incubator's pointer from one of its startups to a challenge; immutable once made. */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "incubator_id", nullable = false)
    public UUID incubatorId;

    @Column(name = "challenge_id", nullable = false)
    public UUID challengeId;

    @Column(name = "company_id")
    public UUID companyId;

    public String email;

    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    protected Referral() {}

    public static Referral of(
            UUID incubator, UUID challenge, UUID company, String email, String note, String by, Instant now) {
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.incubatorId = incubator;
        r.challengeId = challenge;
        r.companyId = company;
        r.email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        r.note = note == null || note.isBlank() ? null : note.strip();
        r.createdBy = by;
        r.createdAt = now;
        return r;
    }
}
