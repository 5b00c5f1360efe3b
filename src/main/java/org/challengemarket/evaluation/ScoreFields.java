package org.challengemarket.evaluation;

import org.challengemarket.challenge.Criterion;

/** The names by which the API's score bodies (and so its field errors) call each criterion. */
public final class ScoreFields {

    private ScoreFields() {}

    /** {@code problemSolving}, {@code teamMotivation} or {@code implementationCost}. */
    public static String of(Criterion criterion) {
        return switch (criterion) {
            case PROBLEM_SOLVING -> "problemSolving";
            case TEAM_MOTIVATION -> "teamMotivation";
            case IMPLEMENTATION_COST -> "implementationCost";
        };
    }

    public static String points(Criterion criterion) {
        return of(criterion) + ".points";
    }

    public static String justification(Criterion criterion) {
        return of(criterion) + ".justification";
    }
}
