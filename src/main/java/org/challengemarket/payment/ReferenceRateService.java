package org.challengemarket.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.challengemarket.payment.dto.PaymentDtos.ReferenceRateDto;
import org.challengemarket.payment.dto.PaymentDtos.ReferenceRateRequest;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.security.CurrentUser;

/**
 * Reference rates per half-year are data: the platform admin records each new half-year's ECB
 * rate. Until it is recorded, the last known rate is carried forward and shown as provisional.
 */
@ApplicationScoped
public class ReferenceRateService {

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    PaymentConfig config;

    /** Every recorded half-year, and the current one as provisional when it has no rate yet. */
    @Transactional
    public List<ReferenceRateDto> list() {
        List<ReferenceRateDto> out =
                new ArrayList<>(ReferenceRate.all().stream().map(this::dto).toList());
        LocalDate current = RateTable.halfYearOf(LocalDate.ofInstant(clock.instant(), config.zone()));
        if (ReferenceRate.findById(current) == null) {
            RateTable.Rate carried = ReferenceRate.table().at(current);
            out.add(new ReferenceRateDto(
                    RateTable.label(current),
                    current,
                    carried.referenceRate(),
                    config.interestTerms().appliedRate(carried.referenceRate()),
                    true,
                    "not recorded yet: the last known rate is carried forward",
                    null));
        }
        return out;
    }

    @Transactional
    public ReferenceRateDto record(ReferenceRateRequest request) {
        int year = Integer.parseInt(request.halfYear().substring(0, 4));
        LocalDate start = LocalDate.of(year, request.halfYear().endsWith("H1") ? 1 : 7, 1);
        if (ReferenceRate.findById(start) != null) {
            throw ProblemException.conflict("The rate of " + request.halfYear() + " is recorded already");
        }
        ReferenceRate rate = new ReferenceRate(
                start,
                request.rate(),
                request.source(),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                user.subject());
        rate.persistAndFlush();
        audit.record(
                "reference_rate.recorded",
                "reference_rate",
                request.halfYear(),
                request.rate().toPlainString() + " % (" + rate.source + ")");
        return dto(rate);
    }

    private ReferenceRateDto dto(ReferenceRate r) {
        return new ReferenceRateDto(
                RateTable.label(r.halfYearStart),
                r.halfYearStart,
                r.rate,
                config.interestTerms().appliedRate(r.rate),
                false,
                r.source,
                r.recordedAt);
    }
}
