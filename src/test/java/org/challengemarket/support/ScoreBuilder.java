package org.challengemarket.support;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An evaluator's score of a proposal: points and a justification for each criterion. */
public final class ScoreBuilder {

    /** Justifications must be 30 characters or more. */
    public static final String JUSTIFICATION = "Scored against the anchored descriptors of this criterion.";

    /** The body of {@code PUT .../proposals/{id}/score}; {@code null} leaves a criterion out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Score(Points problemSolving, Points teamMotivation, Points implementationCost) {}

    /** The points given on one criterion and why. */
    public record Points(int points, String justification) {

        public static Points of(int points) {
            return new Points(points, JUSTIFICATION);
        }
    }

    private ScoreBuilder() {}

    /** These points on every criterion, each with a valid justification. */
    public static Score score(int problemSolving, int teamMotivation, int cost) {
        return new Score(Points.of(problemSolving), Points.of(teamMotivation), Points.of(cost));
    }
}
