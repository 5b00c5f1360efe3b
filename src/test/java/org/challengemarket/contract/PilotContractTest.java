package org.challengemarket.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.challengemarket.support.Refusals.assertRefused;
import static org.challengemarket.support.Refusals.fieldErrors;
import static org.challengemarket.support.Refusals.fields;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.challengemarket.challenge.ChallengeFixtures;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.organisation.OrganisationType;
import org.challengemarket.platform.error.Problem.FieldError;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.money.Money;
import org.challengemarket.proposal.Proposal;
import org.junit.jupiter.api.Test;

/** The pilot contract aggregate's lifecycle: terms, signing, milestones, the end, without a container. */
class PilotContractTest {

    private static final Instant NOW = Instant.parse("2027-06-01T09:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofDays(1));
    private static final LocalDate STARTS = LocalDate.parse("2027-07-01");
    private static final LocalDate ENDS = LocalDate.parse("2027-12-31");
    private static final Money VALUE = Money.eur("20000.00");

    /** The defaults of the Belgian programme. */
    private static final ContractConfig CONFIG = new ContractConfig() {
        @Override
        public Duration standstill() {
            return Duration.ofDays(10);
        }

        @Override
        public Duration acceptancePeriod() {
            return Duration.ofDays(30);
        }

        @Override
        public int defaultPaymentTermDays() {
            return 30;
        }

        @Override
        public int maximumPaymentTermDays() {
            return 60;
        }

        @Override
        public BigDecimal defaultVatRate() {
            return new BigDecimal("21.00");
        }
    };

    private static Proposal awardedProposal() {
        Proposal proposal = Proposal.start(
                ChallengeFixtures.published(NOW), new Organisation("Routewise", OrganisationType.COMPANY, NOW), NOW);
        proposal.submitted(NOW);
        proposal.shortlist(NOW);
        proposal.submitted(NOW);
        proposal.shortlist(NOW);
        proposal.submitted(NOW);
        proposal.award(NOW);
        return proposal;
    }

    private static PilotContract pending() {
        return PilotContract.awarded(awardedProposal(), VALUE, 1, CONFIG, NOW);
    }

    private static ContractTerms.PlannedMilestone milestone(String deliverable, String amount, LocalDate plannedOn) {
        return new ContractTerms.PlannedMilestone(
                deliverable, amount == null ? null : new BigDecimal(amount), plannedOn);
    }

    private static ContractTerms terms(List<ContractTerms.PlannedMilestone> milestones) {
        return new ContractTerms(null, STARTS, ENDS, null, null, milestones);
    }

    private static ContractTerms completeTerms() {
        return terms(List.of(
                milestone("Pilot set up in two schools", "8000", STARTS.plusMonths(1)),
                milestone("Three months of counts", "12000.00", ENDS)));
    }

    private static AwardDecision award(PilotContract contract, Instant standstillEndsAt) {
        return new AwardDecision(contract.challenge.id, 3, NOW, standstillEndsAt, null, true, "officer");
    }

    private static PilotContract active() {
        PilotContract contract = pending();
        contract.setTerms(completeTerms(), CONFIG, NOW);
        contract.sign(award(contract, NOW), "officer", NOW);
        return contract;
    }

    private static List<FieldError> termRefusals(PilotContract contract, ContractTerms terms) {
        return fieldErrors(() -> contract.setTerms(terms, CONFIG, LATER), ProblemType.RULE_VIOLATION);
    }

    // ---- award ---------------------------------------------------------------------------------

    @Test
    void shouldStartPendingBetweenTheAgencyAndTheAwardedCompanyWithDefaultTerms() {
        Proposal proposal = awardedProposal();

        PilotContract contract = PilotContract.awarded(proposal, VALUE, 2, CONFIG, NOW);

        assertThat(contract.status).isEqualTo(ContractStatus.PENDING);
        assertThat(contract.challenge).isSameAs(proposal.challenge);
        assertThat(contract.agency).isSameAs(proposal.challenge.agency);
        assertThat(contract.company).isSameAs(proposal.company);
        assertThat(contract.rank).isEqualTo(2);
        assertThat(contract.value()).isEqualTo(VALUE);
        assertThat(contract.vatRate).isEqualByComparingTo("21.00");
        assertThat(contract.paymentTermDays).isEqualTo(30);
        assertThat(contract.milestones).isEmpty();
    }

    // ---- terms ---------------------------------------------------------------------------------

    @Test
    void shouldRecordTermsWithNumberedMilestones() {
        PilotContract contract = pending();

        contract.setTerms(
                new ContractTerms(
                        new BigDecimal("6"),
                        STARTS,
                        ENDS,
                        45,
                        "  Finance closes its books quarterly.  ",
                        completeTerms().milestones()),
                CONFIG,
                LATER);

        assertThat(contract.vatRate).isEqualTo(new BigDecimal("6.00"));
        assertThat(contract.startsOn).isEqualTo(STARTS);
        assertThat(contract.endsOn).isEqualTo(ENDS);
        assertThat(contract.paymentTermDays).isEqualTo(45);
        assertThat(contract.paymentTermJustification).isEqualTo("Finance closes its books quarterly.");
        assertThat(contract.milestones).extracting(m -> m.position).containsExactly(1, 2);
        assertThat(contract.milestones)
                .extracting(m -> m.amount)
                .containsExactly(new BigDecimal("8000.00"), new BigDecimal("12000.00"));
        assertThat(contract.milestones).allSatisfy(m -> assertThat(m.status).isEqualTo(MilestoneStatus.PLANNED));
        assertThat(contract.updatedAt).isEqualTo(LATER);
    }

    @Test
    void shouldKeepTheDefaultVatRateAndPaymentTermWhenLeftOut() {
        PilotContract contract = pending();

        contract.setTerms(terms(List.of()), CONFIG, LATER);

        assertThat(contract.vatRate).isEqualTo(new BigDecimal("21.00"));
        assertThat(contract.paymentTermDays).isEqualTo(30);
        assertThat(contract.paymentTermJustification).isNull();
        assertThat(contract.milestones).isEmpty();
    }

    @Test
    void shouldReplaceEarlierMilestones() {
        PilotContract contract = pending();
        contract.setTerms(completeTerms(), CONFIG, NOW);

        contract.setTerms(terms(List.of(milestone("Whole pilot", "20000", ENDS))), CONFIG, LATER);

        assertThat(contract.milestones).extracting(m -> m.deliverable).containsExactly("Whole pilot");
    }

    @Test
    void shouldRefuseToChangeTheTermsOnceSigned() {
        PilotContract contract = active();

        assertRefused(
                () -> contract.setTerms(completeTerms(), CONFIG, LATER),
                ProblemType.CONFLICT,
                "Only a pending contract's terms can change; this one is ACTIVE");
    }

    @Test
    void shouldRefuseAVatRateOutsideZeroToHundredOrWithMoreThanTwoDecimals() {
        PilotContract contract = pending();

        assertThat(termRefusals(contract, new ContractTerms(new BigDecimal("-1"), STARTS, ENDS, null, null, null)))
                .containsExactly(new FieldError("vatRate", "must be 0 to 100"));
        assertThat(termRefusals(contract, new ContractTerms(new BigDecimal("100.5"), STARTS, ENDS, null, null, null)))
                .containsExactly(new FieldError("vatRate", "must be 0 to 100"));
        assertThat(termRefusals(contract, new ContractTerms(new BigDecimal("21.005"), STARTS, ENDS, null, null, null)))
                .containsExactly(new FieldError("vatRate", "has at most two decimals"));
        assertThat(contract.vatRate).isEqualByComparingTo("21.00");
    }

    @Test
    void shouldRefuseAnEndBeforeTheStart() {
        assertThat(termRefusals(pending(), new ContractTerms(null, ENDS, STARTS, null, null, null)))
                .containsExactly(new FieldError("endsOn", "must not be before startsOn"));
    }

    @Test
    void shouldRefuseAPaymentTermOutsideOneToTheMaximum() {
        PilotContract contract = pending();

        assertThat(termRefusals(contract, new ContractTerms(null, STARTS, ENDS, 0, null, null)))
                .containsExactly(new FieldError("paymentTermDays", "must be 1 to 60 days"));
        assertThat(fields(termRefusals(
                        contract, new ContractTerms(null, STARTS, ENDS, 61, "Agreed with the company.", null))))
                .containsExactly("paymentTermDays");
    }

    @Test
    void shouldRefuseAPaymentTermAboveTheDefaultWithoutAWrittenJustification() {
        PilotContract contract = pending();
        FieldError needsJustification = new FieldError(
                "paymentTermJustification",
                "a payment term above 30 days needs a written justification (at least 10 characters)");

        assertThat(termRefusals(contract, new ContractTerms(null, STARTS, ENDS, 31, null, null)))
                .containsExactly(needsJustification);
        assertThat(termRefusals(contract, new ContractTerms(null, STARTS, ENDS, 31, "   ", null)))
                .containsExactly(needsJustification);
        assertThat(termRefusals(contract, new ContractTerms(null, STARTS, ENDS, 31, "Too short", null)))
                .containsExactly(needsJustification);
    }

    @Test
    void shouldRefuseMoreThanFiftyMilestones() {
        List<ContractTerms.PlannedMilestone> many =
                Collections.nCopies(51, milestone("A small step", "400.00", STARTS));

        assertThat(fields(termRefusals(pending(), terms(many))))
                .contains("milestones")
                .doesNotContain("milestones[0]");
    }

    @Test
    void shouldRefuseIncompleteMilestones() {
        List<FieldError> refusals = termRefusals(
                pending(), terms(List.of(milestone(" ", "20000.00", STARTS), milestone("Report", null, null))));

        assertThat(refusals)
                .containsExactly(
                        new FieldError("milestones[0].deliverable", "is required"),
                        new FieldError("milestones[1].amount", "must be positive"),
                        new FieldError("milestones[1].plannedOn", "is required"));
    }

    @Test
    void shouldRefuseMilestoneAmountsNotPositiveOrWithMoreThanTwoDecimals() {
        List<FieldError> refusals = termRefusals(
                pending(),
                terms(List.of(
                        milestone("Nothing", "0", STARTS),
                        milestone("Almost all", "19999.995", STARTS),
                        milestone("The rest", "0.005", STARTS))));

        assertThat(fields(refusals))
                .containsExactly("milestones[0].amount", "milestones[1].amount", "milestones[2].amount");
        assertThat(refusals).contains(new FieldError("milestones[1].amount", "has at most two decimals"));
    }

    @Test
    void shouldRefuseMilestonesPlannedOutsideTheContractDates() {
        List<FieldError> refusals = termRefusals(
                pending(),
                terms(List.of(
                        milestone("Too early", "10000", STARTS.minusDays(1)),
                        milestone("Too late", "10000", ENDS.plusDays(1)))));

        assertThat(refusals)
                .containsExactly(
                        new FieldError("milestones[0].plannedOn", "must not be before the contract starts"),
                        new FieldError("milestones[1].plannedOn", "must not be after the contract ends"));
    }

    @Test
    void shouldRefuseMilestonesThatDoNotAddUpToTheContractValue() {
        assertThat(termRefusals(pending(), terms(List.of(milestone("Half the pilot", "10000.00", STARTS)))))
                .containsExactly(
                        new FieldError("milestones", "amounts add up to 10000.00, not to the contract value 20000.00"));
    }

    // ---- signing -------------------------------------------------------------------------------

    @Test
    void shouldSignCompleteTermsOnceTheStandstillIsOver() {
        PilotContract contract = pending();
        contract.setTerms(completeTerms(), CONFIG, NOW);

        contract.sign(award(contract, LATER), "officer.mechelen", LATER);

        assertThat(contract.status).isEqualTo(ContractStatus.ACTIVE);
        assertThat(contract.signedAt).isEqualTo(LATER);
        assertThat(contract.signedBy).isEqualTo("officer.mechelen");
    }

    @Test
    void shouldRefuseToSignDuringTheStandstillPeriod() {
        PilotContract contract = pending();
        contract.setTerms(completeTerms(), CONFIG, NOW);

        assertRefused(
                () -> contract.sign(award(contract, LATER), "officer", LATER.minusSeconds(1)),
                ProblemType.RULE_VIOLATION,
                "The standstill period runs until " + LATER + "; no contract is signed before");
        assertThat(contract.status).isEqualTo(ContractStatus.PENDING);
    }

    @Test
    void shouldRefuseToSignWithoutDatesOrMilestones() {
        PilotContract contract = pending();

        assertThatThrownBy(() -> contract.sign(award(contract, NOW), "officer", NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION);
                    assertThat(fields(e.errors())).containsExactly("startsOn", "endsOn", "milestones");
                });
        assertThat(contract.status).isEqualTo(ContractStatus.PENDING);
    }

