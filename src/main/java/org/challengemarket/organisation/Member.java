package org.challengemarket.organisation;

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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person acting for one organisation, with the realm roles they hold there. */
@Entity
@Table(name = "member")
public class Member extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Column(nullable = false)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public String email;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> roles;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    protected Member() {}

    public Member(
            Organisation organisation,
            String username,
            String displayName,
            String email,
            List<String> roles,
            Instant now) {
        this(UUID.randomUUID(), organisation, username, displayName, email, roles, now);
    }

    /** A member whose id is given: the user id of the identity provider, so that it is the token's subject. */
    public Member(
            UUID id,
            Organisation organisation,
            String username,
            String displayName,
            String email,
            List<String> roles,
            Instant now) {
        this.id = id;
        this.organisation = organisation;
        this.username = username;
        this.displayName = displayName.strip();
        this.email = email.strip();
        this.roles = List.copyOf(roles);
        this.createdAt = now;
    }

    public static Optional<Member> findByUsername(String username) {
        return find("from Member m join fetch m.organisation where m.username = ?1", username)
                .firstResultOptional();
    }
}
