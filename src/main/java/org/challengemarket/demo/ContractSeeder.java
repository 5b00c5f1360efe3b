package org.challengemarket.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.challengemarket.contract.AwardService;
import org.challengemarket.contract.ContractService;
import org.challengemarket.contract.dto.ContractDtos.ContractDto;
import org.challengemarket.contract.dto.ContractDtos.DeliveryRequest;
import org.challengemarket.contract.dto.ContractDtos.MilestoneDto;
import org.challengemarket.contract.dto.ContractDtos.MilestoneRequest;
import org.challengemarket.contract.dto.ContractDtos.TermsRequest;
import org.challengemarket.payment.Invoice;
import org.challengemarket.payment.InvoiceService;
import org.challengemarket.payment.PaymentConfig;
import org.challengemarket.payment.PaymentKind;
import org.challengemarket.payment.dto.PaymentDtos.InvoiceDto;
import org.challengemarket.payment.dto.PaymentDtos.InvoiceRequest;
import org.challengemarket.payment.dto.PaymentDtos.PaymentRequest;
import org.challengemarket.platform.money.MoneyDto;

/**
 * The awarded challenge's pilot contract, signed after the standstill period: Routewise BV delivered
 * its three milestones and the agency accepted them; of the three invoices one was paid on time, one
 * is overdue and accrues interest, one is due within a week (sign in as finance.mobility to see them
 * on the finance dashboard). Dates count back from the seeding.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test"})
class ContractSeeder implements DemoSeeder {

    private static final String OFFICER = AwardSeeder.OFFICER;
    private static final String COMPANY = AwardSeeder.COMPANY;
    private static final String FINANCE = "finance.mobility";
    private static final BigDecimal VAT_RATE = new BigDecimal("21.00");
    private static final BigDecimal MILESTONE = new BigDecimal("8000.00");

    @Inject
    AwardService awards;

    @Inject
    ContractService contracts;

    @Inject
    InvoiceService invoices;

    @Inject
    PaymentConfig config;

    @Override
    public void seed(DemoSession demo) {
        UUID challenge = demo.challenge(AwardSeeder.CHALLENGE);
        Instant awarded = demo.daysAgo(AwardSeeder.AWARDED_DAYS_AGO);
        UUID contract = demo.as(
                OFFICER, awarded, () -> awards.get(challenge).awards().get(0).contractId());
        LocalDate start = LocalDate.ofInstant(awarded, config.zone()).plusDays(11);
        TermsRequest terms = new TermsRequest(
                VAT_RATE,
                start,
                start.plusMonths(8),
                30,
                null,
                List.of(
                        new MilestoneRequest("Audit of 120 bus stops", MILESTONE, start.plusDays(30)),
                        new MilestoneRequest("Repair priorities and costs", MILESTONE, start.plusDays(80)),
                        new MilestoneRequest("Planning tool handed over", MILESTONE, start.plusDays(120))));
        ContractDto pending = demo.as(OFFICER, awarded, () -> contracts.get(contract));
        demo.as(OFFICER, awarded, () -> contracts.setTerms(contract, pending.version(), terms));
        List<UUID> milestones =
                demo
                        .as(OFFICER, awarded.plus(Duration.ofDays(11)), () -> contracts.sign(contract))
                        .milestones()
                        .stream()
                        .map(MilestoneDto::id)
                        .toList();
        // in the order things happened, so each open-data release tells the contract as it stood then
        deliverAndAccept(demo, contract, milestones.get(0), demo.daysAgo(120));
        InvoiceDto paid = invoice(demo, contract, milestones.get(0), "RW-2026-001", demo.daysAgo(80));
        approve(demo, paid, demo.daysAgo(70));
        deliverAndAccept(demo, contract, milestones.get(1), demo.daysAgo(70));
        // paid five days before it was due
        PaymentRequest payment = new PaymentRequest(
                paid.dueDate().minusDays(5),
                new MoneyDto(paid.total(), paid.currency()),
                "SEPA 2026-001",
                PaymentKind.PRINCIPAL);
        demo.as(FINANCE, demo.daysAgo(55), () -> invoices.pay(paid.id(), payment));
        // due twenty days ago, unpaid: accrues interest
        approve(demo, invoice(demo, contract, milestones.get(1), "RW-2026-002", demo.daysAgo(50)), demo.daysAgo(45));
        deliverAndAccept(demo, contract, milestones.get(2), demo.daysAgo(40));
        // due in four days
        approve(demo, invoice(demo, contract, milestones.get(2), "RW-2026-003", demo.daysAgo(26)), demo.daysAgo(20));
    }

    private void deliverAndAccept(DemoSession demo, UUID contract, UUID milestone, Instant delivered) {
        demo.as(
                COMPANY,
                delivered,
                () -> contracts.deliver(contract, milestone, new DeliveryRequest("Delivered as planned.", null)));
        demo.as(OFFICER, delivered.plus(Duration.ofDays(5)), () -> contracts.accept(contract, milestone));
    }

    private InvoiceDto invoice(DemoSession demo, UUID contract, UUID milestone, String number, Instant received) {
        InvoiceRequest request = new InvoiceRequest(
                milestone,
                number,
                LocalDate.ofInstant(received, config.zone()),
                MILESTONE,
                Invoice.vat(MILESTONE, VAT_RATE),
                "EUR");
        return demo.as(COMPANY, received, () -> invoices.submit(contract, request));
    }

    private void approve(DemoSession demo, InvoiceDto invoice, Instant at) {
        demo.as(FINANCE, at, () -> invoices.approve(invoice.id()));
    }
}
