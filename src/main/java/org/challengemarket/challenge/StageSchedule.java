package org.challengemarket.challenge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.RuleViolations;

/**
 * The stages of a challenge in order, with the rules of their dates: a value object embedded in
 * {@link Challenge} (its rows are the {@code challenge_stage} table). Its verbs check their own
 * rules and answer what they changed as amendment changes, named by field path
 * ({@code stages[0].deadline}); a closed stage's dates are final and a deadline only moves later.
 */
@Embeddable
public class StageSchedule implements Iterable<Stage> {

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "challenge_stage", joinColumns = @JoinColumn(name = "challenge_id"))
    @OrderBy("position")
    private List<Stage> list = new ArrayList<>();

    protected StageSchedule() {}

    /** A schedule of {@code stages}, numbered 1, 2, … in the order given. */
    public static StageSchedule of(List<Stage> stages) {
        StageSchedule schedule = new StageSchedule();
        schedule.replace(stages);
        return schedule;
    }

    /** The stage at {@code index} (0-based). */
    public Stage get(int index) {
        return list.get(index);
    }

    /** The stage at {@code position} (1-based), if there is one. */
    public Optional<Stage> at(int position) {
        return position >= 1 && position <= list.size() ? Optional.of(list.get(position - 1)) : Optional.empty();
    }

    public int size() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public Stream<Stage> stream() {
        return list.stream();
    }

    @Override
    public Iterator<Stage> iterator() {
        return list.iterator();
    }

    /** The deadline to enter: the first stage's deadline, none while there is no stage. */
    public Instant firstDeadline() {
        return list.isEmpty() ? null : list.get(0).deadline;
    }

    /** True while the first stage is open for submissions: companies may enter. */
    public boolean entryOpenAt(Instant now) {
        return !list.isEmpty() && list.get(0).isOpenAt(now);
    }

    /** True once the first stage's deadline has passed: no one enters any more. */
    public boolean entryClosedAt(Instant now) {
        return list.get(0).deadlinePassedAt(now);
    }

    /** Replaces every stage of a draft by copies of {@code stages}, numbered 1, 2, … in order. */
    public void replace(List<Stage> stages) {
        list.clear();
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            list.add(new Stage(i + 1, s.kind, s.opensAt, s.deadline, s.shortlistSize));
        }
    }

    /**
     * Adds every reason the schedule cannot be published yet to {@code v}: dates set, stages in
     * order and in the future, a shortlist size before every stage but the last (at least the
     * number of pilots), and the first stage open at least the minimum period.
     */
    public void checkPublishable(RuleViolations v, Integer numberOfPilots, Instant now, Duration minimumOpenPeriod) {
        if (list.isEmpty()) {
            v.add("stages", "name at least one stage");
            return;
        }
        Instant previousDeadline = null;
        for (int i = 0; i < list.size(); i++) {
            Stage s = list.get(i);
            String at = "stages[" + i + "]";
            v.check(s.opensAt != null, at + ".opensAt", "is required to publish");
            v.check(s.deadline != null, at + ".deadline", "is required to publish");
            boolean last = i == list.size() - 1;
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
        Stage first = list.get(0);
        if (first.opensAt != null && first.deadline != null) {
            Instant opens = first.opensAt.isAfter(now) ? first.opensAt : now;
            Duration open = Duration.between(opens, first.deadline);
            v.check(
                    open.compareTo(minimumOpenPeriod) >= 0,
                    "stages[0].deadline",
                    "must leave the stage open at least " + minimumOpenPeriod.toDays() + " days");
        }
    }

    /** On publication: a first stage planned to open earlier opens now. */
    public void publishAt(Instant now) {
        Stage first = list.get(0);
        if (first.opensAt.isBefore(now)) {
            first.opensAt = now;
        }
    }

    /**
     * Applies an amendment's new stage dates and answers what changed, later stages pushed along
     * included. Each refusal is added to {@code v}, on the field of the requested change
     * ({@code stages[i]} is the i-th requested change): a closed stage's dates are final, an open
     * stage keeps its opening, new dates lie in the future, and a deadline is never shortened.
     */
    public List<Amendment.Change> amend(List<Amendment.StageChange> requested, Instant now, RuleViolations v) {
        List<Amendment.Change> changes = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            Amendment.StageChange change = requested.get(i);
            String at = "stages[" + i + "]";
            Optional<Stage> found = at(change.position());
            if (found.isEmpty()) {
                v.add(at + ".position", "there is no stage " + change.position());
                continue;
            }
            Stage stage = found.get();
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
                    changes.add(change(name + ".opensAt", stage.opensAt, change.opensAt()));
                    stage.opensAt = change.opensAt();
                }
            }
            if (change.deadline() != null && !change.deadline().equals(stage.deadline)) {
                if (change.deadline().isBefore(stage.deadline)) {
                    v.add(at + ".deadline", "an amendment may extend a deadline, never shorten it");
                } else {
                    changes.add(change(name + ".deadline", stage.deadline, change.deadline()));
                    stage.deadline = change.deadline();
                }
            }
        }
        pushLaterStages(changes);
        for (int i = 0; i < list.size(); i++) {
            Stage s = list.get(i);
            v.check(s.opensAt.isBefore(s.deadline), "stages[" + i + "].deadline", "must be after the stage opens");
        }
        return changes;
    }

    /**
     * After a material amendment: the stage still open for submissions runs at least
     * {@code period} from {@code now}, later stages pushed along; answers what changed.
     */
    public List<Amendment.Change> keepOpenStageOpen(Instant now, Duration period) {
        Instant earliest = now.plus(period);
        List<Amendment.Change> changes = new ArrayList<>();
        list.stream()
                .filter(s -> !s.deadlinePassedAt(now))
                .findFirst()
                .filter(next -> next.deadline.isBefore(earliest))
                .ifPresent(next -> {
                    changes.add(change("stages[" + (next.position - 1) + "].deadline", next.deadline, earliest));
                    next.deadline = earliest;
                    pushLaterStages(changes);
                });
        return changes;
    }

    /**
     * Moves the deadline of the stage at {@code position} (1-based) later, to {@code newDeadline},
     * pushing later stages along, and answers what changed. Only while the stage is still open for
     * submissions: a closed stage's dates are final (409).
     *
     * @throws IllegalArgumentException when there is no such stage, or the new deadline is not later
     */
    public List<Amendment.Change> extendDeadline(int position, Instant newDeadline, Instant now) {
        Stage stage = at(position)
                .orElseThrow(() -> new IllegalArgumentException(
                        "There is no stage " + position + " in a schedule of " + list.size()));
        if (stage.deadlinePassedAt(now)) {
            throw ProblemException.conflict(
                    "Stage " + position + " closed at " + stage.deadline + "; its dates are final");
        }
        if (!newDeadline.isAfter(stage.deadline)) {
            throw new IllegalArgumentException("An extension must move the deadline of stage " + position
                    + " later than " + stage.deadline + ", not to " + newDeadline);
        }
        List<Amendment.Change> changes = new ArrayList<>();
        changes.add(change("stages[" + (position - 1) + "].deadline", stage.deadline, newDeadline));
        stage.deadline = newDeadline;
        pushLaterStages(changes);
        return changes;
    }

    /** A stage that would now open before the previous one closes moves later, with the ones after it. */
    private void pushLaterStages(List<Amendment.Change> changes) {
        for (int j = 1; j < list.size(); j++) {
            Stage previous = list.get(j - 1);
            Stage s = list.get(j);
            if (s.opensAt.isBefore(previous.deadline)) {
                Duration shift = Duration.between(s.opensAt, previous.deadline);
                changes.add(change("stages[" + j + "].opensAt", s.opensAt, s.opensAt.plus(shift)));
                s.opensAt = s.opensAt.plus(shift);
                changes.add(change("stages[" + j + "].deadline", s.deadline, s.deadline.plus(shift)));
                s.deadline = s.deadline.plus(shift);
            }
        }
    }

    private static Amendment.Change change(String field, Instant from, Instant to) {
        return new Amendment.Change(field, from.toString(), to.toString());
    }
}
