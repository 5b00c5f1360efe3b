package org.challengemarket.platform.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One append-only entry of the audit log. Each entry carries the hash of the one before it in its
 * chain, so removing, changing or reordering an entry breaks the chain; the database refuses
 * updates and deletes. {@link AuditLog} writes entries; this mapping reads them.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    /** The position in the whole log (the database numbers events as they are written). */
    @Id
    public Long seq;

    /**
     * The chain the event extends: the acting organisation's id, {@link AuditLog#SYSTEM} without
     * one, or {@link AuditLog#LEGACY} for the events written while there was one chain.
     */
    @Column(nullable = false)
    public String chain;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor", nullable = false)
    public String actor;

    @Column(name = "actor_organisation_id")
    public UUID actorOrganisationId;

    @Column(nullable = false)
    public String action;

    @Column(name = "object_type", nullable = false)
    public String objectType;

    @Column(name = "object_id", nullable = false)
    public String objectId;

    @Column(nullable = false)
    public String details;

    @Column(name = "previous_hash", nullable = false)
    public String previousHash;

    @Column(nullable = false)
    public String hash;
}
