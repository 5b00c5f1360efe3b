package org.challengemarket.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;

/** The published weight of each criterion, in percent; complete weights sum to 100. */
@Embeddable
public class Weights {

    @Column(name = "weight_problem_solving")
    public Integer problemSolving;

    @Column(name = "weight_team_motivation")
    public Integer teamMotivation;

    @Column(name = "weight_implementation_cost")
    public Integer implementationCost;

    protected Weights() {}

    public Weights(Integer problemSolving, Integer teamMotivation, Integer implementationCost) {
        this.problemSolving = problemSolving;
        this.teamMotivation = teamMotivation;
        this.implementationCost = implementationCost;
    }

    public boolean isComplete() {
        return problemSolving != null && teamMotivation != null && implementationCost != null;
    }

    public int sum() {
        return value(problemSolving) + value(teamMotivation) + value(implementationCost);
    }

    /** Criterion to weight, in the platform's order; a missing weight is null. */
    public Map<Criterion, Integer> byCriterion() {
        Map<Criterion, Integer> map = new LinkedHashMap<>();
        map.put(Criterion.PROBLEM_SOLVING, problemSolving);
        map.put(Criterion.TEAM_MOTIVATION, teamMotivation);
        map.put(Criterion.IMPLEMENTATION_COST, implementationCost);
        return map;
    }

    private static int value(Integer weight) {
        return weight == null ? 0 : weight;
    }
}
