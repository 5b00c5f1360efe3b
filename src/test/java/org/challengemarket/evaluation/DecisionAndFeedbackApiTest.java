package org.challengemarket.evaluation;

import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
        as(s.agency().officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "proposalIds",
                        List.of(s.b().proposalId(), s.a().proposalId()),
                        "reason",
                        "The two best go on."))
                .post(s.shortlist())
                .then()
                .statusCode(200)
                .body("ranking", contains(s.a().proposalId(), s.b().proposalId(), s.c().proposalId()))
                .body("departureReason", nullValue());
    }

    @Test
    void aShortlistThatDepartsFromTheRankingRecordsWhy() {
        Scene s = ranked();
        Map<String, Object> departing =
                Map.of("proposalIds", List.of(s.a().proposalId(), s.c().proposalId()), "reason", "A and C go on.");
        assertProblem(
                        as(s.agency().officer())
                                .contentType(ContentType.JSON)
                                .body(departing)
                                .post(s.shortlist()),
                        422,
                        "rule-violation")
                .body("errors.field", contains("departureReason"));
        as(s.b().token()).get("/api/v1/proposals/" + s.b().proposalId()).then().body("status", equalTo("SUBMITTED"));

        as(s.agency().officer())
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
                .body("departureReason", equalTo("B's supplier went bankrupt after the deadline."));
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

        assertProblem(
                        as(agency.officer())
                                .contentType(ContentType.JSON)
                                .body(Map.of("proposalIds", List.of(a.proposalId()), "reason", "No ranking yet."))
                                .post("/api/v1/challenges/" + challenge + "/stages/1/shortlist"),
                        422,
                        "rule-violation")
                .body("detail", containsString("not complete"))
                .body("errors.field", hasItem("panel"));
    }

    @Test
    void eachCompanyReadsOnlyItsOwnFeedbackAfterTheDecision() {
        Scene s = ranked();
        as(s.c().token())
                .get("/api/v1/proposals/" + s.c().proposalId() + "/feedback")
                .then()
                .statusCode(200)
                .body("stages", empty());

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
                .body("stages", hasSize(1))
                .body("stages[0].outcome", equalTo("STOPPED"))
                .body("stages[0].rank", equalTo(3))
                .body("stages[0].of", equalTo(3))
                .body("stages[0].place", equalTo("3rd of 3"))
                .body("stages[0].weightedTotal", equalTo(5.0f))
                .body("stages[0].threshold", equalTo(8.0f))
                .body(
                        "stages[0].criteria.criterion",
                        contains("PROBLEM_SOLVING", "TEAM_MOTIVATION", "IMPLEMENTATION_COST"))
                .body("stages[0].criteria.weight", contains(50, 30, 20))
                .body("stages[0].criteria[2].score", equalTo(5.0f))
                .body("stages[0].criteria[2].justifications", hasSize(2))
                .extract()
                .asString();
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

        as(s.a().token())
                .get("/api/v1/proposals/" + s.a().proposalId() + "/feedback")
                .then()
                .body("stages[0].outcome", equalTo("WENT_ON"))
                .body("stages[0].place", equalTo("1st of 3"))
                .body("stages[0].weightedTotal", equalTo(8.0f));
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
        as(s.agency().officer())
                .get("/api/v1/challenges/" + s.challenge() + "/stages/1/ranking")
                .then()
                .body("decided", equalTo(true))
                .body("entries", not(empty()));
        assertProblem(
                as(s.panel().chair().token())
                        .contentType(ContentType.JSON)
                        .body(Map.of("problemSolving", Map.of("points", 1, "reason", "Changing after the decision.")))
                        .put(s.panel().proposal(s.c().proposalId()) + "/consensus"),
                409,
                "conflict");
    }
}
