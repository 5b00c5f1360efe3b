package org.challengemarket.payment;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeConfig;
import org.challengemarket.challenge.ChallengeContent;
import org.challengemarket.challenge.Stage;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.challenge.Weights;
import org.challengemarket.contract.AwardDecision;
import org.challengemarket.contract.ContractConfig;
import org.challengemarket.contract.ContractTerms;
import org.challengemarket.contract.InvoiceableMilestone;
import org.challengemarket.contract.Milestone;
import org.challengemarket.contract.PilotContract;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.money.Money;
import org.challengemarket.proposal.Proposal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds an awarded challenge once, after the other demo data: Routewise BV holds an active pilot
 * contract with the Federal Public Service Mobility, with three invoices: one paid on time, one
 * due within a week, one overdue and accruing interest (sign in as finance.mobility to see them on
 * the finance dashboard). Dates are relative to the service clock. Not part of a production build.
 */
@Singleton
@IfBuildProfile(anyOf = {"dev", "test"})
public class PaymentDemoData {

    static final String CHALLENGE = "Accessible bus stops: audit and repair planning";

    @ConfigProperty(name = "challengemarket.demo-data.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    ChallengeConfig challengeConfig;

    @Inject
    ContractConfig contractConfig;

    @Inject
    PaymentConfig config;

    // runs after the demo organisations, challenges and evaluations exist
    void onStart(@Observes @Priority(5000) StartupEvent event) {
        if (enabled) {
            seed();
        }
    }

    @ActivateRequestContext
    @Transactional
    void seed() {
        Organisation agency = Organisation.<Organisation>find("name", "Federal Public Service Mobility")
                .firstResult();
        Organisation company =
                Organisation.<Organisation>find("name", "Routewise BV").firstResult();
        if (agency == null || company == null || Challenge.count("title", CHALLENGE) > 0) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant published = now.minus(Duration.ofDays(240));
        Challenge challenge = Challenge.draft(agency, content(published), published);
        challenge.publish(published, challengeConfig.rules());
        challenge.persist();
        Proposal proposal = Proposal.start(challenge, company, published.plus(Duration.ofDays(5)));
        proposal.persist();
        proposal.submitted(published.plus(Duration.ofDays(20)));
        Instant firstDecision = challenge.stages.get(0).deadline.plus(Duration.ofDays(2));
        challenge.beginEvaluation(firstDecision);
        proposal.shortlist(firstDecision);
        proposal.submitted(challenge.stages.get(1).deadline.minus(Duration.ofDays(3)));
        proposal.shortlist(challenge.stages.get(1).deadline.plus(Duration.ofDays(2)));
        proposal.submitted(challenge.stages.get(2).deadline.minus(Duration.ofDays(3)));

        Instant awarded = now.minus(Duration.ofDays(150));
        proposal.award(awarded);
        challenge.award(awarded);
        AwardDecision decision = new AwardDecision(
                challenge.id, 3, awarded, awarded.plus(contractConfig.standstill()), null, false, "demo");
        decision.persist();
        PilotContract contract = PilotContract.awarded(proposal, Money.eur("24000.00"), 1, contractConfig, awarded);
        LocalDate start = LocalDate.ofInstant(awarded, config.zone()).plusDays(11);
        contract.setTerms(
                new ContractTerms(
                        new BigDecimal("21.00"),
                        start,
                        start.plusMonths(8),
                        30,
                        null,
                        List.of(
                                new ContractTerms.PlannedMilestone(
                                        "Audit of 120 bus stops", new BigDecimal("8000.00"), start.plusDays(30)),
                                new ContractTerms.PlannedMilestone(
                                        "Repair priorities and costs", new BigDecimal("8000.00"), start.plusDays(80)),
                                new ContractTerms.PlannedMilestone(
                                        "Planning tool handed over", new BigDecimal("8000.00"), start.plusDays(120)))),
                contractConfig,
                awarded);
        contract.persist();
        em.flush();
        contract.sign(decision, "demo", awarded.plus(Duration.ofDays(11)));
        List<Milestone> m = contract.milestones;
        deliverAndAccept(contract, m.get(0), now.minus(Duration.ofDays(120)));
        deliverAndAccept(contract, m.get(1), now.minus(Duration.ofDays(70)));
        deliverAndAccept(contract, m.get(2), now.minus(Duration.ofDays(40)));
        em.flush();

        LocalDate today = LocalDate.ofInstant(now, config.zone());
        // paid five days before it was due
        Invoice paid = invoice(contract, m.get(0), "RW-2026-001", now.minus(Duration.ofDays(80)));
        paid.approve(now.minus(Duration.ofDays(70)));
        paid.pay(
                        paid.total,
                        "EUR",
                        paid.dueDate.minusDays(5),
                        "SEPA 2026-001",
                        BigDecimal.ZERO,
                        today,
                        now.minus(Duration.ofDays(55)),
                        "demo")
                .persist();
        // due twenty days ago, unpaid: accrues interest
        Invoice overdue = invoice(contract, m.get(1), "RW-2026-002", now.minus(Duration.ofDays(50)));
        overdue.approve(now.minus(Duration.ofDays(45)));
        // due in four days
        Invoice dueSoon = invoice(contract, m.get(2), "RW-2026-003", now.minus(Duration.ofDays(26)));
        dueSoon.approve(now.minus(Duration.ofDays(20)));
        em.flush();
        audit.record("challenge.awarded", "challenge", challenge.id, "demo data: 1 awarded");
        audit.record("contract.signed", "contract", contract.id, "demo data");
        for (Invoice invoice : List.of(paid, overdue, dueSoon)) {
            audit.record("invoice.received", "invoice", invoice.id, invoice.number + ", due " + invoice.dueDate);
        }
    }

    private void deliverAndAccept(PilotContract contract, Milestone milestone, Instant delivered) {
        contract.deliver(milestone.id, "Delivered as planned.", null, contractConfig, delivered);
        contract.accept(milestone.id, delivered.plus(Duration.ofDays(5)));
    }

    private Invoice invoice(PilotContract contract, Milestone m, String number, Instant received) {
        InvoiceableMilestone target = new InvoiceableMilestone(
                contract.id,
                m.id,
                m.position,
                m.deliverable,
                contract.agency.id,
                contract.agency.name,
                contract.company.id,
                contract.company.name,
                contract.challenge.title,
                contract.status,
                m.status,
                m.amount,
                contract.currency,
                contract.vatRate,
                contract.paymentTermDays,
                m.deliveredAt);
        Invoice invoice = Invoice.receive(
                target,
                number,
                LocalDate.ofInstant(received, config.zone()),
                m.amount,
                Invoice.vat(m.amount, contract.vatRate),
                contract.currency,
                received,
                config.zone());
        invoice.persist();
        return invoice;
    }

    private static ChallengeContent content(Instant from) {
        Instant d1 = from.plus(Duration.ofDays(30));
        Instant d2 = d1.plus(Duration.ofDays(30));
        Instant d3 = d2.plus(Duration.ofDays(21));
        return new ChallengeContent(
                CHALLENGE,
                "Wheelchair users cannot board at a third of the regional bus stops; nobody knows which ones.",
                "About 1,200 stops on regional roads, owned by three authorities.",
                "A complete audit of 120 stops and a costed repair plan the authorities agree on.",
                "mobility",
                Money.eur("30000.00"),
                1,
                List.of("nl", "fr", "en"),
                List.of(
                        new Stage(1, StageKind.EXPRESSION_OF_INTEREST, from, d1, 6),
                        new Stage(2, StageKind.FULL_PROPOSAL, d1, d2, 3),
                        new Stage(3, StageKind.PITCH, d2, d3, null)),
                new Weights(50, 30, 20));
    }
}
