package org.challengemarket.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.challengemarket.support.Refusals.assertRefused;

import java.time.Duration;
import java.time.Instant;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeContent;
import org.challengemarket.challenge.ChallengeFixtures;
import org.challengemarket.challenge.Stage;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.organisation.OrganisationType;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.junit.jupiter.api.Test;

/** The proposal aggregate's lifecycle: its stages, submissions and decisions, without a container. */
class ProposalTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofDays(1));
    private static final Instant D1 = ChallengeFixtures.firstDeadline(NOW);
    private static final Instant D2 = ChallengeFixtures.secondDeadline(NOW);
    private static final Instant D3 = ChallengeFixtures.lastDeadline(NOW);

    private static Organisation company() {
        return new Organisation("Routewise", OrganisationType.COMPANY, NOW);
    }

    private static Proposal started() {
        return Proposal.start(ChallengeFixtures.published(NOW), company(), NOW);
    }

    /** A proposal shortlisted into stage {@code position} and submitted there. */
    private static Proposal submittedIn(int position) {
        Proposal proposal = started();
        proposal.submitted(NOW);
        for (int stage = 2; stage <= position; stage++) {
            proposal.shortlist(NOW);
            proposal.submitted(NOW);
        }
        return proposal;
    }

    // ---- start ---------------------------------------------------------------------------------

    @Test
    void shouldStartAsADraftInTheFirstStage() {
        Challenge challenge = ChallengeFixtures.published(NOW);
        Organisation company = company();

        Proposal proposal = Proposal.start(challenge, company, LATER);

        assertThat(proposal.id).isNotNull();
        assertThat(proposal.challenge).isSameAs(challenge);
        assertThat(proposal.company).isSameAs(company);
        assertThat(proposal.status).isEqualTo(ProposalStatus.DRAFT);
        assertThat(proposal.stage).isEqualTo(1);
        assertThat(proposal.createdAt).isEqualTo(LATER);
        assertThat(proposal.updatedAt).isEqualTo(LATER);
    }

    @Test
    void shouldRefuseToStartAfterTheFirstDeadline() {
        Challenge challenge = ChallengeFixtures.published(NOW);

        assertRefused(
                () -> Proposal.start(challenge, company(), D1),
                ProblemType.DEADLINE_PASSED,
                "Proposals can be started until the first stage's deadline (" + D1 + ")");
    }

    @Test
    void shouldRefuseToStartOnADraftChallenge() {
        Challenge draft = Challenge.draft(
                new Organisation("City of Aalst", OrganisationType.AGENCY, NOW),
                new ChallengeContent("Only a title", null, null, null, null, null, null, null, null, null),
                NOW);

        assertRefused(
                () -> Proposal.start(draft, company(), NOW),
                ProblemType.DEADLINE_PASSED,
                "Proposals can be started until the first stage's deadline");
    }

    // ---- stages --------------------------------------------------------------------------------

    @Test
    void shouldFindTheChallengesStagesByPosition() {
        Proposal proposal = started();

        assertThat(proposal.stageAt(3).deadline).isEqualTo(D3);
        assertRefused(() -> proposal.stageAt(0), ProblemType.NOT_FOUND, "Stage 0 of this challenge was not found");
        assertRefused(() -> proposal.stageAt(4), ProblemType.NOT_FOUND, "Stage 4 of this challenge was not found");
    }

    @Test
    void shouldLetTheCurrentStageBeDraftedUntilItsDeadline() {
        Proposal proposal = started();

        Stage stage = proposal.requireCurrentStage(1, D1.minusSeconds(1));

        assertThat(stage.position).isEqualTo(1);
        assertRefused(
                () -> proposal.requireCurrentStage(1, D1),
                ProblemType.DEADLINE_PASSED,
                "The deadline of stage 1 passed at " + D1);
    }

    @Test
    void shouldRefuseALaterStageBeforeBeingShortlisted() {
        Proposal proposal = started();

        assertRefused(
                () -> proposal.requireCurrentStage(2, NOW),
                ProblemType.CONFLICT,
                "Only proposals shortlisted in stage 1 enter stage 2");
    }

    @Test
    void shouldRefuseAStageThatIsOverForTheProposal() {
        Proposal proposal = submittedIn(1);
        proposal.shortlist(NOW);

        assertRefused(
                () -> proposal.requireCurrentStage(1, NOW),
                ProblemType.CONFLICT,
                "Stage 1 is over for this proposal; it is in stage 2");
    }

    @Test
    void shouldRefuseAnyStageOfAFinalProposal() {
        Proposal proposal = started();
        proposal.withdraw(NOW);

        assertRefused(
                () -> proposal.requireCurrentStage(1, NOW),
                ProblemType.CONFLICT,
                "This proposal is WITHDRAWN and can no longer change");
    }

    @Test
    void shouldRefuseASubmissionBeforeTheStageOpens() {
        Proposal proposal = submittedIn(1);
        proposal.shortlist(NOW);

        assertRefused(
                () -> proposal.requireOpenStage(2, D1.minusSeconds(1)),
                ProblemType.CONFLICT,
                "Stage 2 opens for submissions at " + D1);
        assertThat(proposal.requireOpenStage(2, D1).position).isEqualTo(2);
    }

    @Test
    void shouldRefuseASubmissionAfterTheDeadline() {
        Proposal proposal = started();

        assertThatThrownBy(() -> proposal.requireOpenStage(1, D1))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.DEADLINE_PASSED));
    }

    @Test
    void shouldTellTheDeadlineOfItsCurrentStageWhileInTheRunning() {
        Proposal proposal = submittedIn(1);
        assertThat(proposal.nextDeadline()).isEqualTo(D1);

        proposal.shortlist(NOW);
        assertThat(proposal.nextDeadline()).isEqualTo(D2);

        proposal.withdraw(NOW);
        assertThat(proposal.nextDeadline()).isNull();
    }

    // ---- drafts and submissions ----------------------------------------------------------------

    @Test
    void shouldRecordADraftSaveAsAChange() {
        Proposal proposal = started();

        proposal.drafted(LATER);

        assertThat(proposal.status).isEqualTo(ProposalStatus.DRAFT);
        assertThat(proposal.updatedAt).isEqualTo(LATER);
    }

    @Test
    void shouldRecordASubmission() {
        Proposal proposal = started();

        proposal.submitted(LATER);

        assertThat(proposal.status).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(proposal.updatedAt).isEqualTo(LATER);
    }

    // ---- withdrawal ----------------------------------------------------------------------------

    @Test
    void shouldWithdraw() {
        Proposal proposal = submittedIn(1);

        proposal.withdraw(LATER);

        assertThat(proposal.status).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(proposal.withdrawnAt).isEqualTo(LATER);
        assertThat(proposal.updatedAt).isEqualTo(LATER);
    }

    @Test
    void shouldRefuseToWithdrawAFinalProposal() {
        Proposal withdrawn = started();
        withdrawn.withdraw(NOW);
        Proposal awarded = submittedIn(3);
        awarded.award(NOW);

        assertRefused(() -> withdrawn.withdraw(LATER), ProblemType.CONFLICT, "This proposal is already WITHDRAWN");
        assertRefused(() -> awarded.withdraw(LATER), ProblemType.CONFLICT, "This proposal is already AWARDED");
        assertThat(withdrawn.withdrawnAt).isEqualTo(NOW);
    }

    // ---- shortlist -----------------------------------------------------------------------------

    @Test
    void shouldGoOnToTheNextStageWhenShortlisted() {
        Proposal proposal = submittedIn(1);

        proposal.shortlist(LATER);

        assertThat(proposal.status).isEqualTo(ProposalStatus.SHORTLISTED);
        assertThat(proposal.stage).isEqualTo(2);
        assertThat(proposal.updatedAt).isEqualTo(LATER);
    }

    @Test
    void shouldRefuseToShortlistWithoutASubmissionInItsStage() {
        Proposal draft = started();
        Proposal shortlisted = submittedIn(1);
        shortlisted.shortlist(NOW);

        assertRefused(
                () -> draft.shortlist(LATER),
                ProblemType.CONFLICT,
                "Proposal " + draft.id + " has no submission in stage 1");
        assertRefused(
                () -> shortlisted.shortlist(LATER),
                ProblemType.CONFLICT,
                "Proposal " + shortlisted.id + " has no submission in stage 2");
        assertThat(shortlisted.stage).isEqualTo(2);
    }

    @Test
    void shouldStopWhenNotShortlisted() {
        Proposal proposal = submittedIn(1);

        proposal.notShortlisted(LATER);

        assertThat(proposal.status).isEqualTo(ProposalStatus.NOT_SHORTLISTED);
        assertThat(proposal.status.isFinal()).isTrue();
        assertThat(proposal.stage).isEqualTo(1);
    }

    // ---- award ---------------------------------------------------------------------------------

    @Test
    void shouldAwardASubmissionInTheFinalStage() {
        Proposal proposal = submittedIn(3);

        proposal.award(LATER);

        assertThat(proposal.status).isEqualTo(ProposalStatus.AWARDED);
        assertThat(proposal.updatedAt).isEqualTo(LATER);
    }

    @Test
    void shouldRefuseToAwardBeforeTheFinalStage() {
        Proposal proposal = submittedIn(2);

        assertRefused(
                () -> proposal.award(LATER),
                ProblemType.CONFLICT,
                "Proposal " + proposal.id + " has no submission in stage 3");
        assertThat(proposal.status).isEqualTo(ProposalStatus.SUBMITTED);
    }

    @Test
    void shouldRefuseToAwardAFinalStageProposalWithoutASubmission() {
        Proposal proposal = submittedIn(2);
        proposal.shortlist(NOW);

        assertThatThrownBy(() -> proposal.award(LATER)).isInstanceOf(ProblemException.class);
    }

    @Test
    void shouldRecordAProposalNotAwarded() {
        Proposal proposal = submittedIn(3);

        proposal.notAwarded(LATER);

        assertThat(proposal.status).isEqualTo(ProposalStatus.NOT_AWARDED);
    }

    @Test
    void shouldRefuseNotAwardedForAFinalProposal() {
        Proposal proposal = submittedIn(3);
        proposal.award(NOW);

        assertRefused(
                () -> proposal.notAwarded(LATER),
                ProblemType.CONFLICT,
                "Proposal " + proposal.id + " is already AWARDED");
        assertThat(proposal.status).isEqualTo(ProposalStatus.AWARDED);
    }
}
