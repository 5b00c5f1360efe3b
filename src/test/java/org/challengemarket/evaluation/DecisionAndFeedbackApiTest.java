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
import org.challengemarket.support.Members.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shortlist decided on the ranking, and each company's feedback afterwards. */
@QuarkusTest
class DecisionAndFeedbackApiTest {

    @Inject
    ServiceClock clock;

    @Inject
    RankingService rankings;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Scene(Org agency, String challenge, Panel panel, Bid a, Bid b, Bid c) {
        String shortlist() {
            return "/api/v1/challenges/" + challenge + "/stages/1/shortlist";
        }
    }

    /** Three proposals ranked a, b, c: a scores 8s, b 7s, c 5s (one evaluator gives c a 2 on cost). */
    private Scene ranked() {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Decided " + agency.id());
        Panel panel = Evaluations.panel(agency, challenge, 1);
        Bid a = Evaluations.submittedProposal(challenge, "Idea A.");
        Bid b = Evaluations.submittedProposal(challenge, "Idea B.");
        Bid c = Evaluations.submittedProposal(challenge, "Idea C.");
        Instant deadline = Instant.parse(Api.anonymous()
                .get("/api/v1/challenges/" + challenge)
                .then()
                .extract()
                .path("stages[0].deadline"));
        clock.advance(Duration.between(clock.instant(), deadline).plusSeconds(1));
        panel.score(a.proposalId(), 8, 8, 8);
        panel.score(b.proposalId(), 7, 7, 7);
        panel.score(panel.evaluators().get(0), c.proposalId(), 5, 5, 4);
        panel.score(panel.evaluators().get(1), c.proposalId(), 5, 5, 6);
        return new Scene(agency, challenge, panel, a, b, c);
    }

    @Test
    void decisionRankingIsTheCompleteRankingBestFirst() {
        Scene s = ranked();
        List<RankedProposal> ranking = rankings.decisionRanking(java.util.UUID.fromString(s.challenge()), 1);

        org.assertj.core.api.Assertions.assertThat(ranking)
                .extracting(r -> r.proposalId().toString())
                .containsExactly(s.a().proposalId(), s.b().proposalId(), s.c().proposalId());
        org.assertj.core.api.Assertions.assertThat(ranking)
                .extracting(RankedProposal::rank)
                .containsExactly(1, 2, 3);
        org.assertj.core.api.Assertions.assertThat(ranking.get(2).weightedTotal())
                .isEqualByComparingTo("5.00");
        org.assertj.core.api.Assertions.assertThat(ranking.get(0).companyId().toString())
                .isEqualTo(s.a().company().id().toString());
    }

