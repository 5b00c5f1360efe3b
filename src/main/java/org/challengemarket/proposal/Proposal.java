package org.challengemarket.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.Stage;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;

/**
 * A company's answer to one challenge, stage by stage: the aggregate root of the proposal
 * feature. Its verbs check that the stage is the proposal's own, open on the service clock, and
 * that the proposal is still in the running.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "challenge_id")
    public Challenge challenge;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    public Organisation company;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalStatus status;

    /** The stage the proposal is in (1-based). */
    @Column(nullable = false)
    public int stage;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Version
    public long version;

    protected Proposal() {}

    /** Starts a proposal while the challenge's first stage is open. */
    public static Proposal start(Challenge challenge, Organisation company, Instant now) {
        Stage first = challenge.stages.get(0);
        if (!challenge.status.isPublic() || first.deadline == null || first.deadlinePassedAt(now)) {
            throw new ProblemException(
                    ProblemType.DEADLINE_PASSED,
                    "Proposals can be started until the first stage's deadline"
                            + (first.deadline == null ? "" : " (" + first.deadline + ")"));
        }
        Proposal proposal = new Proposal();
        proposal.id = UUID.randomUUID();
        proposal.challenge = challenge;
        proposal.company = company;
        proposal.status = ProposalStatus.DRAFT;
        proposal.stage = 1;
        proposal.createdAt = now;
        proposal.updatedAt = now;
        return proposal;
    }

    /** The challenge stage at {@code position}, or 404 when there is none. */
    public Stage stageAt(int position) {
        if (position < 1 || position > challenge.stages.size()) {
            throw ProblemException.notFound("Stage " + position + " of this challenge");
        }
        return challenge.stages.get(position - 1);
    }

    /** Refuses a submission to a stage that is not this proposal's current one, or not open now. */
    public Stage requireOpenStage(int position, Instant now) {
        Stage stage = requireCurrentStage(position, now);
        if (stage.opensAt != null && now.isBefore(stage.opensAt)) {
            throw ProblemException.conflict("Stage " + position + " opens for submissions at " + stage.opensAt);
        }
        return stage;
    }

    /** Refuses drafting a stage that is not this proposal's current one, or whose deadline passed. */
    public Stage requireCurrentStage(int position, Instant now) {
        Stage stage = stageAt(position);
        if (status.isFinal()) {
            throw ProblemException.conflict("This proposal is " + status + " and can no longer change");
        }
        if (position != this.stage) {
            throw ProblemException.conflict(
                    position > this.stage
                            ? "Only proposals shortlisted in stage " + this.stage + " enter stage " + position
                            : "Stage " + position + " is over for this proposal; it is in stage " + this.stage);
        }
        if (stage.deadlinePassedAt(now)) {
            throw new ProblemException(
                    ProblemType.DEADLINE_PASSED, "The deadline of stage " + position + " passed at " + stage.deadline);
        }
        return stage;
    }

    /** The deadline of the stage the proposal is in; none once the proposal is final. */
    public Instant nextDeadline() {
        return status.isFinal() ? null : stageAt(stage).deadline;
    }

    /** Records a saved draft of the current stage. */
    public void drafted(Instant now) {
        updatedAt = now;
    }

    /** Records an accepted submission of the current stage. */
    public void submitted(Instant now) {
        status = ProposalStatus.SUBMITTED;
        updatedAt = now;
    }

    public void withdraw(Instant now) {
        if (status.isFinal()) {
            throw ProblemException.conflict("This proposal is already " + status);
        }
        status = ProposalStatus.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
    }

    /** Goes on to the next stage. */
    public void shortlist(Instant now) {
        requireSubmittedIn(stage);
        status = ProposalStatus.SHORTLISTED;
        stage = stage + 1;
        updatedAt = now;
    }

    /** Stops here: not chosen for the next stage. */
    public void notShortlisted(Instant now) {
        status = ProposalStatus.NOT_SHORTLISTED;
        updatedAt = now;
    }

    /** Wins a pilot contract: only a proposal submitted in the final stage can. */
    public void award(Instant now) {
        requireSubmittedIn(challenge.stages.size());
        status = ProposalStatus.AWARDED;
        updatedAt = now;
    }

    /** Reached the final stage but was not awarded. */
    public void notAwarded(Instant now) {
        if (status.isFinal()) {
            throw ProblemException.conflict("Proposal " + id + " is already " + status);
        }
        status = ProposalStatus.NOT_AWARDED;
        updatedAt = now;
    }

    private void requireSubmittedIn(int position) {
        if (status != ProposalStatus.SUBMITTED || stage != position) {
            throw ProblemException.conflict("Proposal " + id + " has no submission in stage " + position);
        }
    }
}
