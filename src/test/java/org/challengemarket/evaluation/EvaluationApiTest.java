package org.challengemarket.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.support.Api;
import org.challengemarket.support.Evaluations;
import org.challengemarket.support.Evaluations.Bid;
import org.challengemarket.support.Evaluations.Panel;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.Members;
import org.challengemarket.support.Members.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Panels, conflicts of interest, independent scores, consensus and the ranking, through the API. */
@QuarkusTest
class EvaluationApiTest {

    @Inject
    ServiceClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A published challenge with a panel named before its first deadline and proposals submitted. */
    private record Scene(Org agency, String challenge, Panel panel, List<Bid> bids) {
        String ranking() {
            return "/api/v1/challenges/" + challenge + "/stages/1/ranking";
        }
    }

    private Scene scene(int panelSize, int proposals) {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Evaluated " + agency.id());
        Panel panel = Evaluations.panel(agency, challenge, 1, panelSize);
        List<Bid> bids = new java.util.ArrayList<>();
        for (int i = 0; i < proposals; i++) {
            bids.add(Evaluations.submittedProposal(challenge, "Idea number " + i + " for the counter."));
        }
        passFirstDeadline(challenge);
        return new Scene(agency, challenge, panel, bids);
    }

    private void passFirstDeadline(String challengeId) {
        Instant deadline = Instant.parse(Api.anonymous()
                .get("/api/v1/challenges/" + challengeId)
                .then()
                .extract()
                .path("stages[0].deadline"));
        clock.advance(Duration.between(clock.instant(), deadline).plusSeconds(1));
    }

    private static void saveScore(Person evaluator, String path, Object body, int status) {
        as(evaluator.token())
                .contentType(ContentType.JSON)
                .body(body)
                .put(path + "/score")
                .then()
                .statusCode(status);
    }

