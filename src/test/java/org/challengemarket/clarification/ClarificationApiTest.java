package org.challengemarket.clarification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.clarification.ClarificationTestSupport.ask;
import static org.challengemarket.clarification.ClarificationTestSupport.publishedClosingIn;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.Members;
import org.challengemarket.support.Members.Person;
import org.challengemarket.support.Rows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Asking, reading and answering clarification questions through the API. */
@QuarkusTest
class ClarificationApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String QUESTION = "Which data formats do the on-board counters export?";
    private static final String ANSWER = "CSV and JSON, every five minutes, over the existing modem.";

    @AfterEach
    void resetClock() {
        ClarificationTestSupport.resetClock();
    }

    private static String company() {
        return Fixtures.organisation("COMPANY").token("company_member");
    }

    @Test
    void companyAsksAndEveryoneReadsThePublishedAnswerWithoutTheAsker() {
        Org agency = Fixtures.agency();
        Org asker = Fixtures.organisation("COMPANY");
        String id = Fixtures.published(agency, "Questions " + agency.id());

        ExtractableResponse<Response> created = as(asker.token("company_member"))
                .contentType(ContentType.JSON)
                .body(Map.of("text", "  " + QUESTION + "  "))
                .post("/api/v1/challenges/" + id + "/questions")
                .then()
                .statusCode(201)
                .extract();
        JsonPath json = created.jsonPath();
        assertThat(json.getString("status")).isEqualTo("OPEN");
        assertThat(json.<Object>get("question")).isEqualTo(QUESTION);
        assertThat(json.getBoolean("mine")).isTrue();
        assertThat(json.getInt("stage")).isEqualTo(1);
        assertThat(json.<Object>get("askedAt")).isNotNull();
        assertThat(json.getMap("$")).doesNotContainKey("questionNumber");
        String questionId = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/questions/" + questionId);

        json = anonymous()
                .get("/api/v1/challenges/" + id + "/questions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
        json = as(company())
                .get("/api/v1/challenges/" + id + "/questions")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
        json = as(asker.token("company_member"))
                .get("/api/v1/challenges/" + id + "/questions")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(1);
        assertThat(json.getBoolean("items[0].mine")).isTrue();
        json = as(agency.officer())
                .get("/api/v1/challenges/" + id + "/questions")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(1);
        assertThat(json.getBoolean("items[0].mine")).isFalse();
        assertThat(json.<Object>get("items[0].answerDueBy")).isNotNull();

        json = as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("text", ANSWER))
                .post("/api/v1/questions/" + questionId + "/answer")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("question.status")).isEqualTo("ANSWERED");
        assertThat(json.getInt("question.questionNumber")).isEqualTo(1);
        assertThat(json.<Object>get("question.answer")).isEqualTo(ANSWER);
        assertThat(json.getMap("$")).doesNotContainKey("deadlineExtension");

        String published = anonymous()
                .get("/api/v1/challenges/" + id + "/questions")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        json = JsonPath.from(published);
        assertThat(json.getInt("total")).isEqualTo(1);
        assertThat(json.getInt("items[0].questionNumber")).isEqualTo(1);
        assertThat(json.<Object>get("items[0].question")).isEqualTo(QUESTION);
        assertThat(json.<Object>get("items[0].answer")).isEqualTo(ANSWER);
        assertThat(json.<Object>get("items[0].answeredAt")).isNotNull();
        assertThat(json.getBoolean("items[0].mine")).isFalse();
        assertThat(json.getMap("items[0]")).doesNotContainKey("askedAt");
        assertThat(published).doesNotContain(asker.id().toString()).doesNotContain(asker.name());
        String seenByRival = as(company())
                .get("/api/v1/questions/" + questionId)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        json = JsonPath.from(seenByRival);
        assertThat(json.getBoolean("mine")).isFalse();
        assertThat(seenByRival).doesNotContain(asker.id().toString()).doesNotContain(asker.name());
        json = anonymous().get("/api/v1/challenges/" + id).then().extract().jsonPath();
        assertThat(json.getList("amendments")).hasSize(0);
    }

    @Test
    void openQuestionIsHiddenFromEveryoneButItsCompanyAndTheAgency() {
        Org agency = Fixtures.agency();
        Org asker = Fixtures.organisation("COMPANY");
        String id = Fixtures.published(agency, "Hidden " + agency.id());
        String questionId = ask(asker.token("company_member"), id, QUESTION);

        anonymous()
                .get("/api/v1/questions/" + questionId)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        as(company()).get("/api/v1/questions/" + questionId).then().statusCode(404);
        as(Fixtures.agency().officer())
                .get("/api/v1/questions/" + questionId)
                .then()
                .statusCode(404);
        JsonPath json = as(asker.token("company_member"))
                .get("/api/v1/questions/" + questionId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("mine")).isTrue();
        json = as(agency.officer())
                .get("/api/v1/questions/" + questionId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("OPEN");
    }

    @Test
    void agencySeesAnsweredAndOpenQuestionsPagedWithAnswersFirst() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Paged " + agency.id());
        String first = ask(company(), id, "First question about the scope of the pilot?");
        ask(company(), id, "Second question about the data we may use?");
        ask(company(), id, "Third question about the languages of the pitch?");
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("text", ANSWER))
                .post("/api/v1/questions/" + first + "/answer")
                .then()
                .statusCode(200);

        JsonPath json = as(agency.officer())
                .queryParam("size", 2)
                .get("/api/v1/challenges/" + id + "/questions")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(3);
        assertThat(json.getInt("totalPages")).isEqualTo(2);
        assertThat(json.getList("items")).hasSize(2);
        assertThat(json.getString("items[0].status")).isEqualTo("ANSWERED");
        assertThat(json.getString("items[1].status")).isEqualTo("OPEN");
        json = as(agency.officer())
                .queryParam("size", 2)
                .queryParam("page", 2)
                .get("/api/v1/challenges/" + id + "/questions")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("items")).hasSize(1);
        assertThat(json.getString("items[0].question")).isEqualTo("Third question about the languages of the pitch?");
        json = anonymous()
                .queryParam("size", 101)
                .get("/api/v1/challenges/" + id + "/questions")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("size");
    }

    @Test
    void questionTextIsValidatedOnItsField() {
        String id = Fixtures.published(Fixtures.agency(), "Validated " + UUID.randomUUID());
        String company = company();
        for (Object text : new Object[] {"Too short", "          Why?          ", "x".repeat(2001), ""}) {
            JsonPath json = as(company)
                    .contentType(ContentType.JSON)
                    .body(Map.of("text", text))
                    .post("/api/v1/challenges/" + id + "/questions")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .extract()
                    .jsonPath();
            assertThat(json.getList("errors.field")).contains("text");
        }
        JsonPath json = as(company)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/challenges/" + id + "/questions")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("text");
        json = as(company)
                .contentType(ContentType.JSON)
                .body(Map.of("text", QUESTION, "company", "someone else"))
                .post("/api/v1/challenges/" + id + "/questions")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("company");
        json = as(company)
                .contentType(ContentType.JSON)
                .body(Map.of("text", 42))
                .post("/api/v1/challenges/" + id + "/questions")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("text");
        json = as(company)
                .get("/api/v1/challenges/" + id + "/questions")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
    }

    @Test
    void onlyMembersOfACompanyAskAndOnlyOnPublishedChallenges() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Who asks " + agency.id());
        Map<String, String> body = Map.of("text", QUESTION);

        JsonPath json = anonymous()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/challenges/" + id + "/questions")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .extract()
                .jsonPath();
        assertThat(json.getString("type")).isEqualTo("urn:challengemarket:problem:unauthorized");
        json = as(agency.officer())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/challenges/" + id + "/questions")
                .then()
                .statusCode(403)
                .extract()
                .jsonPath();
        assertThat(json.getString("type")).isEqualTo("urn:challengemarket:problem:forbidden");
        as(Fixtures.agency().token("company_member"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/challenges/" + id + "/questions")
                .then()
                .statusCode(403);
        String draft = Fixtures.draft(agency, Fixtures.publishableChallenge("Draft " + agency.id()));
        as(company())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/challenges/" + draft + "/questions")
                .then()
                .statusCode(404);
        as(company())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/challenges/" + UUID.randomUUID() + "/questions")
                .then()
                .statusCode(404);
        anonymous().get("/api/v1/challenges/" + draft + "/questions").then().statusCode(404);
        json = as(agency.officer())
                .get("/api/v1/challenges/" + id + "/questions")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
    }

    @Test
    void cancelledChallengeTakesNoQuestions() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Cancelled " + agency.id());
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "The budget went to another programme."))
                .post("/api/v1/challenges/" + id + "/cancel")
                .then()
                .statusCode(200);
        as(company())
                .contentType(ContentType.JSON)
                .body(Map.of("text", QUESTION))
                .post("/api/v1/challenges/" + id + "/questions")
                .then()
                .statusCode(409);
    }

    @Test
    void retryWithTheSameIdempotencyKeyAsksOnce() {
        String id = Fixtures.published(Fixtures.agency(), "Retried " + UUID.randomUUID());
        String company = company();
        String key = UUID.randomUUID().toString();
        String first = as(company)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("text", QUESTION))
                .post("/api/v1/challenges/" + id + "/questions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ExtractableResponse<Response> replayed = as(company)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("text", QUESTION))
                .post("/api/v1/challenges/" + id + "/questions")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract();
        assertThat(replayed.header("Location")).endsWith("/api/v1/questions/" + first);
        JsonPath json = replayed.jsonPath();
        assertThat(json.<Object>get("id")).isEqualTo(first);
        as(company)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "A different question with the same key?"))
                .post("/api/v1/challenges/" + id + "/questions")
                .then()
                .statusCode(422);
        json = as(company)
                .get("/api/v1/challenges/" + id + "/questions")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(1);
    }

    @Test
    void questionAfterTheCutOffIsRefusedSayingWhenQuestionsClosedAndNothingIsStored() {
        Org agency = Fixtures.agency();
        String company = company();
        String id = publishedClosingIn(agency, Duration.ofDays(16));
        ask(company, id, QUESTION);

        ClarificationTestSupport.advanceClock("P7D");
        JsonPath json = as(company)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "One more question, nine days before the deadline?"))
                .post("/api/v1/challenges/" + id + "/questions")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .extract()
                .jsonPath();
        assertThat(json.getString("type")).isEqualTo("urn:challengemarket:problem:rule-violation");
        assertThat(json.getString("detail")).contains("Questions on stage 1 closed at");
        assertThat(json.getString("detail")).contains("10 days before its deadline");

        json = as(company)
                .get("/api/v1/challenges/" + id + "/questions")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(1);
    }

    @Test
    void answeringIsForTheChallengesOwnAgency() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Who answers " + agency.id());
        String asker = company();
        String questionId = ask(asker, id, QUESTION);
        String path = "/api/v1/questions/" + questionId + "/answer";
        Map<String, String> body = Map.of("text", ANSWER);

        anonymous()
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        as(asker).contentType(ContentType.JSON).body(body).post(path).then().statusCode(403);
        JsonPath json = as(Fixtures.agency().officer())
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .statusCode(404)
                .extract()
                .jsonPath();
        assertThat(json.getString("type")).isEqualTo("urn:challengemarket:problem:not-found");
        as(agency.token("evaluator"))
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .statusCode(403);
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/questions/" + UUID.randomUUID() + "/answer")
                .then()
                .statusCode(404);

        json = as(asker).get("/api/v1/questions/" + questionId).then().extract().jsonPath();
        assertThat(json.getString("status")).isEqualTo("OPEN");
    }

    @Test
    void answerTextIsValidatedOnItsField() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Answer input " + agency.id());
        String questionId = ask(company(), id, QUESTION);
        for (Object text : new Object[] {"Yes.", "x".repeat(5001), "   "}) {
            JsonPath json = as(agency.officer())
                    .contentType(ContentType.JSON)
                    .body(Map.of("text", text))
                    .post("/api/v1/questions/" + questionId + "/answer")
                    .then()
                    .statusCode(400)
                    .extract()
                    .jsonPath();
            assertThat(json.getList("errors.field")).contains("text");
        }
        JsonPath json = as(agency.officer())
                .contentType(ContentType.JSON)
                .body("{\"text\": ")
                .post("/api/v1/questions/" + questionId + "/answer")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getString("type")).isEqualTo("urn:challengemarket:problem:malformed-request");
        json = as(agency.officer())
                .get("/api/v1/questions/" + questionId)
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("status")).isEqualTo("OPEN");
        assertThat(json.<Object>get("answer")).isNull();
    }

    @Test
    void answeringTwiceIsAConflictAndChangesNothing() {
        Org agency = Fixtures.agency();
        Org asker = Fixtures.organisation("COMPANY");
        Person member = Members.member(asker, "company_member");
        String id = Fixtures.published(agency, "Twice " + agency.id());
        String questionId = ask(member.token(), id, QUESTION);
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("text", ANSWER))
                .post("/api/v1/questions/" + questionId + "/answer")
                .then()
                .statusCode(200);
        long notifications = Rows.count("select count(*) from notification where recipient_id = ?1", member.id());
        long outbox = Rows.count(
                "select count(*) from outbox_event where aggregate_id in"
                        + " (select id from notification where recipient_id = ?1)",
                member.id());
        assertThat(notifications).isEqualTo(1);
        assertThat(outbox).isEqualTo(1);

        JsonPath json = as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("text", "A second, different answer to the same question."))
                .post("/api/v1/questions/" + questionId + "/answer")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .extract()
                .jsonPath();
        assertThat(json.getString("type")).isEqualTo("urn:challengemarket:problem:conflict");

        json = anonymous()
                .get("/api/v1/questions/" + questionId)
                .then()
                .extract()
                .jsonPath();
        assertThat(json.<Object>get("answer")).isEqualTo(ANSWER);
        assertThat(json.getInt("questionNumber")).isEqualTo(1);
        assertThat(Rows.count("select count(*) from notification where recipient_id = ?1", member.id()))
                .isEqualTo(notifications);
        assertThat(Rows.count(
                        "select count(*) from outbox_event where aggregate_id in"
                                + " (select id from notification where recipient_id = ?1)",
                        member.id()))
                .isEqualTo(outbox);
    }

    @Test
    void concurrentAnswersPublishEachQuestionOnceAndNumberThemWithoutGaps() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Racing answers " + agency.id());
        List<String> questions = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            questions.add(ask(company(), id, "Question number " + i + " about the pilot scope?"));
        }

        List<CompletableFuture<Integer>> sameQuestion = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String text = "Answer attempt " + i + " to the first question.";
            sameQuestion.add(CompletableFuture.supplyAsync(() -> as(agency.officer())
                    .contentType(ContentType.JSON)
                    .body(Map.of("text", text))
                    .post("/api/v1/questions/" + questions.get(0) + "/answer")
                    .statusCode()));
        }
        List<Integer> statuses =
                sameQuestion.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);

        List<CompletableFuture<Integer>> others = questions.subList(1, 4).stream()
                .map(q -> CompletableFuture.supplyAsync(() -> as(agency.officer())
                        .contentType(ContentType.JSON)
                        .body(Map.of("text", ANSWER))
                        .post("/api/v1/questions/" + q + "/answer")
                        .statusCode()))
                .toList();
        assertThat(others.stream().map(CompletableFuture::join)).containsOnly(200);

        JsonPath json = anonymous()
                .get("/api/v1/challenges/" + id + "/questions")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(4);
        List<Integer> numbers = json.get("items.questionNumber");
        assertThat(numbers).containsExactly(1, 2, 3, 4);
    }

    @Test
    void everyQuestionAndAnswerIsAudited() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Audited " + agency.id());
        String questionId = ask(company(), id, QUESTION);
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("text", ANSWER))
                .post("/api/v1/questions/" + questionId + "/answer")
                .then()
                .statusCode(200);

        assertThat(Rows.<String>list(
                        "select action from audit_event where object_type = 'question' and object_id = ?1"
                                + " order by seq",
                        questionId))
                .containsExactly("question.asked", "question.answered");
    }
}
