package org.challengemarket.payment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payment finance recorded against an invoice. Never changed once recorded. */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "invoice_id", nullable = false)
    public UUID invoiceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PaymentKind kind;

    @Column(name = "paid_on", nullable = false)
    public LocalDate paidOn;

    @Column(nullable = false, precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public String reference;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    protected Payment() {}

    Payment(
            UUID invoiceId,
            PaymentKind kind,
            LocalDate paidOn,
            BigDecimal amount,
            String currency,
            String reference,
            Instant now,
            String by) {
        this.id = UUID.randomUUID();
        this.invoiceId = invoiceId;
        this.kind = kind;
        this.paidOn = paidOn;
        this.amount = amount;
        this.currency = currency;
        this.reference = reference.strip();
        this.recordedAt = now;
        this.recordedBy = by;
    }
}