    @Test
    void aShortlistThatFollowsTheRankingNeedsNoDepartureReason() {
        Scene s = ranked();
        JsonPath json = as(s.agency().officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "proposalIds",
                        List.of(s.b().proposalId(), s.a().proposalId()),
                        "reason",
                        "The two best go on."))
                .post(s.shortlist())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("ranking")).containsExactly(s.a().proposalId(), s.b().proposalId(), s.c().proposalId());
        assertThat(json.<Object>get("departureReason")).isNull();
    }

    @Test
    void aShortlistThatDepartsFromTheRankingRecordsWhy() {
        Scene s = ranked();
        Map<String, Object> departing =
                Map.of("proposalIds", List.of(s.a().proposalId(), s.c().proposalId()), "reason", "A and C go on.");
        JsonPath json = assertProblem(
                        as(s.agency().officer())
                                .contentType(ContentType.JSON)
                                .body(departing)
                                .post(s.shortlist()),
                        422,
                        "rule-violation")
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).containsExactly("departureReason");
        json = as(s.b().token())
                .get("/api/v1/proposals/" + s.b().proposalId())
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("SUBMITTED");

        json = as(s.agency().officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "proposalIds",
                        List.of(s.a().proposalId(), s.c().proposalId()),
                        "reason",
                        "A and C go on.",
                        "departureReason",
                        "B's supplier went bankrupt after the deadline."))
                .post(s.shortlist())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("departureReason")).isEqualTo("B's supplier went bankrupt after the deadline.");
    }

    @Test
    void theDecisionWaitsForACompleteRanking() {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Undecided " + agency.id());
        Bid a = Evaluations.submittedProposal(challenge, "Idea without a panel.");
        Instant deadline = Instant.parse(Api.anonymous()
                .get("/api/v1/challenges/" + challenge)
                .then()
                .extract()
                .path("stages[0].deadline"));
        clock.advance(Duration.between(clock.instant(), deadline).plusSeconds(1));

        JsonPath json = assertProblem(
                        as(agency.officer())
                                .contentType(ContentType.JSON)
                                .body(Map.of("proposalIds", List.of(a.proposalId()), "reason", "No ranking yet."))
                                .post("/api/v1/challenges/" + challenge + "/stages/1/shortlist"),
                        422,
                        "rule-violation")
                .extract()
                .jsonPath();
        assertThat(json.getString("detail")).contains("not complete");
        assertThat(json.getList("errors.field")).contains("panel");
    }

    @Test
    void eachCompanyReadsOnlyItsOwnFeedbackAfterTheDecision() {
        Scene s = ranked();
        JsonPath json = as(s.c().token())
                .get("/api/v1/proposals/" + s.c().proposalId() + "/feedback")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("stages")).isEmpty();

        as(s.agency().officer())
                .contentType(ContentType.JSON)
                .body(Map.of("proposalIds", List.of(s.a().proposalId()), "reason", "The best one goes on."))
                .post(s.shortlist())
                .then()
                .statusCode(200);

        // weights 50/30/20: C's means are 5, 5 and 5 (4 and 6), so 5.00; A's 8.00 is the threshold
        String body = as(s.c().token())
                .get("/api/v1/proposals/" + s.c().proposalId() + "/feedback")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        json = JsonPath.from(body);
        assertThat(json.getList("stages")).hasSize(1);
        assertThat(json.getString("stages[0].outcome")).isEqualTo("STOPPED");
        assertThat(json.getInt("stages[0].rank")).isEqualTo(3);
        assertThat(json.getInt("stages[0].of")).isEqualTo(3);
        assertThat(json.getString("stages[0].place")).isEqualTo("3rd of 3");
        assertThat(json.getFloat("stages[0].weightedTotal")).isEqualTo(5.0f);
        assertThat(json.getFloat("stages[0].threshold")).isEqualTo(8.0f);
        assertThat(json.getList("stages[0].criteria.criterion"))
                .containsExactly("PROBLEM_SOLVING", "TEAM_MOTIVATION", "IMPLEMENTATION_COST");
        assertThat(json.getList("stages[0].criteria.weight")).containsExactly(50, 30, 20);
        assertThat(json.getFloat("stages[0].criteria[2].score")).isEqualTo(5.0f);
        assertThat(json.getList("stages[0].criteria[2].justifications")).hasSize(2);
        for (Person evaluator : s.panel().evaluators()) {
            org.assertj.core.api.Assertions.assertThat(body)
                    .doesNotContain(evaluator.username())
                    .doesNotContain(evaluator.id().toString());
        }
        org.assertj.core.api.Assertions.assertThat(body)
                .doesNotContain(s.a().proposalId())
                .doesNotContain(s.b().proposalId())
                // B's total is no business of C; the threshold (A's total, the lowest that went on) is
                .doesNotContain("7.00");

        json = as(s.a().token())
                .get("/api/v1/proposals/" + s.a().proposalId() + "/feedback")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("stages[0].outcome")).isEqualTo("WENT_ON");
        assertThat(json.getString("stages[0].place")).isEqualTo("1st of 3");
        assertThat(json.getFloat("stages[0].weightedTotal")).isEqualTo(8.0f);
        assertProblem(as(s.a().token()).get("/api/v1/proposals/" + s.c().proposalId() + "/feedback"), 404, "not-found");
        assertProblem(
                as(s.agency().officer()).get("/api/v1/proposals/" + s.c().proposalId() + "/feedback"),
                403,
                "forbidden");
    }

    @Test
    void afterTheDecisionTheEvaluationIsClosed() {
        Scene s = ranked();
        as(s.agency().officer())
                .contentType(ContentType.JSON)
                .body(Map.of("proposalIds", List.of(s.a().proposalId()), "reason", "The best one goes on."))
                .post(s.shortlist())
                .then()
                .statusCode(200);
        JsonPath json = as(s.agency().officer())
                .get("/api/v1/challenges/" + s.challenge() + "/stages/1/ranking")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("decided")).isTrue();
        assertThat(json.getList("entries")).isNotEmpty();
        assertProblem(
                as(s.panel().chair().token())
                        .contentType(ContentType.JSON)
                        .body(Map.of("problemSolving", Map.of("points", 1, "reason", "Changing after the decision.")))
                        .put(s.panel().proposal(s.c().proposalId()) + "/consensus"),
                409,
                "conflict");
    }
}
