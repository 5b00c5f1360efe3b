package org.challengemarket.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Challenge drafts as an agency sends them. {@link #publishable(String)} starts from a complete
 * challenge that can be published at once; each {@code with...} changes one part, {@code null}
 * leaves the field out of the body.
 */
public final class ChallengeDraftBuilder {

    /** The body of {@code POST /api/v1/challenges} and {@code PUT /api/v1/challenges/{id}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChallengeDraft(
            String title,
            String problemStatement,
            String context,
            String expectedOutcomes,
            String sector,
            Amount budget,
            Integer numberOfPilots,
            List<String> languages,
            Weights weights,
            List<Stage> stages) {}

    /** The criteria's weights, in percent. */
    public record Weights(int problemSolving, int teamMotivation, int implementationCost) {}

    /** One stage of the schedule. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stage(String kind, String opensAt, String deadline, Integer shortlistSize) {

        public static Stage of(String kind, Instant opensAt, Instant deadline, Integer shortlistSize) {
            return new Stage(kind, opensAt.toString(), deadline.toString(), shortlistSize);
        }

        public Stage withShortlistSize(Integer size) {
            return new Stage(kind, opensAt, deadline, size);
        }
    }

    private String title;
    private String problemStatement = "Citizens wait too long at the counter of the registry office.";
    private String context = "Two offices, 40,000 visits a year, appointments by phone only.";
    private String expectedOutcomes = "Waiting time halved in a six-month pilot.";
    private String sector = "digital-services";
    private Amount budget = Amount.eur("40000.00");
    private Integer numberOfPilots = 2;
    private List<String> languages = List.of("nl", "fr");
    private Weights weights = new Weights(50, 30, 20);
    private List<Stage> stages;

    private ChallengeDraftBuilder(String title) {
        this.title = title;
    }

    /** A complete challenge that can be published now: stage 1 opens at publication, for 30 days. */
    public static ChallengeDraftBuilder publishable(String title) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant d1 = now.plus(Duration.ofDays(30));
        Instant d2 = d1.plus(Duration.ofDays(30));
        Instant d3 = d2.plus(Duration.ofDays(20));
        return new ChallengeDraftBuilder(title)
                .withStages(
                        Stage.of("EXPRESSION_OF_INTEREST", now, d1, 6),
                        Stage.of("FULL_PROPOSAL", d1, d2, 3),
                        Stage.of("PITCH", d2, d3, null));
    }

    public ChallengeDraftBuilder withTitle(String title) {
        this.title = title;
        return this;
    }

    public ChallengeDraftBuilder withProblemStatement(String problemStatement) {
        this.problemStatement = problemStatement;
        return this;
    }

    public ChallengeDraftBuilder withContext(String context) {
        this.context = context;
        return this;
    }

    public ChallengeDraftBuilder withSector(String sector) {
        this.sector = sector;
        return this;
    }

    /** The budget in euro, written as the body carries it (e.g. {@code "70000"} or {@code "10.005"}). */
    public ChallengeDraftBuilder withBudget(String euro) {
        this.budget = euro == null ? null : Amount.eur(euro);
        return this;
    }

    public ChallengeDraftBuilder withBudget(BigDecimal euro) {
        this.budget = euro == null ? null : new Amount(euro, "EUR");
        return this;
    }

    public ChallengeDraftBuilder withBudget(Amount budget) {
        this.budget = budget;
        return this;
    }

    /** Replaces the stage at {@code index} (from 0). */
    public ChallengeDraftBuilder withStage(int index, Stage stage) {
        stages.set(index, stage);
        return this;
    }

    public ChallengeDraftBuilder withNumberOfPilots(Integer numberOfPilots) {
        this.numberOfPilots = numberOfPilots;
        return this;
    }

    public ChallengeDraftBuilder withLanguages(String... languages) {
        this.languages = List.of(languages);
        return this;
    }

    public ChallengeDraftBuilder withWeights(int problemSolving, int teamMotivation, int implementationCost) {
        this.weights = new Weights(problemSolving, teamMotivation, implementationCost);
        return this;
    }

    public ChallengeDraftBuilder withStages(Stage... stages) {
        this.stages = new ArrayList<>(List.of(stages));
        return this;
    }

    /** Leaves the stages out of the body. */
    public ChallengeDraftBuilder withoutStages() {
        this.stages = null;
        return this;
    }

    /** Sets how many proposals the stage at {@code index} (from 0) may short-list. */
    public ChallengeDraftBuilder withShortlistSize(int index, Integer size) {
        stages.set(index, stages.get(index).withShortlistSize(size));
        return this;
    }

    /** The body; also what Jackson writes when a builder itself is sent. */
    @JsonValue
    public ChallengeDraft build() {
        return new ChallengeDraft(
                title,
                problemStatement,
                context,
                expectedOutcomes,
                sector,
                budget,
                numberOfPilots,
                languages,
                weights,
                stages == null ? null : List.copyOf(stages));
    }
}
