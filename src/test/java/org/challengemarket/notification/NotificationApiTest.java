package org.challengemarket.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.Members;
import org.challengemarket.support.Members.Person;
import org.challengemarket.support.Rows;
import org.challengemarket.support.Tokens;
import org.junit.jupiter.api.Test;

/** Each person's own notifications, and the outbox rows written with them. */
@QuarkusTest
class NotificationApiTest {

    private static final String PROBLEM = "application/problem+json";

    /** A published challenge on which {@code company} asked a question, so it takes part. */
    private static String challengeWithQuestionFrom(Org agency, Person company) {
        String id = Fixtures.published(agency, "Notified " + UUID.randomUUID());
        as(company.token())
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Is the pilot limited to the city centre?"))
                .post("/api/v1/challenges/" + id + "/questions")
                .then()
                .statusCode(201);
        return id;
    }

    private static void amend(Org agency, String challengeId, String summary) {
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("summary", summary, "context", "Context as of " + summary))
                .post("/api/v1/challenges/" + challengeId + "/amendments")
                .then()
                .statusCode(201);
    }

    private static long outboxRowsFor(Person person) {
        return Rows.count(
                "select count(*) from outbox_event o join notification n on n.id = o.aggregate_id"
                        + " where o.aggregate_type = 'notification' and n.recipient_id = ?1",
                person.id());
    }

    @Test
    void amendmentNotifiesEveryMemberOfTheCompaniesTakingPartWithAnOutboxRowEach() {
        Org agency = Fixtures.agency();
        Org company = Fixtures.organisation("COMPANY");
        Person anna = Members.member(company, "company_member");
        Person ben = Members.member(company, "company_member");
        Person outsider = Members.member(Fixtures.organisation("COMPANY"), "company_member");
        String id = challengeWithQuestionFrom(agency, anna);

        amend(agency, id, "Adds the second office to the scope.");

        for (Person person : List.of(anna, ben)) {
            JsonPath json = as(person.token())
                    .get("/api/v1/notifications")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(json.getInt("total")).isEqualTo(1);
            assertThat(json.getString("items[0].type")).isEqualTo("CHALLENGE_AMENDED");
            assertThat(json.getString("items[0].title")).contains("Adds the second office to the scope.");
            assertThat(json.getString("items[0].link")).isEqualTo("/api/v1/challenges/" + id);
            assertThat(json.getBoolean("items[0].read")).isFalse();
            assertThat(json.getMap("items[0]")).doesNotContainKey("readAt");
            assertThat(outboxRowsFor(person)).isEqualTo(1);
        }
        List<Object> payload = Rows.list(
                "select o.payload from outbox_event o join notification n on n.id = o.aggregate_id"
                        + " where n.recipient_id = ?1",
                anna.id());
        assertThat(payload.get(0).toString())
                .contains("CHALLENGE_AMENDED")
                .contains(anna.id().toString())
                .contains(company.id().toString());
        assertThat(Rows.<String>list(
                        "select o.event_type from outbox_event o join notification n on n.id = o.aggregate_id"
                                + " where n.recipient_id = ?1",
                        anna.id()))
                .containsExactly("notification.challenge_amended");
        JsonPath json = as(outsider.token())
                .get("/api/v1/notifications")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
    }

    @Test
    void refusedAmendmentNotifiesNoOneAndWritesNoOutboxRow() {
        Org agency = Fixtures.agency();
        Person member = Members.member(Fixtures.organisation("COMPANY"), "company_member");
        String id = challengeWithQuestionFrom(agency, member);

        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "summary",
                        "Rebalance the criteria",
                        "weights",
                        Map.of("problemSolving", 40, "teamMotivation", 40, "implementationCost", 20)))
                .post("/api/v1/challenges/" + id + "/amendments")
                .then()
                .statusCode(422);
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("summary", "Nothing really changes here."))
                .post("/api/v1/challenges/" + id + "/amendments")
                .then()
                .statusCode(422);

        JsonPath json =
                as(member.token()).get("/api/v1/notifications").then().extract().jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
        assertThat(outboxRowsFor(member)).isZero();
    }

    @Test
    void cancellationNotifiesTheCompaniesTakingPart() {
        Org agency = Fixtures.agency();
        Person member = Members.member(Fixtures.organisation("COMPANY"), "company_member");
        Person officer = Members.member(agency, "agency_officer");
        String id = challengeWithQuestionFrom(agency, member);

        as(officer.token())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "The service will be outsourced as a whole."))
                .post("/api/v1/challenges/" + id + "/cancel")
                .then()
                .statusCode(200);

        JsonPath json =
                as(member.token()).get("/api/v1/notifications").then().extract().jsonPath();
        assertThat(json.getList("items.type")).contains("CHALLENGE_CANCELLED");
        assertThat(json.getString("items[0].title")).contains("The service will be outsourced as a whole.");
        json = as(officer.token()).get("/api/v1/notifications").then().extract().jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
        assertThat(outboxRowsFor(member)).isEqualTo(1);
    }

    @Test
    void listIsNewestFirstPagedAndFiltersUnread() {
        Org agency = Fixtures.agency();
        Person member = Members.member(Fixtures.organisation("COMPANY"), "company_member");
        String id = challengeWithQuestionFrom(agency, member);
        amend(agency, id, "First amendment of three.");
        amend(agency, id, "Second amendment of three.");
        amend(agency, id, "Third amendment of three.");

        JsonPath json = as(member.token())
                .queryParam("size", 2)
                .get("/api/v1/notifications")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(3);
        assertThat(json.getInt("totalPages")).isEqualTo(2);
        assertThat(json.getList("items")).hasSize(2);
        List<String> titles = json.get("items.title");
        assertThat(titles.get(0)).contains("Third amendment");
        assertThat(titles.get(1)).contains("Second amendment");
        json = as(member.token())
                .queryParam("size", 2)
                .queryParam("page", 2)
                .get("/api/v1/notifications")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getList("items")).hasSize(1);
        assertThat(json.getString("items[0].title")).contains("First amendment");
        String oldest = json.get("items[0].id");

        json = as(member.token())
                .post("/api/v1/notifications/" + oldest + "/read")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getBoolean("read")).isTrue();
        assertThat(json.<Object>get("readAt")).isNotNull();
        String readAt = json.get("readAt");
        json = as(member.token())
                .post("/api/v1/notifications/" + oldest + "/read")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.<Object>get("readAt")).isEqualTo(readAt);

        json = as(member.token())
                .queryParam("unread", "true")
                .get("/api/v1/notifications")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(2);
        assertThat(json.getList("items.read"))
                .allSatisfy(item -> assertThat(item).isEqualTo(false));
        json = as(member.token())
                .queryParam("unread", "false")
                .get("/api/v1/notifications")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(3);
    }

    @Test
    void peopleSeeAndMarkOnlyTheirOwnNotifications() {
        Org agency = Fixtures.agency();
        Org company = Fixtures.organisation("COMPANY");
        Person anna = Members.member(company, "company_member");
        Person ben = Members.member(company, "company_member");
        Person stranger = Members.member(Fixtures.organisation("COMPANY"), "company_member");
        String id = challengeWithQuestionFrom(agency, anna);
        amend(agency, id, "Clarifies the opening hours.");
        String annas =
                as(anna.token()).get("/api/v1/notifications").then().extract().path("items[0].id");

        as(ben.token()).post("/api/v1/notifications/" + annas + "/read").then().statusCode(404);
        JsonPath json = as(stranger.token())
                .post("/api/v1/notifications/" + annas + "/read")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .extract()
                .jsonPath();
        assertThat(json.getString("type")).isEqualTo("urn:challengemarket:problem:not-found");
        as(Tokens.admin())
                .post("/api/v1/notifications/" + annas + "/read")
                .then()
                .statusCode(404);
        as(anna.token())
                .post("/api/v1/notifications/" + UUID.randomUUID() + "/read")
                .then()
                .statusCode(404);
        json = as(stranger.token())
                .get("/api/v1/notifications")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
        json = as(Tokens.admin())
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);

        as(anna.token()).post("/api/v1/notifications/" + annas + "/read").then().statusCode(200);
        json = as(anna.token())
                .queryParam("unread", true)
                .get("/api/v1/notifications")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
        json = as(ben.token())
                .queryParam("unread", true)
                .get("/api/v1/notifications")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(1);
    }

    @Test
    void notificationsNeedASignedInPersonAndValidParameters() {
        JsonPath json = anonymous()
                .get("/api/v1/notifications")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .extract()
                .jsonPath();
        assertThat(json.getString("type")).isEqualTo("urn:challengemarket:problem:unauthorized");
        anonymous()
                .post("/api/v1/notifications/" + UUID.randomUUID() + "/read")
                .then()
                .statusCode(401);
        Person member = Members.member(Fixtures.organisation("COMPANY"), "company_member");
        json = as(member.token())
                .queryParam("unread", "maybe")
                .queryParam("size", 0)
                .get("/api/v1/notifications")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("unread");
        json = as(member.token())
                .queryParam("size", 0)
                .get("/api/v1/notifications")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(json.getList("errors.field")).contains("size");
    }
}
