package org.challengemarket.challenge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.platform.error.Problem;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.error.RuleViolations;
import org.challengemarket.platform.money.Money;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A problem an agency publishes for companies to solve: the aggregate root of the challenge
 * feature. Its verbs ({@link #edit}, {@link #publish}, {@link #amend}, {@link #cancel}) check
 * their own rules; published content only changes through amendments, and criteria weights never
 * change after publication. The rules of the stage dates belong to its {@link StageSchedule}.
 */
@Entity
@Table(name = "challenge")
@EntityListeners(ChallengeChanges.class)
public class Challenge extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    public Organisation agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChallengeStatus status;

    @Column(nullable = false)
    public String title;

    @Column(name = "problem_statement")
    public String problemStatement;

    public String context;

    @Column(name = "expected_outcomes")
    public String expectedOutcomes;

    public String sector;

    @Column(name = "budget_amount", precision = 19, scale = 2)
    public BigDecimal budgetAmount;

    @Column(name = "budget_currency")
    public String budgetCurrency;

    @Column(name = "number_of_pilots")
    public Integer numberOfPilots;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> languages = new ArrayList<>();

    /** The stages in order, with the rules of their dates. */
    @Embedded
    public StageSchedule stages = StageSchedule.of(List.of());

    @Embedded
    public Weights weights = new Weights(null, null, null);

    /** The deadline to enter: the first stage's deadline, kept for search and sorting. */
    public Instant deadline;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected Challenge() {}

    /**
     * The criteria weights, empty while none is set. Hibernate loads an embedded value whose
     * columns are all null as null; Panache routes every read of {@code weights} through here.
     */
    public Weights getWeights() {
        return weights == null ? new Weights(null, null, null) : weights;
    }

    /** A new draft of {@code agency}, with the design's three default stages if none are given. */
    public static Challenge draft(Organisation agency, ChallengeContent content, Instant now) {
        Challenge challenge = new Challenge();
        challenge.id = UUID.randomUUID();
        challenge.agency = Objects.requireNonNull(agency);
        challenge.status = ChallengeStatus.DRAFT;
        challenge.createdAt = now;
        ChallengeContent withStages = content.stages().isEmpty()
                ? new ChallengeContent(
                        content.title(),
                        content.problemStatement(),
                        content.context(),
                        content.expectedOutcomes(),
                        content.sector(),
                        content.budget(),
                        content.numberOfPilots(),
                        content.languages(),
                        defaultStages(),
                        content.weights())
                : content;
        challenge.apply(withStages, now);
        return challenge;
    }

    /** The design's default: expression of interest, full proposal, pitch; dates still to set. */
    public static List<Stage> defaultStages() {
        return List.of(
                new Stage(1, StageKind.EXPRESSION_OF_INTEREST, null, null, null),
                new Stage(2, StageKind.FULL_PROPOSAL, null, null, null),
                new Stage(3, StageKind.PITCH, null, null, null));
    }

    /** Replaces the content of a draft. Published challenges change only through amendments. */
    public void edit(ChallengeContent content, Instant now) {
        if (status != ChallengeStatus.DRAFT) {
            throw ProblemException.conflict(
                    "Only a draft can be edited; a " + status + " challenge changes through amendments");
        }
        apply(content, now);
    }

    private void apply(ChallengeContent content, Instant now) {
        title = content.title().strip();
        problemStatement = content.problemStatement();
        context = content.context();
        expectedOutcomes = content.expectedOutcomes();
        sector = content.sector() == null ? null : content.sector().strip();
        budgetAmount = content.budget() == null ? null : content.budget().amount();
        budgetCurrency = content.budget() == null ? null : content.budget().currency();
        numberOfPilots = content.numberOfPilots();
        languages = new ArrayList<>(content.languages());
        stages.replace(content.stages());
        weights = content.weights();
        deadline = stages.firstDeadline();
        updatedAt = now;
    }

    public Optional<Money> budget() {
        return budgetAmount == null || budgetCurrency == null
                ? Optional.empty()
                : Optional.of(new Money(budgetAmount, budgetCurrency));
    }

    /**
     * Publishes the draft, or refuses with every reason at once, each on its field: complete
     * texts, weights summing to 100, a positive budget within the cap, stages ordered and in the
     * future, and the minimum open period.
     */
    public void publish(Instant now, PublicationRules rules) {
        if (!status.canMoveTo(ChallengeStatus.PUBLISHED)) {
            throw ProblemException.conflict("Only a draft can be published; this challenge is " + status);
        }
        RuleViolations v = new RuleViolations();
        v.check(notBlank(problemStatement), "problemStatement", "is required to publish");
        v.check(notBlank(context), "context", "is required to publish");
        v.check(notBlank(expectedOutcomes), "expectedOutcomes", "is required to publish");
        v.check(notBlank(sector), "sector", "is required to publish");
        v.check(!languages.isEmpty(), "languages", "name at least one language");
        v.check(numberOfPilots != null, "numberOfPilots", "is required to publish");
        checkBudget(v, rules);
        checkWeights(v);
        stages.checkPublishable(v, numberOfPilots, now, rules.minimumOpenPeriod());
        v.throwIfAny(ProblemType.RULE_VIOLATION, "The challenge cannot be published yet");

        stages.publishAt(now);
        status = ChallengeStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    private void checkBudget(RuleViolations v, PublicationRules rules) {
        Optional<Money> budget = budget();
        if (budget.isEmpty()) {
            v.add("budget", "is required to publish");
            return;
        }
        Money cap = rules.contractCap();
        v.check(budget.get().isPositive(), "budget.amount", "must be more than zero");
        if (!budget.get().currency().equals(cap.currency())) {
            v.add("budget.currency", "must be " + cap.currency());
        } else if (numberOfPilots != null && !budget.get().isAtMost(cap.times(numberOfPilots))) {
            v.add(
                    "budget.amount",
                    "must be at most " + cap.times(numberOfPilots) + ": " + numberOfPilots + " pilot(s) of at most "
                            + cap + " each");
        }
    }

    private void checkWeights(RuleViolations v) {
        v.check(weights.problemSolving != null, "weights.problemSolving", "is required to publish");
        v.check(weights.teamMotivation != null, "weights.teamMotivation", "is required to publish");
        v.check(weights.implementationCost != null, "weights.implementationCost", "is required to publish");
        if (weights.isComplete()) {
            v.check(weights.sum() == 100, "weights", "must sum to 100; they sum to " + weights.sum());
        }
    }

    /**
     * Applies an amendment to published content and returns what changed. A material amendment
     * keeps the open stage open for at least the rules' period, shifting later stages with it.
     */
    public List<Amendment.Change> amend(Amendment amendment, Instant now, PublicationRules rules) {
        if (!status.isAmendable()) {
            throw ProblemException.conflict("A " + status + " challenge cannot be amended");
        }
        RuleViolations v = new RuleViolations();
        List<Amendment.Change> changes = new ArrayList<>();
        title = changeText(v, changes, "title", title, amendment.title());
        problemStatement = changeText(v, changes, "problemStatement", problemStatement, amendment.problemStatement());
        context = changeText(v, changes, "context", context, amendment.context());
        expectedOutcomes = changeText(v, changes, "expectedOutcomes", expectedOutcomes, amendment.expectedOutcomes());
        changes.addAll(stages.amend(amendment.stages(), now, v));
        v.throwIfAny(ProblemType.RULE_VIOLATION, "The amendment cannot be applied");
        if (amendment.material()) {
            changes.addAll(stages.keepOpenStageOpen(now, rules.materialAmendmentPeriod()));
        }
        if (changes.isEmpty()) {
            throw new ProblemException(
                    ProblemType.RULE_VIOLATION,
                    "The amendment changes nothing",
                    List.of(new Problem.FieldError("body", "change at least one field or stage date")));
        }
        deadline = stages.firstDeadline();
        updatedAt = now;
        return changes;
    }

    private static String changeText(
            RuleViolations v, List<Amendment.Change> changes, String field, String current, String proposed) {
        if (proposed == null || proposed.equals(current)) {
            return current;
        }
        if (!notBlank(proposed)) {
            v.add(field, "cannot be emptied by an amendment");
            return current;
        }
        changes.add(new Amendment.Change(field, current, proposed));
        return proposed;
    }

    /**
     * Moves the deadline of the stage at {@code position} (1-based) later, to {@code newDeadline},
     * shifting later stages as an amendment would, and returns what changed, to be recorded as a
     * public amendment. A deadline is only ever extended, and only while its stage is still open
     * for submissions (a closed stage's dates are final).
     */
    public List<Amendment.Change> extendDeadline(int position, Instant newDeadline, Instant now) {
        if (!status.isAmendable()) {
            throw ProblemException.conflict("A " + status + " challenge's deadlines cannot be extended");
        }
        List<Amendment.Change> changes = stages.extendDeadline(position, newDeadline, now);
        deadline = stages.firstDeadline();
        updatedAt = now;
        return changes;
    }

    /** Closes entry: once the first stage's deadline has passed, the panel's work begins. */
    public void beginEvaluation(Instant now) {
        if (!status.canMoveTo(ChallengeStatus.IN_EVALUATION)) {
            throw ProblemException.conflict("A " + status + " challenge cannot go into evaluation");
        }
        if (!stages.entryClosedAt(now)) {
            throw ProblemException.conflict("The first stage is still open until " + stages.firstDeadline());
        }
        status = ChallengeStatus.IN_EVALUATION;
        updatedAt = now;
    }

    /** Records the award decision: the challenge's evaluation is over and its pilots are chosen. */
    public void award(Instant now) {
        if (!status.canMoveTo(ChallengeStatus.AWARDED)) {
            throw ProblemException.conflict("A " + status + " challenge cannot be awarded");
        }
        status = ChallengeStatus.AWARDED;
        updatedAt = now;
    }

    /** Cancels the challenge with a public reason. */
    public void cancel(String reason, Instant now) {
        if (!status.canMoveTo(ChallengeStatus.CANCELLED)) {
            throw ProblemException.conflict("A " + status + " challenge cannot be cancelled");
        }
        if (reason == null || reason.strip().length() < 10) {
            throw ProblemException.invalid("reason", "give a public reason of at least 10 characters");
        }
        status = ChallengeStatus.CANCELLED;
        cancellationReason = reason.strip();
        cancelledAt = now;
        updatedAt = now;
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
