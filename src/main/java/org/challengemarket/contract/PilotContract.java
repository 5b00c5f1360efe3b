package org.challengemarket.contract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.error.RuleViolations;
import org.challengemarket.platform.money.Money;
import org.challengemarket.proposal.Proposal;

/**
 * A small paid pilot contract between an agency and an awarded company: the aggregate root of the
 * contract feature. Terms are set while it is pending; it is signed after the standstill period
 * when its milestones add up to its value; milestones are delivered, accepted or rejected while it
 * is active.
 */
@Entity
@Table(name = "pilot_contract")
public class PilotContract extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "challenge_id")
    public Challenge challenge;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    public Proposal proposal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    public Organisation agency;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    public Organisation company;

    /** The proposal's place in the evaluation ranking, when the ranking was known. */
    public Integer rank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractStatus status;

    @Column(name = "value_amount", nullable = false, precision = 19, scale = 2)
    public BigDecimal valueAmount;

    @Column(nullable = false)
    public String currency;

    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
    public BigDecimal vatRate;

    @Column(name = "starts_on")
    public java.time.LocalDate startsOn;

    @Column(name = "ends_on")
    public java.time.LocalDate endsOn;

    @Column(name = "payment_term_days", nullable = false)
    public int paymentTermDays;

    @Column(name = "payment_term_justification")
    public String paymentTermJustification;

    @Column(name = "signed_at")
    public Instant signedAt;

    @Column(name = "signed_by")
    public String signedBy;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "terminated_at")
    public Instant terminatedAt;

    @Column(name = "termination_reason")
    public String terminationReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Milestone> milestones = new ArrayList<>();

    @Version
    public long version;

    protected PilotContract() {}

    /** A pending contract for an awarded proposal, with the default terms. */
    public static PilotContract awarded(
            Proposal proposal, Money value, Integer rank, ContractConfig config, Instant now) {
        PilotContract contract = new PilotContract();
        contract.id = UUID.randomUUID();
        contract.challenge = proposal.challenge;
        contract.proposal = proposal;
        contract.agency = proposal.challenge.agency;
        contract.company = proposal.company;
        contract.rank = rank;
        contract.status = ContractStatus.PENDING;
        contract.valueAmount = value.amount();
        contract.currency = value.currency();
        contract.vatRate = config.defaultVatRate();
        contract.paymentTermDays = config.defaultPaymentTermDays();
        contract.createdAt = now;
        contract.updatedAt = now;
        return contract;
    }

    public Money value() {
        return new Money(valueAmount, currency);
    }

    /**
     * Replaces the terms of a pending contract, refusing with every reason at once: a VAT rate
     * between 0 and 100, start before end, a payment term within the maximum (above the default
     * only with a written justification), milestones within the contract's dates whose amounts add
     * up to its value.
     */
    public void setTerms(ContractTerms terms, ContractConfig config, Instant now) {
        if (status != ContractStatus.PENDING) {
            throw ProblemException.conflict("Only a pending contract's terms can change; this one is " + status);
        }
        RuleViolations v = new RuleViolations();
        BigDecimal vat = terms.vatRate() == null ? config.defaultVatRate() : terms.vatRate();
        v.check(vat.signum() >= 0 && vat.compareTo(BigDecimal.valueOf(100)) <= 0, "vatRate", "must be 0 to 100");
        v.check(vat.scale() <= 2, "vatRate", "has at most two decimals");
        v.check(
                terms.startsOn() == null
                        || terms.endsOn() == null
                        || !terms.startsOn().isAfter(terms.endsOn()),
                "endsOn",
                "must not be before startsOn");
        int term = terms.paymentTermDays() == null ? config.defaultPaymentTermDays() : terms.paymentTermDays();
        String justification = terms.paymentTermJustification() == null
                        || terms.paymentTermJustification().isBlank()
                ? null
                : terms.paymentTermJustification().strip();
        v.check(
                term >= 1 && term <= config.maximumPaymentTermDays(),
                "paymentTermDays",
                "must be 1 to " + config.maximumPaymentTermDays() + " days");
        v.check(
                term <= config.defaultPaymentTermDays() || (justification != null && justification.length() >= 10),
                "paymentTermJustification",
                "a payment term above " + config.defaultPaymentTermDays()
                        + " days needs a written justification (at least 10 characters)");
        List<ContractTerms.PlannedMilestone> planned = terms.milestones() == null ? List.of() : terms.milestones();
        v.check(planned.size() <= 50, "milestones", "at most 50 milestones");
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < planned.size(); i++) {
            ContractTerms.PlannedMilestone m = planned.get(i);
            String field = "milestones[" + i + "]";
            v.check(m.deliverable() != null && !m.deliverable().isBlank(), field + ".deliverable", "is required");
            v.check(m.amount() != null && m.amount().signum() > 0, field + ".amount", "must be positive");
            v.check(m.amount() == null || m.amount().scale() <= 2, field + ".amount", "has at most two decimals");
            v.check(m.plannedOn() != null, field + ".plannedOn", "is required");
            if (m.plannedOn() != null) {
                v.check(
                        terms.startsOn() == null || !m.plannedOn().isBefore(terms.startsOn()),
                        field + ".plannedOn",
                        "must not be before the contract starts");
                v.check(
                        terms.endsOn() == null || !m.plannedOn().isAfter(terms.endsOn()),
                        field + ".plannedOn",
                        "must not be after the contract ends");
            }
            sum = m.amount() == null ? sum : sum.add(m.amount());
        }
        v.check(
                planned.isEmpty() || sum.compareTo(valueAmount) == 0,
                "milestones",
                "amounts add up to " + sum.toPlainString() + ", not to the contract value "
                        + valueAmount.toPlainString());
        v.throwIfAny(ProblemType.RULE_VIOLATION, "The contract terms cannot be recorded");

        vatRate = vat.setScale(2);
        startsOn = terms.startsOn();
        endsOn = terms.endsOn();
        paymentTermDays = term;
        paymentTermJustification = justification;
        milestones.clear();
        for (int i = 0; i < planned.size(); i++) {
            ContractTerms.PlannedMilestone m = planned.get(i);
            milestones.add(
                    new Milestone(this, i + 1, m.deliverable(), m.amount().setScale(2), m.plannedOn()));
        }
        updatedAt = now;
    }

    /** Signs the contract once the standstill period is over and its terms are complete. */
    public void sign(AwardDecision award, String by, Instant now) {
        move(ContractStatus.ACTIVE);
        if (!award.standstillOverAt(now)) {
            throw new ProblemException(
                    ProblemType.RULE_VIOLATION,
                    "The standstill period runs until " + award.standstillEndsAt + "; no contract is signed before");
        }
        RuleViolations v = new RuleViolations();
        v.check(startsOn != null, "startsOn", "is required to sign");
        v.check(endsOn != null, "endsOn", "is required to sign");
        v.check(!milestones.isEmpty(), "milestones", "at least one milestone is required to sign");
        v.throwIfAny(ProblemType.RULE_VIOLATION, "The contract cannot be signed yet");
        status = ContractStatus.ACTIVE;
        signedAt = now;
        signedBy = by;
        updatedAt = now;
    }

    /** Completes an active contract whose milestones are all accepted. */
    public void complete(Instant now) {
        move(ContractStatus.COMPLETED);
        if (milestones.stream().anyMatch(m -> m.status != MilestoneStatus.ACCEPTED)) {
            throw new ProblemException(
                    ProblemType.RULE_VIOLATION, "A contract is completed once every milestone is accepted");
        }
        status = ContractStatus.COMPLETED;
        completedAt = now;
        updatedAt = now;
    }

    /** Ends the contract early, with a reason. */
    public void terminate(String reason, Instant now) {
        move(ContractStatus.TERMINATED);
        if (reason == null || reason.strip().length() < 10) {
            throw ProblemException.invalid("reason", "give a reason of at least 10 characters");
        }
        status = ContractStatus.TERMINATED;
        terminationReason = reason.strip();
        terminatedAt = now;
        updatedAt = now;
    }

    /** The acceptance period of this contract: the setting, but never longer than its payment term. */
    public Duration acceptancePeriod(ContractConfig config) {
        Duration term = Duration.ofDays(paymentTermDays);
        return config.acceptancePeriod().compareTo(term) <= 0 ? config.acceptancePeriod() : term;
    }

    public Milestone deliver(
            UUID milestoneId, String note, Milestone.Attachment file, ContractConfig config, Instant now) {
        Milestone m = activeMilestone(milestoneId);
        m.deliver(note, file, now, acceptancePeriod(config));
        updatedAt = now;
        return m;
    }

    public Milestone accept(UUID milestoneId, Instant now) {
        Milestone m = activeMilestone(milestoneId);
        m.accept(now);
        updatedAt = now;
        return m;
    }

    public Milestone reject(UUID milestoneId, String reason, Instant now) {
        Milestone m = activeMilestone(milestoneId);
        m.reject(reason, now);
        updatedAt = now;
        return m;
    }

    /** A milestone of this contract, or 404. */
    public Milestone milestone(UUID milestoneId) {
        return milestones.stream()
                .filter(m -> m.id.equals(milestoneId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Milestone " + milestoneId));
    }

    private Milestone activeMilestone(UUID milestoneId) {
        Milestone m = milestone(milestoneId);
        if (status != ContractStatus.ACTIVE) {
            throw ProblemException.conflict("Milestones move only while the contract is active; it is " + status);
        }
        return m;
    }

    private void move(ContractStatus target) {
        if (!status.canMoveTo(target)) {
            throw ProblemException.conflict("A " + status + " contract cannot become " + target);
        }
    }
}