    @Test
    void evaluatorNotOnThePanelGetsNotFound() {
        Scene s = scene(2, 1);
        Person outsider = Members.member(s.agency(), "evaluator");
        String path = s.panel().proposal(s.bids().get(0).proposalId());

        JsonPath json = as(outsider.token())
                .get("/api/v1/evaluations/assignments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("items")).isEmpty();
        assertThat(json.getInt("total")).isEqualTo(0);
        assertProblem(as(outsider.token()).get(path), 404, "not-found");
        assertProblem(
                as(outsider.token())
                        .contentType(ContentType.JSON)
                        .body(Map.of("conflict", false))
                        .put(path + "/conflict"),
                404,
                "not-found");
        assertProblem(as(outsider.token()).get(s.ranking()), 404, "not-found");
        assertProblem(as(Fixtures.agency().officer()).get(s.ranking()), 404, "not-found");
    }

    @Test
    void assignmentsListThePanelsThatNameTheEvaluatorWithProgress() {
        Scene s = scene(2, 2);
        Person evaluator = s.panel().evaluators().get(1);
        s.panel().score(evaluator, s.bids().get(0).proposalId(), 7, 6, 5);

        JsonPath json = as(evaluator.token())
                .get("/api/v1/evaluations/assignments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(1);
        assertThat(json.<Object>get("items[0].challengeId")).isEqualTo(s.challenge());
        assertThat(json.getInt("items[0].stage")).isEqualTo(1);
        assertThat(json.getBoolean("items[0].chair")).isFalse();
        assertThat(json.getInt("items[0].proposals")).isEqualTo(2);
        assertThat(json.getInt("items[0].scored")).isEqualTo(1);
        assertThat(json.getString("items[0].progress")).isEqualTo("1 of 2 scored");
        json = as(s.panel().chair().token())
                .get("/api/v1/evaluations/assignments")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("items[0].chair")).isTrue();
        assertThat(json.getString("items[0].progress")).isEqualTo("0 of 2 scored");
    }

    @Test
    void proposalContentIsReadableOnlyAfterDeclaringNoConflict() {
        Scene s = scene(2, 1);
        Person evaluator = s.panel().evaluators().get(1);
        String path = s.panel().proposal(s.bids().get(0).proposalId());

        JsonPath json =
                as(evaluator.token()).get(path).then().statusCode(200).extract().jsonPath();
        assertThat(json.<Object>get("declaration")).isNull();
        assertThat(json.<Object>get("submission")).isNull();
        assertProblem(
                as(evaluator.token())
                        .contentType(ContentType.JSON)
                        .body(Evaluations.scoreBody(5, 5, 5))
                        .put(path + "/score"),
                409,
                "conflict");

        s.panel().declareNoConflict(evaluator, s.bids().get(0).proposalId());
        json = as(evaluator.token()).get(path).then().statusCode(200).extract().jsonPath();
        assertThat(json.getBoolean("declaration.conflict")).isFalse();
        assertThat(json.getString("submission.content.fields.solutionIdea"))
                .isEqualTo("Idea number 0 for the counter.");
    }

    @Test
    void recusedEvaluatorCannotReadTheProposalOrItsScores() {
        Scene s = scene(3, 1);
        Person recused = s.panel().evaluators().get(2);
        String pid = s.bids().get(0).proposalId();
        String path = s.panel().proposal(pid);

        JsonPath json = as(recused.token())
                .contentType(ContentType.JSON)
                .body(Map.of("conflict", true, "reason", "I advised this company last year."))
                .put(path + "/conflict")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("conflict")).isTrue();
        s.panel().score(s.panel().evaluators().get(0), pid, 8, 8, 8);
        s.panel().score(s.panel().evaluators().get(1), pid, 8, 7, 8);

        assertProblem(as(recused.token()).get(path), 404, "not-found");
        assertProblem(
                as(recused.token())
                        .contentType(ContentType.JSON)
                        .body(Evaluations.scoreBody(1, 1, 1))
                        .put(path + "/score"),
                404,
                "not-found");
        json = as(recused.token())
                .get(s.ranking())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("complete")).isTrue();
        assertThat(json.<Object>get("entries[0].proposalId")).isEqualTo(pid);
        assertThat(json.<Object>get("entries[0].weightedTotal")).isNull();
        assertThat(json.<Object>get("entries[0].problemSolving")).isNull();
        json = as(recused.token())
                .get("/api/v1/evaluations/" + s.challenge() + "/stages/1/proposals")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("[0].declaration")).isEqualTo("CONFLICT");
        // a declaration never changes
        assertProblem(
                as(recused.token())
                        .contentType(ContentType.JSON)
                        .body(Map.of("conflict", false))
                        .put(path + "/conflict"),
                409,
                "conflict");
    }

    @Test
    void aConflictNeedsAReason() {
        Scene s = scene(2, 1);
        JsonPath json = assertProblem(
                        as(s.panel().chair().token())
                                .contentType(ContentType.JSON)
                                .body(Map.of("conflict", true))
                                .put(s.panel().proposal(s.bids().get(0).proposalId()) + "/conflict"),
                        400,
                        "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("reason");
    }

    @Test
    void otherScoresStayHiddenUntilTheEvaluatorSubmitsItsOwn() {
        Scene s = scene(2, 1);
        String pid = s.bids().get(0).proposalId();
        Person first = s.panel().evaluators().get(0);
        Person second = s.panel().evaluators().get(1);
        s.panel().score(first, pid, 9, 8, 7);
        s.panel().declareNoConflict(second, pid);
        saveScore(second, s.panel().proposal(pid), Evaluations.scoreBody(6, 6, 6), 200);

        JsonPath json = as(second.token())
                .get(s.panel().proposal(pid))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("ownScore.status")).isEqualTo("DRAFT");
        assertThat(json.getList("panelScores")).isEmpty();
        assertThat(json.getList("criteria")).isEmpty();

        as(second.token())
                .post(s.panel().proposal(pid) + "/score/submit")
                .then()
                .statusCode(200);
        json = as(second.token()).get(s.panel().proposal(pid)).then().extract().jsonPath();
        assertThat(json.getList("panelScores")).hasSize(2);
        assertThat(json.getList("panelScores.problemSolving.points")).containsExactlyInAnyOrder(9, 6);
        assertThat(json.getString("criteria[0].criterion")).isEqualTo("PROBLEM_SOLVING");
        assertThat(json.getFloat("criteria[0].mean")).isEqualTo(7.5f);
        assertThat(json.getInt("criteria[0].spread")).isEqualTo(3);
        assertThat(json.getBoolean("criteria[0].flagged")).isTrue();
    }

    @Test
    void aSubmittedScoreNeverChanges() {
        Scene s = scene(2, 1);
        String pid = s.bids().get(0).proposalId();
        Person evaluator = s.panel().chair();
        s.panel().score(evaluator, pid, 7, 7, 7);

        assertProblem(
                as(evaluator.token())
                        .contentType(ContentType.JSON)
                        .body(Evaluations.scoreBody(2, 2, 2))
                        .put(s.panel().proposal(pid) + "/score"),
                409,
                "conflict");
        assertProblem(as(evaluator.token()).post(s.panel().proposal(pid) + "/score/submit"), 409, "conflict");
        JsonPath json = as(evaluator.token())
                .get(s.panel().proposal(pid))
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("ownScore.status")).isEqualTo("SUBMITTED");
        assertThat(json.getInt("ownScore.problemSolving.points")).isEqualTo(7);
    }

    @Test
    void aTooShortJustificationIsRefusedNamingItsField() {
        Scene s = scene(2, 1);
        String pid = s.bids().get(0).proposalId();
        Person evaluator = s.panel().chair();
        s.panel().declareNoConflict(evaluator, pid);

        JsonPath json = assertProblem(
                        as(evaluator.token())
                                .contentType(ContentType.JSON)
                                .body(Map.of(
                                        "problemSolving",
                                        Map.of("points", 7, "justification", "Too short."),
                                        "teamMotivation",
                                        Map.of("points", 11, "justification", Evaluations.JUSTIFICATION)))
                                .put(s.panel().proposal(pid) + "/score"),
                        400,
                        "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field"))
                .containsExactly("problemSolving.justification", "teamMotivation.points");
        json = as(evaluator.token())
                .get(s.panel().proposal(pid))
                .then()
                .extract()
                .jsonPath();
        assertThat(json.<Object>get("ownScore")).isNull();
    }

    @Test
    void anIncompleteDraftCannotBeSubmitted() {
        Scene s = scene(2, 1);
        String pid = s.bids().get(0).proposalId();
        Person evaluator = s.panel().chair();
        s.panel().declareNoConflict(evaluator, pid);
        saveScore(
                evaluator,
                s.panel().proposal(pid),
                Map.of("problemSolving", Map.of("points", 7, "justification", Evaluations.JUSTIFICATION)),
                200);

        JsonPath json = assertProblem(
                        as(evaluator.token()).post(s.panel().proposal(pid) + "/score/submit"), 422, "rule-violation")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field"))
                .containsExactly(
                        "teamMotivation.points",
                        "teamMotivation.justification",
                        "implementationCost.points",
                        "implementationCost.justification");
    }

    @Test
    void aWideSpreadIsFlaggedAndTheChairRecordsAConsensus() {
        Scene s = scene(2, 1);
        String pid = s.bids().get(0).proposalId();
        Person chair = s.panel().chair();
        Person member = s.panel().evaluators().get(1);
        s.panel().score(chair, pid, 9, 6, 6);
        s.panel().score(member, pid, 5, 7, 6);

        JsonPath json = as(s.agency().officer())
                .get(s.ranking())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("complete")).isFalse();
        assertThat(json.getList("entries")).isEmpty();
        assertThat(json.<Object>get("missing[0].proposalId")).isEqualTo(pid);
        assertThat(json.getString("missing[0].what")).contains("PROBLEM_SOLVING spread by 4");
        json = as(chair.token())
                .get("/api/v1/evaluations/" + s.challenge() + "/stages/1/moderation")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("[0].flagged")).isTrue();
        assertThat(json.getInt("[0].criteria[0].spread")).isEqualTo(4);
        assertThat(json.getBoolean("[0].criteria[1].flagged")).isFalse();
        Map<String, Object> consensus =
                Map.of("problemSolving", Map.of("points", 8, "reason", "The panel agreed the pilot plan is solid."));
        assertProblem(
                as(member.token())
                        .contentType(ContentType.JSON)
                        .body(consensus)
                        .put(s.panel().proposal(pid) + "/consensus"),
                403,
                "forbidden");
        assertProblem(
                as(member.token()).get("/api/v1/evaluations/" + s.challenge() + "/stages/1/moderation"),
                403,
                "forbidden");

        json = as(chair.token())
                .contentType(ContentType.JSON)
                .body(consensus)
                .put(s.panel().proposal(pid) + "/consensus")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("criteria[0].consensus")).isEqualTo(8);
        json = // 50% × 8 + 30% × 6.5 + 20% × 6 = 4 + 1.95 + 1.2
                as(s.agency().officer()).get(s.ranking()).then().extract().jsonPath();
        assertThat(json.getBoolean("complete")).isTrue();
        assertThat(json.getFloat("entries[0].weightedTotal")).isEqualTo(7.15f);
        assertThat(json.getFloat("entries[0].problemSolving")).isEqualTo(8.0f);
        assertThat(json.getBoolean("entries[0].consensus")).isTrue();
    }

    @Test
    void consensusWaitsForEveryScoreAndNeedsAReason() {
        Scene s = scene(2, 1);
        String pid = s.bids().get(0).proposalId();
        Person chair = s.panel().chair();
        s.panel().score(chair, pid, 9, 6, 6);
        assertProblem(
                as(chair.token())
                        .contentType(ContentType.JSON)
                        .body(Map.of("problemSolving", Map.of("points", 8, "reason", "Agreed in the meeting.")))
                        .put(s.panel().proposal(pid) + "/consensus"),
                409,
                "conflict");
        s.panel().score(s.panel().evaluators().get(1), pid, 5, 6, 6);
        JsonPath json = assertProblem(
                        as(chair.token())
                                .contentType(ContentType.JSON)
                                .body(Map.of("problemSolving", Map.of("points", 8)))
                                .put(s.panel().proposal(pid) + "/consensus"),
                        400,
                        "invalid-request")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("problemSolving.reason");
    }

    @Test
    void rankingFollowsTheWeightedTotalThenProblemSolvingThenEarlierSubmission() {
        // weights 50/30/20; submitted in the order d, b, c, a
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Ranked " + agency.id());
        Panel panel = Evaluations.panel(agency, challenge, 1);
        Bid d = Evaluations.submittedProposal(challenge, "D: same as B, but sent first.");
        Bid b = Evaluations.submittedProposal(challenge, "B: seven everywhere.");
        Bid c = Evaluations.submittedProposal(challenge, "C: strong team, weaker solution.");
        Bid a = Evaluations.submittedProposal(challenge, "A: strong solution, weak elsewhere.");
        passFirstDeadline(challenge);

        panel.score(a.proposalId(), 8, 6, 5); // 4 + 1.8 + 1 = 6.80
        panel.score(b.proposalId(), 7, 7, 7); // 7.00
        panel.score(c.proposalId(), 6, 8, 8); // 3 + 2.4 + 1.6 = 7.00, lower PROBLEM_SOLVING than B
        panel.score(d.proposalId(), 7, 7, 7);
        JsonPath json = // 7.00, same as B but submitted earlier
                as(agency.officer())
                        .get("/api/v1/challenges/" + challenge + "/stages/1/ranking")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(json.getBoolean("complete")).isTrue();
        assertThat(json.getList("missing")).isEmpty();
        assertThat(json.getList("entries.proposalId"))
                .containsExactly(d.proposalId(), b.proposalId(), c.proposalId(), a.proposalId());
        assertThat(json.getList("entries.rank")).containsExactly(1, 2, 3, 4);
        assertThat(json.getList("entries.weightedTotal")).containsExactly(7.0f, 7.0f, 7.0f, 6.8f);
    }

    @Test
    void meanScoresAreUsedWithoutConsensus() {
        Scene s = scene(3, 1);
        String pid = s.bids().get(0).proposalId();
        s.panel().score(s.panel().evaluators().get(0), pid, 7, 5, 4);
        s.panel().score(s.panel().evaluators().get(1), pid, 8, 6, 4);
        s.panel().score(s.panel().evaluators().get(2), pid, 8, 6, 5);
        JsonPath json = // means 7.67, 5.67, 4.33: 3.835 + 1.701 + 0.866 = 6.402
                as(s.agency().officer()).get(s.ranking()).then().extract().jsonPath();
        assertThat(json.getFloat("entries[0].problemSolving")).isEqualTo(7.67f);
        assertThat(json.getFloat("entries[0].teamMotivation")).isEqualTo(5.67f);
        assertThat(json.getFloat("entries[0].implementationCost")).isEqualTo(4.33f);
        assertThat(json.getFloat("entries[0].weightedTotal")).isEqualTo(6.4f);
    }

    @Test
    void rankingSaysWhatIsMissingAndTheAgencyAddsAnEvaluatorWhereConflictsLeftTooFew() {
        Scene s = scene(2, 2);
        String first = s.bids().get(0).proposalId();
        String second = s.bids().get(1).proposalId();
        Person conflicted = s.panel().evaluators().get(1);
        as(conflicted.token())
                .contentType(ContentType.JSON)
                .body(Map.of("conflict", true, "reason", "My sister works for this company."))
                .put(s.panel().proposal(first) + "/conflict")
                .then()
                .statusCode(200);
        s.panel().score(s.panel().chair(), first, 7, 7, 7);

        JsonPath json = as(s.agency().officer())
                .get("/api/v1/challenges/" + s.challenge() + "/stages/1/panel")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("members")).hasSize(2);
        assertThat(json.getBoolean("coverage.find { it.proposalId == '" + first + "' }.needsEvaluator"))
                .isTrue();
        assertThat(json.getBoolean("coverage.find { it.proposalId == '" + second + "' }.needsEvaluator"))
                .isFalse();
        json = as(s.agency().officer()).get(s.ranking()).then().extract().jsonPath();
        assertThat(json.getBoolean("complete")).isFalse();
        assertThat(json.getList("missing.proposalId")).contains(first);
        assertThat(json.getList("missing.what", String.class))
                .anySatisfy(what -> assertThat(what).contains("1 unconflicted evaluator"))
                .anySatisfy(what -> assertThat(what).contains("has not submitted"));
        json = assertProblem(
                        as(s.agency().officer())
                                .contentType(ContentType.JSON)
                                .body(Map.of("proposalIds", List.of(first), "reason", "Only one goes on."))
                                .post("/api/v1/challenges/" + s.challenge() + "/stages/1/shortlist"),
                        422,
                        "rule-violation")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("proposals." + first);

        // after the deadline the panel only grows
        List<String> members =
                s.panel().evaluators().stream().map(p -> p.id().toString()).toList();
        json = assertProblem(
                        as(s.agency().officer())
                                .contentType(ContentType.JSON)
                                .body(Map.of("evaluatorIds", members.subList(0, 1), "chairId", members.get(0)))
                                .put("/api/v1/challenges/" + s.challenge() + "/stages/1/panel"),
                        422,
                        "rule-violation")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("evaluatorIds");
        Person added = Members.member(s.agency(), "evaluator");
        json = as(s.agency().officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "evaluatorIds",
                        List.of(members.get(0), members.get(1), added.id().toString()),
                        "chairId",
                        members.get(0)))
                .put("/api/v1/challenges/" + s.challenge() + "/stages/1/panel")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("members")).hasSize(3);
        assertThat(json.getBoolean("coverage.find { it.proposalId == '" + first + "' }.needsEvaluator"))
                .isFalse();
    }

    @Test
    void onlyEvaluatorsOfTheAgencyOrTheLabSitOnAPanel() {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Panel rules " + agency.id());
        Person evaluator = Members.member(agency, "evaluator");
        Person officer = Members.member(agency, "agency_officer");
        Person elsewhere = Members.member(Fixtures.agency(), "evaluator");

        JsonPath json = assertProblem(
                        as(agency.officer())
                                .contentType(ContentType.JSON)
                                .body(Map.of(
                                        "evaluatorIds",
                                        List.of(
                                                evaluator.id().toString(),
                                                officer.id().toString(),
                                                elsewhere.id().toString()),
                                        "chairId",
                                        java.util.UUID.randomUUID().toString()))
                                .put("/api/v1/challenges/" + challenge + "/stages/1/panel"),
                        422,
                        "rule-violation")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).containsExactly("evaluatorIds[1]", "evaluatorIds[2]", "chairId");
        json = as(agency.officer())
                .get("/api/v1/challenges/" + challenge + "/evaluator-candidates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("memberId")).contains(evaluator.id().toString());
        assertThat(json.getList("organisation")).contains("Government Innovation Lab");
    }

    @Test
    void beforeTheDeadlineEvaluatorsSeeNoProposals() {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Sealed " + agency.id());
        Panel panel = Evaluations.panel(agency, challenge, 1);
        Evaluations.submittedProposal(challenge, "Still sealed.");

        JsonPath json = as(panel.chair().token())
                .get("/api/v1/evaluations/" + challenge + "/stages/1/proposals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("")).isEmpty();
        json = as(panel.chair().token())
                .get("/api/v1/evaluations/assignments")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("items[0].sealed")).isTrue();
        assertThat(json.getInt("items[0].proposals")).isEqualTo(0);
        json = as(agency.officer())
                .get("/api/v1/challenges/" + challenge + "/stages/1/ranking")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("complete")).isFalse();
        assertThat(json.getList("missing.field")).contains("stage");
    }

    @Test
    void criteriaComeWithTheirAnchoredDescriptors() {
        JsonPath json = Api.anonymous()
                .get("/api/v1/evaluations/criteria")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("criterion"))
                .containsExactly("PROBLEM_SOLVING", "TEAM_MOTIVATION", "IMPLEMENTATION_COST");
        assertThat(json.getInt("[0].anchors[0].points")).isEqualTo(0);
        assertThat(json.getString("[0].anchors[0].label")).isEqualTo("Missing");
        assertThat(json.getInt("[0].anchors[-1].points")).isEqualTo(10);
        assertThat(json.getString("[0].anchors[-1].label")).isEqualTo("Outstanding");
        assertThat(json.<Object>get("[2].anchors[3].descriptor")).isNotNull();
    }
}
