package org.challengemarket.challenge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
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
 * change after publication.
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

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "challenge_stage", joinColumns = @JoinColumn(name = "challenge_id"))
    @OrderBy("position")
    public List<Stage> stages = new ArrayList<>();

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
        stages.clear();
        for (int i = 0; i < content.stages().size(); i++) {
            Stage s = content.stages().get(i);
            stages.add(new Stage(i + 1, s.kind, s.opensAt, s.deadline, s.shortlistSize));
        }
        weights = content.weights();
        deadline = stages.isEmpty() ? null : stages.get(0).deadline;
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
        checkStages(v, now, rules);
        v.throwIfAny(ProblemType.RULE_VIOLATION, "The challenge cannot be published yet");

        Stage first = stages.get(0);
        if (first.opensAt.isBefore(now)) {
            first.opensAt = now; // the first stage opens when the challenge is published
        }
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

    private void checkStages(RuleViolations v, Instant now, PublicationRules rules) {
        if (stages.isEmpty()) {
            v.add("stages", "name at least one stage");
            return;
        }
        Instant previousDeadline = null;
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            String at = "stages[" + i + "]";
            v.check(s.opensAt != null, at + ".opensAt", "is required to publish");
            v.check(s.deadline != null, at + ".deadline", "is required to publish");
            boolean last = i == stages.size() - 1;
            if (!last) {
                v.check(s.shortlistSize != null, at + ".shortlistSize", "say how many proposals go on");
            }
            if (s.shortlistSize != null && numberOfPilots != null) {
                v.check(
                        s.shortlistSize >= numberOfPilots,
                        at + ".shortlistSize",
                        "must be at least the number of pilots (" + numberOfPilots + ")");
            }
            if (s.opensAt == null || s.deadline == null) {
                continue;
            }
            v.check(s.deadline.isAfter(now), at + ".deadline", "must be in the future");
            v.check(s.opensAt.isBefore(s.deadline), at + ".deadline", "must be after the stage opens");
            if (i > 0) {
                v.check(s.opensAt.isAfter(now), at + ".opensAt", "must be in the future");
            }
            if (previousDeadline != null) {
                v.check(
                        !s.opensAt.isBefore(previousDeadline),
                        at + ".opensAt",
                        "must not be before the previous stage's deadline");
            }
            previousDeadline = s.deadline;
        }
        Stage first = stages.get(0);
        if (first.opensAt != null && first.deadline != null) {
            Instant opens = first.opensAt.isAfter(now) ? first.opensAt : now;
            Duration open = Duration.between(opens, first.deadline);
            v.check(
                    open.compareTo(rules.minimumOpenPeriod()) >= 0,
                    "stages[0].deadline",
                    "must leave the stage open at least "
                            + rules.minimumOpenPeriod().toDays() + " days");
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
        changeStages(v, changes, amendment.stages(), now);
        v.throwIfAny(ProblemType.RULE_VIOLATION, "The amendment cannot be applied");
        if (amendment.material()) {
            keepOpenStageOpen(changes, now, rules);
        }
        if (changes.isEmpty()) {
            throw new ProblemException(
                    ProblemType.RULE_VIOLATION,
                    "The amendment changes nothing",
                    List.of(new Problem.FieldError("body", "change at least one field or stage date")));
        }
        deadline = stages.get(0).deadline;
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

    private void changeStages(
            RuleViolations v, List<Amendment.Change> changes, List<Amendment.StageChange> requested, Instant now) {
        for (int i = 0; i < requested.size(); i++) {
            Amendment.StageChange change = requested.get(i);
            String at = "stages[" + i + "]";
            if (change.position() < 1 || change.position() > stages.size()) {
                v.add(at + ".position", "there is no stage " + change.position());
                continue;
            }
            Stage stage = stages.get(change.position() - 1);
            String name = "stages[" + (change.position() - 1) + "]";
            if (stage.deadlinePassedAt(now)) {
                v.add(at + ".position", "stage " + change.position() + " has closed; its dates are final");
                continue;
            }
            if (change.opensAt() != null && !change.opensAt().equals(stage.opensAt)) {
                if (!stage.opensAt.isAfter(now)) {
                    v.add(at + ".opensAt", "stage " + change.position() + " is already open");
                } else if (!change.opensAt().isAfter(now)) {
                    v.add(at + ".opensAt", "must be in the future");
                } else {
                    changes.add(new Amendment.Change(
                            name + ".opensAt",
                            stage.opensAt.toString(),
                            change.opensAt().toString()));
                    stage.opensAt = change.opensAt();
                }
            }
            if (change.deadline() != null && !change.deadline().equals(stage.deadline)) {
                if (change.deadline().isBefore(stage.deadline)) {
                    v.add(at + ".deadline", "an amendment may extend a deadline, never shorten it");
                } else {
                    changes.add(new Amendment.Change(
                            name + ".deadline",
                            stage.deadline.toString(),
                            change.deadline().toString()));
                    stage.deadline = change.deadline();
                }
            }
        }
        pushLaterStages(changes);
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            v.check(s.opensAt.isBefore(s.deadline), "stages[" + i + "].deadline", "must be after the stage opens");
        }
    }

    /** A stage that would now open before the previous one closes moves later, with the ones after it. */
    private void pushLaterStages(List<Amendment.Change> changes) {
        for (int j = 1; j < stages.size(); j++) {
            Stage previous = stages.get(j - 1);
            Stage s = stages.get(j);
            if (s.opensAt.isBefore(previous.deadline)) {
                Duration shift = Duration.between(s.opensAt, previous.deadline);
                changes.add(new Amendment.Change(
                        "stages[" + j + "].opensAt",
                        s.opensAt.toString(),
                        s.opensAt.plus(shift).toString()));
                s.opensAt = s.opensAt.plus(shift);
                changes.add(new Amendment.Change(
                        "stages[" + j + "].deadline",
                        s.deadline.toString(),
                        s.deadline.plus(shift).toString()));
                s.deadline = s.deadline.plus(shift);
            }
        }
    }

    private void keepOpenStageOpen(List<Amendment.Change> changes, Instant now, PublicationRules rules) {
        Instant earliest = now.plus(rules.materialAmendmentPeriod());
        stages.stream()
                .filter(s -> !s.deadlinePassedAt(now))
                .findFirst()
                .filter(next -> next.deadline.isBefore(earliest))
                .ifPresent(next -> {
                    changes.add(new Amendment.Change(
                            "stages[" + (next.position - 1) + "].deadline",
                            next.deadline.toString(),
                            earliest.toString()));
                    next.deadline = earliest;
                    pushLaterStages(changes);
                });
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
        if (position < 1 || position > stages.size()) {
            throw new IllegalArgumentException("Challenge " + id + " has no stage " + position);
        }
        Stage stage = stages.get(position - 1);
        if (stage.deadlinePassedAt(now)) {
            throw ProblemException.conflict(
                    "Stage " + position + " closed at " + stage.deadline + "; its dates are final");
        }
        if (!newDeadline.isAfter(stage.deadline)) {
            throw new IllegalArgumentException("An extension must move the deadline of stage " + position
                    + " later than " + stage.deadline + ", not to " + newDeadline);
        }
        List<Amendment.Change> changes = new ArrayList<>();
        changes.add(new Amendment.Change(
                "stages[" + (position - 1) + "].deadline", stage.deadline.toString(), newDeadline.toString()));
        stage.deadline = newDeadline;
        pushLaterStages(changes);
        deadline = stages.get(0).deadline;
        updatedAt = now;
        return changes;
    }

    /** Closes entry: once the first stage's deadline has passed, the panel's work begins. */
    public void beginEvaluation(Instant now) {
        if (!status.canMoveTo(ChallengeStatus.IN_EVALUATION)) {
            throw ProblemException.conflict("A " + status + " challenge cannot go into evaluation");
        }
        if (!stages.get(0).deadlinePassedAt(now)) {
            throw ProblemException.conflict("The first stage is still open until " + stages.get(0).deadline);
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