    @Test
    void shouldRefuseToSignTwice() {
        PilotContract contract = active();

        assertRefused(
                () -> contract.sign(award(contract, NOW), "officer", LATER),
                ProblemType.CONFLICT,
                "A ACTIVE contract cannot become ACTIVE");
        assertThat(contract.signedAt).isEqualTo(NOW);
    }

    // ---- milestones ----------------------------------------------------------------------------

    @Test
    void shouldDeliverAMilestoneToBeDecidedWithinTheAcceptancePeriod() {
        PilotContract contract = active();
        Milestone first = contract.milestones.get(0);
        Milestone.Attachment file = new Milestone.Attachment("report.pdf", "application/pdf", "ab12", new byte[] {1});

        Milestone delivered = contract.deliver(first.id, "  Installed in both schools.  ", file, CONFIG, LATER);

        assertThat(delivered).isSameAs(first);
        assertThat(delivered.status).isEqualTo(MilestoneStatus.DELIVERED);
        assertThat(delivered.deliveredAt).isEqualTo(LATER);
        assertThat(delivered.deliveryNote).isEqualTo("Installed in both schools.");
        assertThat(delivered.attachmentName).isEqualTo("report.pdf");
        assertThat(delivered.attachmentSha256).isEqualTo("ab12");
        assertThat(delivered.acceptanceDueAt).isEqualTo(LATER.plus(Duration.ofDays(30)));
        assertThat(contract.updatedAt).isEqualTo(LATER);
    }

