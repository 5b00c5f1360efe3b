package org.challengemarket.ocds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.challengemarket.contract.Milestone;
import org.challengemarket.contract.MilestoneStatus;
import org.challengemarket.contract.PilotContract;
import org.challengemarket.payment.Payment;

/**
 * Reads what a contract or implementation release publishes about a pilot contract: its signed
 * value, term and milestones, and the payments made so far. Only public facts: no delivery notes,
 * files, invoices' disputes or people.
 */
@ApplicationScoped
class OcdsContractReader {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Inject
    EntityManager em;

    OcdsContractFacts contract(UUID contractId) {
        PilotContract c = em.find(PilotContract.class, contractId);
        List<OcdsContractFacts.Milestone> milestones = c.milestones.stream()
                .map(m -> new OcdsContractFacts.Milestone(m.id, m.deliverable, startOf(m.plannedOn)))
                .toList();
        return new OcdsContractFacts(
                c.challenge.id,
                c.id,
                c.company.name,
                "Pilot contract: " + c.challenge.title,
                c.valueAmount,
                c.currency,
                c.signedAt,
                startOf(c.startsOn),
                startOf(c.endsOn),
                milestones);
    }

    OcdsPaymentFacts implementation(UUID contractId) {
        PilotContract c = em.find(PilotContract.class, contractId);
        List<OcdsPaymentFacts.Milestone> milestones = c.milestones.stream()
                .map(m -> new OcdsPaymentFacts.Milestone(m.id, m.deliverable, startOf(m.plannedOn), met(m)))
                .toList();
        List<OcdsPaymentFacts.Payment> payments = em
                .createQuery(
                        "select p from Payment p, Invoice i where p.invoiceId = i.id and i.contractId = :contract"
                                + " order by p.paidOn, p.recordedAt, p.id",
                        Payment.class)
                .setParameter("contract", contractId)
                .getResultList()
                .stream()
                .map(p -> new OcdsPaymentFacts.Payment(p.id, startOf(p.paidOn), p.amount, p.currency))
                .toList();
        return new OcdsPaymentFacts(c.challenge.id, c.id, c.company.name, milestones, payments);
    }

    private static Instant met(Milestone m) {
        return m.status == MilestoneStatus.ACCEPTED ? m.decidedAt : null;
    }

    private static Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(BRUSSELS).toInstant();
    }
}
