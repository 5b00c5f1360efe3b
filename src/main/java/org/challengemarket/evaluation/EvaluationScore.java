package org.challengemarket.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.error.RuleViolations;

/**
 * One evaluator's score of one proposal in a stage: points 0–10 and a justification per fixed
 * criterion. A draft changes freely and may be incomplete; {@link #submit} requires every
 * criterion and freezes it for good.
 */
@Entity
@Table(name = "evaluation_score")
public class EvaluationScore extends PanacheEntityBase {

    /** The points and written justification for one criterion; either may be missing in a draft. */
    public record Mark(Integer points, String justification) {}

    @Id
    public UUID id;

    @Column(name = "challenge_id", nullable = false)
    public UUID challengeId;

    @Column(nullable = false)
    public int stage;

    @Column(name = "proposal_id", nullable = false)
    public UUID proposalId;

    @Column(name = "evaluator_id", nullable = false)
    public UUID evaluatorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScoreStatus status;

    @Column(name = "problem_solving")
    public Integer problemSolving;

    @Column(name = "problem_solving_text")
    public String problemSolvingText;

    @Column(name = "team_motivation")
    public Integer teamMotivation;

    @Column(name = "team_motivation_text")
    public String teamMotivationText;

    @Column(name = "implementation_cost")
    public Integer implementationCost;

    @Column(name = "implementation_cost_text")
    public String implementationCostText;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Version
    public long version;

    protected EvaluationScore() {}

    public EvaluationScore(UUID challengeId, int stage, UUID proposalId, UUID evaluatorId, Instant now) {
        this.id = UUID.randomUUID();
        this.challengeId = challengeId;
        this.stage = stage;
        this.proposalId = proposalId;
        this.evaluatorId = evaluatorId;
        this.status = ScoreStatus.DRAFT;
        this.updatedAt = now;
    }

    /** Replaces the draft's marks; a submitted score answers 409. */
    public void saveDraft(Map<Criterion, Mark> marks, Instant now) {
        requireDraft();
        set(Criterion.PROBLEM_SOLVING, marks.get(Criterion.PROBLEM_SOLVING));
        set(Criterion.TEAM_MOTIVATION, marks.get(Criterion.TEAM_MOTIVATION));
        set(Criterion.IMPLEMENTATION_COST, marks.get(Criterion.IMPLEMENTATION_COST));
        updatedAt = now;
    }

    /** Submits the draft for good; every criterion needs points and a justification (422 lists the gaps). */
    public void submit(Instant now) {
        requireDraft();
        RuleViolations missing = new RuleViolations();
        marks().forEach((criterion, mark) -> {
            missing.check(mark.points() != null, ScoreFields.points(criterion), "score this criterion (0 to 10)");
            missing.check(
                    mark.justification() != null, ScoreFields.justification(criterion), "justify the score in writing");
        });
        missing.throwIfAny(ProblemType.RULE_VIOLATION, "The score is not complete yet");
        status = ScoreStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    public boolean isSubmitted() {
        return status == ScoreStatus.SUBMITTED;
    }

    /** The marks in the platform's order of criteria. */
    public Map<Criterion, Mark> marks() {
        Map<Criterion, Mark> marks = new EnumMap<>(Criterion.class);
        marks.put(Criterion.PROBLEM_SOLVING, new Mark(problemSolving, problemSolvingText));
        marks.put(Criterion.TEAM_MOTIVATION, new Mark(teamMotivation, teamMotivationText));
        marks.put(Criterion.IMPLEMENTATION_COST, new Mark(implementationCost, implementationCostText));
        return marks;
    }

    public Integer points(Criterion criterion) {
        return marks().get(criterion).points();
    }

    private void requireDraft() {
        if (!status.canMoveTo(ScoreStatus.SUBMITTED)) {
            throw ProblemException.conflict("This score was submitted at " + submittedAt + " and never changes");
        }
    }

    private void set(Criterion criterion, Mark mark) {
        Integer points = mark == null ? null : mark.points();
        String text = mark == null
                        || mark.justification() == null
                        || mark.justification().isBlank()
                ? null
                : mark.justification().strip();
        switch (criterion) {
            case PROBLEM_SOLVING -> {
                problemSolving = points;
                problemSolvingText = text;
            }
            case TEAM_MOTIVATION -> {
                teamMotivation = points;
                teamMotivationText = text;
            }
            case IMPLEMENTATION_COST -> {
                implementationCost = points;
                implementationCostText = text;
            }
        }
    }
}