    @Test
    void shouldAcceptADeliveredMilestone() {
        PilotContract contract = active();
        Milestone first = contract.milestones.get(0);
        contract.deliver(first.id, null, null, CONFIG, NOW);

        contract.accept(first.id, LATER);

        assertThat(first.status).isEqualTo(MilestoneStatus.ACCEPTED);
        assertThat(first.decidedAt).isEqualTo(LATER);
    }

    @Test
    void shouldRejectADeliveredMilestoneWithAReasonAndTakeItAgain() {
        PilotContract contract = active();
        Milestone first = contract.milestones.get(0);
        contract.deliver(first.id, null, null, CONFIG, NOW);

        contract.reject(first.id, "  The counts of one school are missing.  ", LATER);
        assertThat(first.status).isEqualTo(MilestoneStatus.REJECTED);
        assertThat(first.rejectionReason).isEqualTo("The counts of one school are missing.");

        Instant again = LATER.plus(Duration.ofDays(2));
        contract.deliver(first.id, "Now with both schools.", null, CONFIG, again);
        assertThat(first.status).isEqualTo(MilestoneStatus.DELIVERED);
        assertThat(first.rejectionReason).isNull();
        assertThat(first.decidedAt).isNull();
        assertThat(first.acceptanceDueAt).isEqualTo(again.plus(Duration.ofDays(30)));
    }

