package org.challengemarket.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.challengemarket.support.Refusals.assertRefused;
import static org.challengemarket.support.Refusals.fieldErrors;
import static org.challengemarket.support.Refusals.fields;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.challengemarket.contract.ContractStatus;
import org.challengemarket.contract.InvoiceableMilestone;
import org.challengemarket.contract.MilestoneStatus;
import org.challengemarket.platform.error.Problem.FieldError;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.junit.jupiter.api.Test;

/** The invoice aggregate's lifecycle: receipt, approval, disputes and payments, without a container. */
class InvoiceTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Instant NOW = Instant.parse("2027-09-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2027-09-01");
    private static final LocalDate ISSUED = LocalDate.parse("2027-08-30");
    private static final BigDecimal AMOUNT = new BigDecimal("8000.00");
    private static final BigDecimal VAT = new BigDecimal("1680.00");

    private static InvoiceableMilestone milestone(
            ContractStatus contract, MilestoneStatus milestone, Instant deliveredAt) {
        return new InvoiceableMilestone(
                UUID.randomUUID(),
                UUID.randomUUID(),
                1,
                "Pilot set up in two schools",
                UUID.randomUUID(),
                "City of Mechelen",
                UUID.randomUUID(),
                "Routewise",
                "Safer school streets",
                contract,
                milestone,
                AMOUNT,
                "EUR",
                new BigDecimal("21.00"),
                30,
                deliveredAt);
    }

    private static InvoiceableMilestone accepted() {
        return milestone(ContractStatus.ACTIVE, MilestoneStatus.ACCEPTED, NOW.minus(Duration.ofDays(5)));
    }

    private static Invoice received() {
        return Invoice.receive(accepted(), " INV-2027-041 ", ISSUED, AMOUNT, VAT, "EUR", NOW, BRUSSELS);
    }

    private static Invoice approved() {
        Invoice invoice = received();
        invoice.approve(NOW);
        return invoice;
    }

    private static Payment pay(Invoice invoice, String amount, BigDecimal disputed) {
        return invoice.pay(new BigDecimal(amount), "EUR", TODAY, "BANK-1", disputed, TODAY, NOW, "finance");
    }

    private static List<FieldError> receiptRefusals(
            InvoiceableMilestone m, BigDecimal amount, BigDecimal vat, String currency, LocalDate issued) {
        return fieldErrors(
                () -> Invoice.receive(m, "INV-1", issued, amount, vat, currency, NOW, BRUSSELS),
                ProblemType.RULE_VIOLATION);
    }

    // ---- receipt -------------------------------------------------------------------------------

    @Test
    void shouldReceiveAnInvoiceDueAPaymentTermAfterReceipt() {
        InvoiceableMilestone m = accepted();

        Invoice invoice = Invoice.receive(m, " INV-2027-041 ", ISSUED, AMOUNT, VAT, "EUR", NOW, BRUSSELS);

        assertThat(invoice.id).isNotNull();
        assertThat(invoice.contractId).isEqualTo(m.contractId());
        assertThat(invoice.milestoneId).isEqualTo(m.milestoneId());
        assertThat(invoice.companyId).isEqualTo(m.companyId());
        assertThat(invoice.agencyId).isEqualTo(m.agencyId());
        assertThat(invoice.number).isEqualTo("INV-2027-041");
        assertThat(invoice.status).isEqualTo(InvoiceStatus.RECEIVED);
        assertThat(invoice.receivedAt).isEqualTo(NOW);
        assertThat(invoice.dueDate).isEqualTo(TODAY.plusDays(30));
        assertThat(invoice.total).isEqualTo(new BigDecimal("9680.00"));
        assertThat(invoice.paidAmount).isEqualTo(new BigDecimal("0.00"));
        assertThat(invoice.outstanding()).isEqualTo(new BigDecimal("9680.00"));
    }

    @Test
    void shouldRunThePaymentTermFromADeliveryAfterReceipt() {
        InvoiceableMilestone deliveredLater =
                milestone(ContractStatus.COMPLETED, MilestoneStatus.ACCEPTED, NOW.plus(Duration.ofDays(3)));

        Invoice invoice = Invoice.receive(deliveredLater, "INV-1", ISSUED, AMOUNT, VAT, "EUR", NOW, BRUSSELS);

        assertThat(invoice.dueDate).isEqualTo(TODAY.plusDays(33));
    }

    @Test
    void shouldRefuseAnInvoiceForAContractNotSigned() {
        assertThat(receiptRefusals(
                        milestone(ContractStatus.PENDING, MilestoneStatus.ACCEPTED, NOW), AMOUNT, VAT, "EUR", ISSUED))
                .containsExactly(
                        new FieldError("contractId", "the contract is PENDING; only signed contracts are invoiced"));
        assertThat(fields(receiptRefusals(
                        milestone(ContractStatus.TERMINATED, MilestoneStatus.ACCEPTED, NOW),
                        AMOUNT,
                        VAT,
                        "EUR",
                        ISSUED)))
                .containsExactly("contractId");
    }

    @Test
    void shouldRefuseAnInvoiceForAMilestoneNotAccepted() {
        assertThat(receiptRefusals(
                        milestone(ContractStatus.ACTIVE, MilestoneStatus.DELIVERED, NOW), AMOUNT, VAT, "EUR", ISSUED))
                .containsExactly(new FieldError(
                        "milestoneId", "milestone 1 is DELIVERED; only accepted milestones are invoiced"));
    }

    @Test
    void shouldRefuseAnAmountOtherThanTheMilestones() {
        assertThat(receiptRefusals(accepted(), new BigDecimal("8000.01"), new BigDecimal("1680.00"), "EUR", ISSUED))
                .containsExactly(new FieldError("amountExclVat", "must be the milestone's amount 8000.00"));
    }

    @Test
    void shouldRefuseVatOtherThanTheContractsRateOfTheAmount() {
        assertThat(receiptRefusals(accepted(), AMOUNT, new BigDecimal("1600.00"), "EUR", ISSUED))
                .containsExactly(new FieldError(
                        "vatAmount", "must be 21.00 % of the amount, 1680.00 (rounded half up to the cent)"));
    }

    @Test
    void shouldRefuseAnotherCurrencyThanTheContracts() {
        assertThat(receiptRefusals(accepted(), AMOUNT, VAT, "USD", ISSUED))
                .containsExactly(new FieldError("currency", "must be the contract's currency EUR"));
    }

    @Test
    void shouldRefuseAnIssueDateInTheFuture() {
        assertThat(receiptRefusals(accepted(), AMOUNT, VAT, "EUR", TODAY.plusDays(1)))
                .containsExactly(new FieldError("issueDate", "must not be in the future"));
        assertThat(Invoice.receive(accepted(), "INV-1", TODAY, AMOUNT, VAT, "EUR", NOW, BRUSSELS).issueDate)
                .isEqualTo(TODAY);
    }

    @Test
    void shouldListEveryReasonAtOnce() {
        assertThat(fields(receiptRefusals(
                        milestone(ContractStatus.PENDING, MilestoneStatus.PLANNED, null),
                        new BigDecimal("1.00"),
                        new BigDecimal("1.00"),
                        "USD",
                        TODAY.plusDays(1))))
                .containsExactly("contractId", "milestoneId", "amountExclVat", "vatAmount", "currency", "issueDate");
    }

    @Test
    void shouldRoundVatHalfUpToTheCent() {
        assertThat(Invoice.vat(new BigDecimal("1234.56"), new BigDecimal("21.00")))
                .isEqualTo(new BigDecimal("259.26"));
        assertThat(Invoice.vat(new BigDecimal("0.50"), new BigDecimal("25"))).isEqualTo(new BigDecimal("0.13"));
    }

    @Test
    void shouldBeOverdueOnlyWhileUnpaidAfterItsDueDate() {
        Invoice invoice = approved();

        assertThat(invoice.overdueOn(invoice.dueDate)).isFalse();
        assertThat(invoice.overdueOn(invoice.dueDate.plusDays(1))).isTrue();
        pay(invoice, "9680.00", BigDecimal.ZERO);
        assertThat(invoice.overdueOn(invoice.dueDate.plusDays(1))).isFalse();
    }

    // ---- approval ------------------------------------------------------------------------------

    @Test
    void shouldApproveAReceivedInvoice() {
        Invoice invoice = received();

        invoice.approve(NOW);

        assertThat(invoice.status).isEqualTo(InvoiceStatus.APPROVED);
        assertThat(invoice.approvedAt).isEqualTo(NOW);
    }

    @Test
    void shouldRefuseToApproveTwiceOrOncePaid() {
        Invoice twice = approved();
        Invoice paid = approved();
        pay(paid, "9680.00", BigDecimal.ZERO);

        assertRefused(() -> twice.approve(NOW), ProblemType.CONFLICT, "A APPROVED invoice cannot become APPROVED");
        assertRefused(() -> paid.approve(NOW), ProblemType.CONFLICT, "A PAID invoice cannot become APPROVED");
    }

    // ---- disputes ------------------------------------------------------------------------------

    @Test
    void shouldDisputeTheWholeUnpaidAmountWhenNoneIsNamed() {
        Invoice invoice = received();

        InvoiceDispute dispute = invoice.dispute(null, "  The report is missing.  ", TODAY, NOW);

        assertThat(invoice.status).isEqualTo(InvoiceStatus.DISPUTED);
        assertThat(dispute.invoiceId).isEqualTo(invoice.id);
        assertThat(dispute.amount).isEqualTo(new BigDecimal("9680.00"));
        assertThat(dispute.reason).isEqualTo("The report is missing.");
        assertThat(dispute.openedOn).isEqualTo(TODAY);
        assertThat(dispute.isOpen()).isTrue();
    }

    @Test
    void shouldDisputePartOfTheUnpaidAmount() {
        Invoice invoice = approved();

        InvoiceDispute dispute = invoice.dispute(new BigDecimal("100"), "One day was not worked.", TODAY, NOW);

        assertThat(dispute.amount).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void shouldRefuseASecondDisputeWhileOneIsOpen() {
        Invoice invoice = received();
        invoice.dispute(null, "The report is missing.", TODAY, NOW);

        assertRefused(
                () -> invoice.dispute(null, "And the photos are missing.", TODAY, NOW),
                ProblemType.CONFLICT,
                "This invoice is already disputed; resolve that dispute first");
    }

    @Test
    void shouldRefuseADisputedAmountNotPositiveOrAboveWhatIsUnpaid() {
        Invoice invoice = approved();
        pay(invoice, "9000.00", BigDecimal.ZERO);

        for (String amount : List.of("0", "680.01")) {
            assertThatThrownBy(() -> invoice.dispute(new BigDecimal(amount), "Not what was delivered.", TODAY, NOW))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.INVALID_REQUEST);
                        assertThat(e.errors())
                                .containsExactly(
                                        new FieldError("amount", "must be positive and at most the unpaid 680.00"));
                    });
        }
        assertThat(invoice.status).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    }

    @Test
    void shouldRefuseToDisputeAPaidInvoice() {
        Invoice invoice = approved();
        pay(invoice, "9680.00", BigDecimal.ZERO);

        assertRefused(
                () -> invoice.dispute(null, "Paid by mistake.", TODAY, NOW),
                ProblemType.CONFLICT,
                "A PAID invoice cannot become DISPUTED");
    }

    @Test
    void shouldGoBackWhereItsPaymentsPutItWhenTheDisputeIsResolved() {
        Invoice receivedOnly = received();
        InvoiceDispute first = receivedOnly.dispute(null, "The report is missing.", TODAY, NOW);
        Invoice approved = approved();
        InvoiceDispute second = approved.dispute(null, "The report is missing.", TODAY, NOW);
        Invoice partlyPaid = approved();
        pay(partlyPaid, "1000.00", BigDecimal.ZERO);
        InvoiceDispute third = partlyPaid.dispute(null, "The report is missing.", TODAY, NOW);

        receivedOnly.resolve(first, "  The report came in.  ", TODAY.plusDays(2), NOW);
        approved.resolve(second, "The report came in.", TODAY, NOW);
        partlyPaid.resolve(third, "The report came in.", TODAY, NOW);

        assertThat(receivedOnly.status).isEqualTo(InvoiceStatus.RECEIVED);
        assertThat(approved.status).isEqualTo(InvoiceStatus.APPROVED);
        assertThat(partlyPaid.status).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(first.isOpen()).isFalse();
        assertThat(first.resolution).isEqualTo("The report came in.");
        assertThat(first.resolvedOn).isEqualTo(TODAY.plusDays(2));
    }

    @Test
    void shouldRefuseToResolveWithoutAnOpenDispute() {
        Invoice notDisputed = approved();
        Invoice disputed = approved();
        InvoiceDispute dispute = disputed.dispute(null, "The report is missing.", TODAY, NOW);
        disputed.resolve(dispute, "The report came in.", TODAY, NOW);
        Invoice disputedAgain = approved();
        disputedAgain.dispute(null, "The report is missing.", TODAY, NOW);

        assertRefused(
                () -> notDisputed.resolve(null, "Nothing to resolve.", TODAY, NOW),
                ProblemType.CONFLICT,
                "This invoice has no open dispute");
        assertRefused(
                () -> disputedAgain.resolve(dispute, "Resolved once more.", TODAY, NOW),
                ProblemType.CONFLICT,
                "This invoice has no open dispute");
        assertRefused(
                () -> disputedAgain.resolve(null, "Resolved without a dispute.", TODAY, NOW),
                ProblemType.CONFLICT,
                "This invoice has no open dispute");
    }

    // ---- payments ------------------------------------------------------------------------------

    @Test
    void shouldRecordAPartPaymentAndThenPaymentInFull() {
        Invoice invoice = approved();

        Payment part = pay(invoice, "4000.00", BigDecimal.ZERO);
        assertThat(invoice.status).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice.outstanding()).isEqualTo(new BigDecimal("5680.00"));
        assertThat(invoice.paidOn).isNull();

        pay(invoice, "5680.00", BigDecimal.ZERO);
        assertThat(invoice.status).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.paidOn).isEqualTo(TODAY);
        assertThat(part.invoiceId).isEqualTo(invoice.id);
        assertThat(part.kind).isEqualTo(PaymentKind.PRINCIPAL);
        assertThat(part.amount).isEqualTo(new BigDecimal("4000.00"));
        assertThat(part.reference).isEqualTo("BANK-1");
        assertThat(part.recordedBy).isEqualTo("finance");
    }

    @Test
    void shouldStayDisputedWhilePayingTheUndisputedPart() {
        Invoice invoice = approved();
        InvoiceDispute dispute = invoice.dispute(new BigDecimal("680.00"), "One day was not worked.", TODAY, NOW);

        pay(invoice, "9000.00", dispute.amount);

        assertThat(invoice.status).isEqualTo(InvoiceStatus.DISPUTED);
        assertThat(invoice.outstanding()).isEqualTo(new BigDecimal("680.00"));
    }

    @Test
    void shouldRefuseAPaymentBeforeApproval() {
        Invoice invoice = received();

        assertRefused(
                () -> pay(invoice, "100.00", BigDecimal.ZERO),
                ProblemType.CONFLICT,
                "Approve the invoice before recording a payment");
    }

    @Test
    void shouldRefuseAPaymentOfAPaidInvoice() {
        Invoice invoice = approved();
        pay(invoice, "9680.00", BigDecimal.ZERO);

        assertRefused(
                () -> pay(invoice, "0.01", BigDecimal.ZERO),
                ProblemType.CONFLICT,
                "This invoice is paid in full; a further payment would be an overpayment");
    }

    @Test
    void shouldRefuseAnOverpayment() {
        Invoice invoice = approved();

        assertRefused(
                () -> pay(invoice, "9680.01", BigDecimal.ZERO),
                ProblemType.CONFLICT,
                "Overpayment: 9680.01 is more than the 9680.00 EUR payable");
        assertRefused(
                () -> pay(invoice, "9001.00", new BigDecimal("680.00")),
                ProblemType.CONFLICT,
                "Overpayment: 9001.00 is more than the 9000.00 EUR payable (680.00 is disputed)");
        assertThat(invoice.paidAmount).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void shouldRefuseAPaymentInAnotherCurrencyOrOnAnImpossibleDay() {
        Invoice invoice = approved();

        assertThatThrownBy(() -> invoice.pay(
                        new BigDecimal("100.00"),
                        "USD",
                        TODAY.plusDays(1),
                        "BANK-1",
                        BigDecimal.ZERO,
                        TODAY,
                        NOW,
                        "finance"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION);
                    assertThat(e.errors())
                            .containsExactly(
                                    new FieldError("amount.currency", "must be the invoice's currency EUR"),
                                    new FieldError("paidOn", "must not be in the future"));
                });
        assertThatThrownBy(() -> invoice.pay(
                        new BigDecimal("100.00"),
                        "EUR",
                        ISSUED.minusDays(1),
                        "BANK-1",
                        BigDecimal.ZERO,
                        TODAY,
                        NOW,
                        "finance"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(new FieldError(
                                        "paidOn", "must not be before the invoice's issue date " + ISSUED)));
        assertThat(invoice.status).isEqualTo(InvoiceStatus.APPROVED);
    }

    @Test
    void shouldRecordInterestUpToWhatIsOwed() {
        Invoice invoice = approved();

        Payment interest = invoice.payInterest(
                new BigDecimal("52.40"), "EUR", TODAY, "BANK-2", new BigDecimal("52.40"), TODAY, NOW, "finance");

        assertThat(interest.kind).isEqualTo(PaymentKind.INTEREST);
        assertThat(interest.amount).isEqualTo(new BigDecimal("52.40"));
        assertThat(invoice.paidAmount).isEqualTo(new BigDecimal("0.00"));
        assertThat(invoice.status).isEqualTo(InvoiceStatus.APPROVED);
    }

    @Test
    void shouldRefuseInterestAboveWhatIsOwed() {
        Invoice invoice = approved();

        assertRefused(
                () -> invoice.payInterest(
                        new BigDecimal("52.41"),
                        "EUR",
                        TODAY,
                        "BANK-2",
                        new BigDecimal("52.40"),
                        TODAY,
                        NOW,
                        "finance"),
                ProblemType.CONFLICT,
                "Overpayment: 52.41 is more than the 52.40 EUR of interest and compensation owed on " + TODAY);
        assertThatThrownBy(() -> invoice.payInterest(
                        new BigDecimal("1.00"), "USD", TODAY, "BANK-2", new BigDecimal("52.40"), TODAY, NOW, "finance"))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION));
    }
}
