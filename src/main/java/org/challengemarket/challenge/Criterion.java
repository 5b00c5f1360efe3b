package org.challengemarket.challenge;

/** The platform-wide evaluation criteria; a challenge publishes a weight for each. */
public enum Criterion {
    PROBLEM_SOLVING("How well the proposal solves the published problem"),
    TEAM_MOTIVATION("The team's motivation, skills and capacity to deliver the pilot"),
    IMPLEMENTATION_COST("The realism and value for money of the implementation cost");

    private final String description;

    Criterion(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
