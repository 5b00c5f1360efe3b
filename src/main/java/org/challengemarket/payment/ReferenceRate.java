package org.challengemarket.payment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The ECB reference rate recorded for a half-year, with where it comes from. */
@Entity
@Table(name = "reference_rate")
public class ReferenceRate extends PanacheEntityBase {

    @Id
    @Column(name = "half_year_start")
    public LocalDate halfYearStart;

    @Column(nullable = false, precision = 6, scale = 3)
    public BigDecimal rate;

    @Column(nullable = false)
    public String source;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    protected ReferenceRate() {}

    ReferenceRate(LocalDate halfYearStart, BigDecimal rate, String source, Instant now, String by) {
        this.halfYearStart = halfYearStart;
        this.rate = rate;
        this.source = source.strip();
        this.recordedAt = now;
        this.recordedBy = by;
    }

    public static List<ReferenceRate> all() {
        return list("order by halfYearStart");
    }

    /** Every recorded rate as a table for interest computations (one query). */
    public static RateTable table() {
        Map<LocalDate, BigDecimal> rates = all().stream().collect(Collectors.toMap(r -> r.halfYearStart, r -> r.rate));
        return new RateTable(rates);
    }
}
