package org.challengemarket.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An agency, company, incubator or the lab; people act for exactly one. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationType type;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    protected Organisation() {}

    public Organisation(String name, OrganisationType type, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name.strip();
        this.type = type;
        this.createdAt = now;
    }

    public static Optional<Organisation> findByName(String name) {
        return find("lower(name) = lower(?1)", name.strip()).firstResultOptional();
    }
}
