package org.challengemarket.support;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of one proposal stage as a company fills them in. A stage's form is set by its kind,
 * so the fields stay named values; the named starting points hold complete answers.
 */
public final class ProposalStageBuilder {

    /** The body of {@code PUT /api/v1/proposals/{id}/stages/{n}}. */
    public record ProposalStage(Map<String, Object> fields) {}

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private ProposalStageBuilder() {}

    /** No field filled in yet. */
    public static ProposalStageBuilder empty() {
        return new ProposalStageBuilder();
    }

    /** A complete expression of interest (stage 1). */
    public static ProposalStageBuilder expressionOfInterest(String idea) {
        return empty().with("solutionIdea", idea)
                .with("teamInBrief", "Two founders who ran queues at a festival.")
                .with("costBand", "10000_TO_20000");
    }

    /** A complete full proposal (stage 2) costing {@code euro}. */
    public static ProposalStageBuilder fullProposal(String euro) {
        return empty().with("approach", "Sensors and text messages.")
                .with("workPlan", "Three months, two sites.")
                .with("teamMotivation", "We ran this at a festival.")
                .with("costEstimate", Amount.eur(euro));
    }

    /** A complete pitch (stage 3) in {@code slot} at a final price of {@code euro}. */
    public static ProposalStageBuilder pitch(Instant slot, String euro) {
        return empty().with("preferredSlot", slot.toString()).with("finalPrice", Amount.eur(euro));
    }

    /** Fills in (or replaces) one field. */
    public ProposalStageBuilder with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    /** The body; also what Jackson writes when a builder itself is sent. */
    @JsonValue
    public ProposalStage build() {
        return new ProposalStage(Map.copyOf(fields));
    }
}