    @Test
    void shouldRefuseARejectionWithoutAReason() {
        PilotContract contract = active();
        Milestone first = contract.milestones.get(0);
        contract.deliver(first.id, null, null, CONFIG, NOW);

        assertThatThrownBy(() -> contract.reject(first.id, "Not good", LATER))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.INVALID_REQUEST);
                    assertThat(fields(e.errors())).containsExactly("reason");
                });
        assertThat(first.status).isEqualTo(MilestoneStatus.DELIVERED);
    }

    @Test
    void shouldRefuseToDecideOnAMilestoneNotDelivered() {
        PilotContract contract = active();
        Milestone first = contract.milestones.get(0);

        assertRefused(
                () -> contract.accept(first.id, LATER),
                ProblemType.CONFLICT,
                "Milestone 1 is PLANNED and cannot become ACCEPTED");
        assertRefused(
                () -> contract.reject(first.id, "The counts are missing.", LATER),
                ProblemType.CONFLICT,
                "Milestone 1 is PLANNED and cannot become REJECTED");
    }

    @Test
    void shouldRefuseToDeliverAnAcceptedMilestoneAgain() {
        PilotContract contract = active();
        Milestone first = contract.milestones.get(0);
        contract.deliver(first.id, null, null, CONFIG, NOW);
        contract.accept(first.id, NOW);

        assertRefused(
                () -> contract.deliver(first.id, null, null, CONFIG, LATER),
                ProblemType.CONFLICT,
                "Milestone 1 is ACCEPTED and cannot become DELIVERED");
    }

    @Test
    void shouldMoveMilestonesOnlyWhileTheContractIsActive() {
        PilotContract contract = pending();
        contract.setTerms(completeTerms(), CONFIG, NOW);
        Milestone first = contract.milestones.get(0);

        assertRefused(
                () -> contract.deliver(first.id, null, null, CONFIG, LATER),
                ProblemType.CONFLICT,
                "Milestones move only while the contract is active; it is PENDING");
        assertThat(first.status).isEqualTo(MilestoneStatus.PLANNED);
    }

    @Test
    void shouldAnswerNotFoundForAMilestoneOfAnotherContract() {
        PilotContract contract = active();
        Milestone elsewhere = active().milestones.get(0);

        assertRefused(
                () -> contract.accept(elsewhere.id, LATER),
                ProblemType.NOT_FOUND,
                "Milestone " + elsewhere.id + " was not found");
    }

    @Test
    void shouldTellWhenTheAgencyLetTheAcceptancePeriodPass() {
        PilotContract contract = active();
        Milestone first = contract.milestones.get(0);
        contract.deliver(first.id, null, null, CONFIG, NOW);

        assertThat(first.acceptanceOverdueAt(NOW.plus(Duration.ofDays(30)))).isFalse();
        assertThat(first.acceptanceOverdueAt(NOW.plus(Duration.ofDays(30)).plusSeconds(1)))
                .isTrue();
        contract.accept(first.id, NOW.plus(Duration.ofDays(31)));
        assertThat(first.acceptanceOverdueAt(NOW.plus(Duration.ofDays(40)))).isFalse();
    }

    @Test
    void shouldNeverGiveLongerToAcceptThanThePaymentTerm() {
        PilotContract contract = pending();
        assertThat(contract.acceptancePeriod(CONFIG)).isEqualTo(Duration.ofDays(30));

        contract.setTerms(new ContractTerms(null, STARTS, ENDS, 20, null, null), CONFIG, NOW);

        assertThat(contract.acceptancePeriod(CONFIG)).isEqualTo(Duration.ofDays(20));
    }

    // ---- the end -------------------------------------------------------------------------------

    @Test
    void shouldCompleteOnceEveryMilestoneIsAccepted() {
        PilotContract contract = active();
        for (Milestone m : contract.milestones) {
            contract.deliver(m.id, null, null, CONFIG, NOW);
            contract.accept(m.id, NOW);
        }

        contract.complete(LATER);

        assertThat(contract.status).isEqualTo(ContractStatus.COMPLETED);
        assertThat(contract.completedAt).isEqualTo(LATER);
    }

    @Test
    void shouldRefuseToCompleteWhileAMilestoneIsNotAccepted() {
        PilotContract contract = active();
        Milestone first = contract.milestones.get(0);
        contract.deliver(first.id, null, null, CONFIG, NOW);
        contract.accept(first.id, NOW);

        assertRefused(
                () -> contract.complete(LATER),
                ProblemType.RULE_VIOLATION,
                "A contract is completed once every milestone is accepted");
        assertThat(contract.status).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void shouldRefuseToCompleteAPendingContract() {
        assertRefused(
                () -> pending().complete(LATER), ProblemType.CONFLICT, "A PENDING contract cannot become COMPLETED");
    }

    @Test
    void shouldTerminateAPendingOrActiveContractWithAReason() {
        PilotContract pending = pending();
        PilotContract active = active();

        pending.terminate("  The company went bankrupt.  ", LATER);
        active.terminate("The agency's budget was withdrawn.", LATER);

        assertThat(pending.status).isEqualTo(ContractStatus.TERMINATED);
        assertThat(pending.terminationReason).isEqualTo("The company went bankrupt.");
        assertThat(pending.terminatedAt).isEqualTo(LATER);
        assertThat(active.status).isEqualTo(ContractStatus.TERMINATED);
    }

    @Test
    void shouldRefuseATerminationWithoutAReason() {
        PilotContract contract = active();

        assertThatThrownBy(() -> contract.terminate("   short   ", LATER))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.INVALID_REQUEST);
                    assertThat(fields(e.errors())).containsExactly("reason");
                });
        assertThatThrownBy(() -> contract.terminate(null, LATER)).isInstanceOf(ProblemException.class);
        assertThat(contract.status).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void shouldRefuseToTerminateAContractThatHasEnded() {
        PilotContract contract = active();
        contract.terminate("The agency's budget was withdrawn.", NOW);

        assertRefused(
                () -> contract.terminate("Terminated twice by mistake.", LATER),
                ProblemType.CONFLICT,
                "A TERMINATED contract cannot become TERMINATED");
    }
}
