package org.challengemarket.clarification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.clarification.ClarificationTestSupport.ask;
import static org.challengemarket.clarification.ClarificationTestSupport.proposal;
import static org.challengemarket.clarification.ClarificationTestSupport.publishedClosingIn;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.Members;
import org.challengemarket.support.Members.Person;
import org.challengemarket.support.Rows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An answer published later than the lead time before its stage deadline: the deadline moves by
 * the shortfall, publicly, and everyone involved hears of it.
 */
@QuarkusTest
class LateAnswerApiTest {

    private static final Duration LEAD_TIME = Duration.ofDays(6);

    @AfterEach
    void resetClock() {
        ClarificationTestSupport.resetClock();
    }

    private static List<String> types(Person person) {
        return as(person.token())
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .extract()
                .path("items.type");
    }

    @Test
    void lateAnswerExtendsTheDeadlineByTheShortfallAsAPublicAmendmentAndNotifiesEveryoneInvolved() {
        Org agency = Fixtures.agency();
        Person officer = Members.member(agency, "agency_officer");
        Person asker = Members.member(Fixtures.organisation("COMPANY"), "company_member");
        Person bidder = Members.member(Fixtures.organisation("COMPANY"), "company_member");
        Person withdrawn = Members.member(Fixtures.organisation("COMPANY"), "company_member");
        Person bystander = Members.member(Fixtures.organisation("COMPANY"), "company_member");
        String id = publishedClosingIn(agency, Duration.ofDays(16));
        proposal(id, bidder.organisation(), "SUBMITTED");
        proposal(id, withdrawn.organisation(), "WITHDRAWN");
        String questionId = ask(asker.token(), id, "May the pilot use the counters' raw passenger data?");
        JsonPath before =
                anonymous().get("/api/v1/challenges/" + id).then().extract().jsonPath();
        Instant firstDeadline = Instant.parse(before.getString("stages[0].deadline"));
        Instant secondOpens = Instant.parse(before.getString("stages[1].opensAt"));
        Instant secondDeadline = Instant.parse(before.getString("stages[1].deadline"));

        ClarificationTestSupport.advanceClock("P12D"); // four days before the deadline: two days late
        JsonPath answered = as(officer.token())
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Only aggregated per stop and per quarter hour, never per person."))
                .post("/api/v1/questions/" + questionId + "/answer")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(answered.getInt("deadlineExtension.stage")).isEqualTo(1);
        assertThat(answered.getInt("deadlineExtension.amendmentNumber")).isEqualTo(1);
        assertThat(answered.getString("deadlineExtension.previousDeadline")).isEqualTo(firstDeadline.toString());

        Instant answeredAt = Instant.parse(answered.getString("question.answeredAt"));
        Instant newDeadline = Instant.parse(answered.getString("deadlineExtension.newDeadline"));
        Duration shortfall = Duration.between(firstDeadline.minus(LEAD_TIME), answeredAt);
        assertThat(shortfall)
                .isBetween(
                        Duration.ofDays(2).minusMinutes(5), Duration.ofDays(2).plusMinutes(5));
        assertThat(newDeadline).isEqualTo(firstDeadline.plus(shortfall)).isEqualTo(answeredAt.plus(LEAD_TIME));

        JsonPath json =
                anonymous().get("/api/v1/challenges/" + id).then().extract().jsonPath();
        assertThat(json.getString("deadline")).isEqualTo(newDeadline.toString());
        assertThat(json.getString("stages[0].deadline")).isEqualTo(newDeadline.toString());
        assertThat(json.getString("stages[1].opensAt"))
                .isEqualTo(secondOpens.plus(shortfall).toString());
        assertThat(json.getString("stages[1].deadline"))
                .isEqualTo(secondDeadline.plus(shortfall).toString());
        assertThat(json.getList("amendments")).hasSize(1);
        assertThat(json.getInt("amendments[0].number")).isEqualTo(1);
        assertThat(json.getBoolean("amendments[0].material")).isFalse();
        assertThat(json.getString("amendments[0].summary")).contains("Answer 1");
        assertThat(json.getString("amendments[0].changes[0].field")).isEqualTo("stages[0].deadline");
        assertThat(json.getString("amendments[0].changes[0].from")).isEqualTo(firstDeadline.toString());
        assertThat(json.getString("amendments[0].changes[0].to")).isEqualTo(newDeadline.toString());
        assertThat(json.getList("amendments[0].changes.field")).contains("stages[1].opensAt");

        assertThat(types(asker)).containsExactlyInAnyOrder("ANSWER_PUBLISHED", "DEADLINE_EXTENDED");
        assertThat(types(bidder)).containsExactlyInAnyOrder("ANSWER_PUBLISHED", "DEADLINE_EXTENDED");
        assertThat(types(officer)).containsExactly("DEADLINE_EXTENDED");
        assertThat(types(withdrawn)).isEmpty();
        assertThat(types(bystander)).isEmpty();

        for (Person person : List.of(asker, bidder, officer)) {
            List<Object> unsent = Rows.list(
                    "select cast(o.payload as text) from outbox_event o join notification n on n.id = o.aggregate_id"
                            + " where n.recipient_id = ?1 and o.processed_at is null",
                    person.id());
            assertThat(unsent).hasSize(person == officer ? 1 : 2);
            assertThat(unsent)
                    .allSatisfy(payload -> assertThat(payload.toString())
                            .contains(person.id().toString())
                            .contains("/api/v1/"));
        }
        assertThat(Rows.<String>list(
                        "select action from audit_event where object_id = ?1 and action like 'challenge.%'"
                                + " order by seq desc limit 1",
                        id))
                .containsExactly("challenge.deadline_extended");
    }

    @Test
    void answerAfterTheStageClosedIsPublishedWithoutMovingAnyDate() {
        Org agency = Fixtures.agency();
        String id = publishedClosingIn(agency, Duration.ofDays(16));
        String questionId = ask(
                Fixtures.organisation("COMPANY").token("company_member"),
                id,
                "Is a consortium of two companies allowed to apply?");
        String before =
                anonymous().get("/api/v1/challenges/" + id).then().extract().path("stages[0].deadline");

        ClarificationTestSupport.advanceClock("P17D");
        JsonPath json = as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Yes, with one of them named as the contracting party."))
                .post("/api/v1/questions/" + questionId + "/answer")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("question.status")).isEqualTo("ANSWERED");
        assertThat(json.getMap("$")).doesNotContainKey("deadlineExtension");

        json = anonymous().get("/api/v1/challenges/" + id).then().extract().jsonPath();
        assertThat(json.<Object>get("stages[0].deadline")).isEqualTo(before);
        assertThat(json.getList("amendments")).hasSize(0);
    }
}
