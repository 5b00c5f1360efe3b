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
import java.util.UUID;

/** What a company tells once and every proposal reuses: who it is and how to reach it. */
@Entity
@Table(name = "company_profile")
public class CompanyProfile extends PanacheEntityBase {

    @Id
    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    @Column(name = "enterprise_number", nullable = false)
    public String enterpriseNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "company_size", nullable = false)
    public CompanySize size;

    @Column(nullable = false)
    public String sector;

    @Column(name = "team_summary", nullable = false)
    public String teamSummary;

    @Column(name = "company_references")
    public String references;

    @Column(name = "contact_name", nullable = false)
    public String contactName;

    @Column(name = "contact_email", nullable = false)
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected CompanyProfile() {}

    public CompanyProfile(UUID organisationId) {
        this.organisationId = organisationId;
    }
}
