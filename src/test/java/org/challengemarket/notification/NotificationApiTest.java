package org.challengemarket.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
            as(person.token())
                    .get("/api/v1/notifications")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(1))
                    .body("items[0].type", equalTo("CHALLENGE_AMENDED"))
                    .body("items[0].title", containsString("Adds the second office to the scope."))
                    .body("items[0].link", equalTo("/api/v1/challenges/" + id))
                    .body("items[0].read", equalTo(false))
                    .body("items[0]", not(hasKey("readAt")));
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
        as(outsider.token()).get("/api/v1/notifications").then().body("total", equalTo(0));
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

        as(member.token()).get("/api/v1/notifications").then().body("total", equalTo(0));
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

        as(member.token())
                .get("/api/v1/notifications")
                .then()
                .body("items.type", hasItems("CHALLENGE_CANCELLED"))
                .body("items[0].title", containsString("The service will be outsourced as a whole."));
        as(officer.token()).get("/api/v1/notifications").then().body("total", equalTo(0));
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

        List<String> titles = as(member.token())
                .queryParam("size", 2)
                .get("/api/v1/notifications")
                .then()
                .body("total", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("items", hasSize(2))
                .extract()
                .path("items.title");
        assertThat(titles.get(0)).contains("Third amendment");
        assertThat(titles.get(1)).contains("Second amendment");
        String oldest = as(member.token())
                .queryParam("size", 2)
                .queryParam("page", 2)
                .get("/api/v1/notifications")
                .then()
                .body("items", hasSize(1))
                .body("items[0].title", containsString("First amendment"))
                .extract()
                .path("items[0].id");

        String readAt = as(member.token())
                .post("/api/v1/notifications/" + oldest + "/read")
                .then()
                .statusCode(200)
                .body("read", equalTo(true))
                .body("readAt", notNullValue())
                .extract()
                .path("readAt");
        as(member.token())
                .post("/api/v1/notifications/" + oldest + "/read")
                .then()
                .statusCode(200)
                .body("readAt", equalTo(readAt));

        as(member.token())
                .queryParam("unread", "true")
                .get("/api/v1/notifications")
                .then()
                .body("total", equalTo(2))
                .body("items.read", org.hamcrest.Matchers.everyItem(equalTo(false)));
        as(member.token())
                .queryParam("unread", "false")
                .get("/api/v1/notifications")
                .then()
                .body("total", equalTo(3));
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
        as(stranger.token())
                .post("/api/v1/notifications/" + annas + "/read")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:challengemarket:problem:not-found"));
        as(Tokens.admin())
                .post("/api/v1/notifications/" + annas + "/read")
                .then()
                .statusCode(404);
        as(anna.token())
                .post("/api/v1/notifications/" + UUID.randomUUID() + "/read")
                .then()
                .statusCode(404);
        as(stranger.token()).get("/api/v1/notifications").then().body("total", equalTo(0));
        as(Tokens.admin()).get("/api/v1/notifications").then().statusCode(200).body("total", equalTo(0));

        as(anna.token()).post("/api/v1/notifications/" + annas + "/read").then().statusCode(200);
        as(anna.token())
                .queryParam("unread", true)
                .get("/api/v1/notifications")
                .then()
                .body("total", equalTo(0));
        as(ben.token())
                .queryParam("unread", true)
                .get("/api/v1/notifications")
                .then()
                .body("total", equalTo(1));
    }

    @Test
    void notificationsNeedASignedInPersonAndValidParameters() {
        anonymous()
                .get("/api/v1/notifications")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:challengemarket:problem:unauthorized"));
        anonymous()
                .post("/api/v1/notifications/" + UUID.randomUUID() + "/read")
                .then()
                .statusCode(401);
        Person member = Members.member(Fixtures.organisation("COMPANY"), "company_member");
        as(member.token())
                .queryParam("unread", "maybe")
                .queryParam("size", 0)
                .get("/api/v1/notifications")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("unread"));
        as(member.token())
                .queryParam("size", 0)
                .get("/api/v1/notifications")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("size"));
    }
}
