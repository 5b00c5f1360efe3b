package org.challengemarket.support;

import static org.challengemarket.support.Api.as;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.Members.Person;

/**
 * Drives a stage's evaluation through the API, so a test of another feature gets a ranked stage in
 * a few lines. The panel must be named before the stage deadline; scoring happens after it:
 *
 * <pre>{@code
 * Evaluations.Panel panel = Evaluations.panel(agency, challengeId, 1); // before the deadline
 * // ... companies submit, the test moves the clock past the stage deadline ...
 * panel.scoreInOrder(List.of(best, second, third)); // every evaluator declares and submits
 * List<String> ranked = panel.rankedIds();           // [best, second, third]
 * }</pre>
 *
 * Evaluators are fresh members of the agency holding the {@code evaluator} role; the first chairs.
 */
public final class Evaluations {

    /** Justifications must be 30 characters or more. */
    public static final String JUSTIFICATION = ScoreBuilder.JUSTIFICATION;

    private Evaluations() {}

    /** A company and its proposal. */
    public record Bid(Org company, String proposalId) {
        public String token() {
            return company.token("company_member");
        }
    }

    /** A new company (with a profile) that starts a proposal and submits stage 1 now. */
    public static Bid submittedProposal(String challengeId, String idea) {
        Org company = Fixtures.company();
        String proposal = as(company.token("company_member"))
                .post("/api/v1/challenges/" + challengeId + "/proposals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(company.token("company_member"))
                .contentType(ContentType.JSON)
                .body(Fixtures.expressionOfInterest(idea))
                .put("/api/v1/proposals/" + proposal + "/stages/1")
                .then()
                .statusCode(200);
        as(company.token("company_member"))
                .post("/api/v1/proposals/" + proposal + "/stages/1/submit")
                .then()
                .statusCode(201);
        return new Bid(company, proposal);
    }

    /** A panel of two evaluators of {@code agency}, the first one chairing. Call before the deadline. */
    public static Panel panel(Org agency, String challengeId, int stage) {
        return panel(agency, challengeId, stage, 2);
    }

    /** A panel of {@code size} evaluators of {@code agency}, the first one chairing. */
    public static Panel panel(Org agency, String challengeId, int stage, int size) {
        List<Person> evaluators = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            evaluators.add(Members.member(agency, "evaluator"));
        }
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "evaluatorIds",
                        evaluators.stream().map(p -> p.id().toString()).toList(),
                        "chairId",
                        evaluators.get(0).id().toString()))
                .put("/api/v1/challenges/" + challengeId + "/stages/" + stage + "/panel")
                .then()
                .statusCode(200);
        return new Panel(agency, challengeId, stage, List.copyOf(evaluators));
    }

    /** A named panel; its methods work once the stage deadline has passed. */
    public record Panel(Org agency, String challengeId, int stage, List<Person> evaluators) {

        public Person chair() {
            return evaluators.get(0);
        }

        /** The API path of a proposal on this panel, e.g. {@code proposal(p) + "/score"}. */
        public String proposal(String proposalId) {
            return "/api/v1/evaluations/" + challengeId + "/stages/" + stage + "/proposals/" + proposalId;
        }

        /** {@code evaluator} declares no conflict with the proposal. */
        public void declareNoConflict(Person evaluator, String proposalId) {
            as(evaluator.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of("conflict", false))
                    .put(proposal(proposalId) + "/conflict")
                    .then()
                    .statusCode(200);
        }

        /** {@code evaluator} declares no conflict, saves these points for every criterion and submits. */
        public void score(Person evaluator, String proposalId, int problemSolving, int teamMotivation, int cost) {
            declareNoConflict(evaluator, proposalId);
            as(evaluator.token())
                    .contentType(ContentType.JSON)
                    .body(scoreBody(problemSolving, teamMotivation, cost))
                    .put(proposal(proposalId) + "/score")
                    .then()
                    .statusCode(200);
            as(evaluator.token())
                    .post(proposal(proposalId) + "/score/submit")
                    .then()
                    .statusCode(200);
        }

        /** Every evaluator gives the proposal the same points (so no spread is flagged). */
        public void score(String proposalId, int problemSolving, int teamMotivation, int cost) {
            for (Person evaluator : evaluators) {
                score(evaluator, proposalId, problemSolving, teamMotivation, cost);
            }
        }

        /**
         * Scores the proposals so they rank in the given order: the first gets 10 on every
         * criterion, the next 9, and so on (at most 11 proposals keep distinct totals).
         */
        public void scoreInOrder(List<String> proposalIds) {
            for (int i = 0; i < proposalIds.size(); i++) {
                int points = Math.max(0, 10 - i);
                score(proposalIds.get(i), points, points, points);
            }
        }

        /** The ranking as the agency reads it (the raw response body's {@code entries}). */
        public List<String> rankedIds() {
            return as(agency.officer())
                    .get("/api/v1/challenges/" + challengeId + "/stages/" + stage + "/ranking")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("entries.proposalId", String.class);
        }
    }

    /** A score body giving these points, each with a valid justification. */
    public static ScoreBuilder.Score scoreBody(int problemSolving, int teamMotivation, int cost) {
        return ScoreBuilder.score(problemSolving, teamMotivation, cost);
    }
}
