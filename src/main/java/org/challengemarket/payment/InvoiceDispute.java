package org.challengemarket.payment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An amount of an invoice finance disputes, with its reason, from the day opened until resolved. */
@Entity
@Table(name = "invoice_dispute")
public class InvoiceDispute extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "invoice_id", nullable = false)
    public UUID invoiceId;

    @Column(nullable = false, precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false)
    public String reason;

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    public String resolution;

    protected InvoiceDispute() {}

    InvoiceDispute(UUID invoiceId, BigDecimal amount, String reason, LocalDate today, Instant now) {
        this.id = UUID.randomUUID();
        this.invoiceId = invoiceId;
        this.amount = amount;
        this.reason = reason.strip();
        this.openedOn = today;
        this.openedAt = now;
    }

    void resolve(String resolution, LocalDate today, Instant now) {
        this.resolution = resolution.strip();
        this.resolvedOn = today;
        this.resolvedAt = now;
    }

    public boolean isOpen() {
        return resolvedOn == null;
    }

    LateInterest.Disputed period() {
        return new LateInterest.Disputed(amount, openedOn, resolvedOn);
    }
}
