package org.challengemarket.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.DirectConnections.connect;
import static org.challengemarket.support.DirectConnections.password;
import static org.challengemarket.support.DirectConnections.url;
import static org.challengemarket.support.DirectConnections.user;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeSearchCache.Key;
import org.challengemarket.challenge.ChallengeSearchCache.Page;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The public search served from memory is never stale: a change shows at once on the instance that
 * made it and within a second on any other instance on the same database; an agency's drafts never
 * reach a page that everyone is served.
 */
@QuarkusTest
class ChallengeSearchCachingApiTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    /** A word no other test uses, so results are this test's own. */
    private static String marker() {
        return "zc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static Response search(String q) {
        Response response = anonymous().queryParam("q", q).get("/api/v1/challenges");
        response.then().statusCode(200);
        return response;
    }

    @Test
    void aRepeatedPublicSearchIsAnsweredWithoutTheDatabase() {
        Org agency = Fixtures.agency();
        String word = marker();
        String id = Fixtures.published(agency, "Quiet streets " + word);
        JsonPath json = search(word).then().extract().jsonPath();
        assertThat(json.getList("items.id")).containsExactly(id);

        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        json = search(word).then().extract().jsonPath();
        assertThat(json.getInt("total")).isEqualTo(1);
        assertThat(json.getList("items.id")).containsExactly(id);
        assertThat(statistics.getPrepareStatementCount()).isZero();
    }

    @Test
    void aPublishedChallengeShowsAtOnceInACachedSearch() {
        Org agency = Fixtures.agency();
        String word = marker();
        ExtractableResponse<Response> empty = search(word).then().extract();
        assertThat(empty.jsonPath().getInt("total")).isEqualTo(0);
        String before = empty.header("ETag");
        search(word).then().header("ETag", before);

        String id = Fixtures.published(agency, "Safer crossings " + word);

        Response after = search(word);
        JsonPath json = after.then().extract().jsonPath();
        assertThat(json.getInt("total")).isEqualTo(1);
        assertThat(json.getList("items.id")).containsExactly(id);
        assertThat(after.header("ETag")).isNotEqualTo(before);
    }

    @Test
    void anAmendedOrCancelledChallengeShowsAtOnceInACachedSearch() {
        Org agency = Fixtures.agency();
        String word = marker();
        String id = Fixtures.published(agency, "Shorter queues " + word);
        JsonPath json = search(word).then().extract().jsonPath();
        assertThat(json.getString("items[0].title")).isEqualTo("Shorter queues " + word);

        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("summary", "The title names the office now.", "title", "Shorter town hall queues " + word))
                .post("/api/v1/challenges/" + id + "/amendments")
                .then()
                .statusCode(201);
        json = search(word).then().extract().jsonPath();
        assertThat(json.getString("items[0].title")).isEqualTo("Shorter town hall queues " + word);

        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "The town hall moves next year."))
                .post("/api/v1/challenges/" + id + "/cancel")
                .then()
                .statusCode(200);
        json = search(word).then().extract().jsonPath();
        assertThat(json.getString("items[0].status")).isEqualTo("CANCELLED");
    }

    @Test
    void aChangeCommittedByAnotherInstanceShowsWithinASecond() throws SQLException {
        Org agency = Fixtures.agency();
        String word = marker();
        String id = Fixtures.published(agency, "Cooler schoolyards " + word);
        ExtractableResponse<Response> found = search(word).then().extract();
        assertThat(found.jsonPath().getInt("total")).isEqualTo(1);
        String before = found.header("ETag");

        // another instance's transaction: its own connection, not this service's
        try (Connection elsewhere = connect();
                PreparedStatement update = elsewhere.prepareStatement(
                        "update challenge set title = ?, version = version + 1 where id = ?")) {
            update.setString(1, "Greener schoolyards " + word);
            update.setObject(2, UUID.fromString(id));
            assertThat(update.executeUpdate()).isOne();
        }

        Response seen = await("a new ETag within a second")
                .atMost(Duration.ofSeconds(1))
                .pollInterval(Duration.ofMillis(10))
                .pollInSameThread()
                .until(() -> search(word), response -> !before.equals(response.header("ETag")));
        JsonPath json = seen.then().extract().jsonPath();
        assertThat(json.getString("items[0].title")).isEqualTo("Greener schoolyards " + word);
    }

    @Test
    void anotherInstanceForgetsItsSearchPagesWithinASecondOfAChangeHere() throws Exception {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Seen by a second instance " + marker());

        // a second instance's caches and listener, on their own connection to the same database
        ChallengeDetailCache secondDetails = new ChallengeDetailCache(100);
        ChallengeSearchCache second =
                new ChallengeSearchCache(secondDetails::generation, secondDetails::isEnabled, 100);
        try (ChallengeChangeListener listener =
                new ChallengeChangeListener(url(), user(), password(), secondDetails).start()) {
            await("the second instance listens")
                    .atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(10))
                    .until(secondDetails::isEnabled);
            Key key = Key.of(
                    new ChallengeQuery("second", null, null, null, null, null, null, null, null),
                    new PageRequest(1, 20));
            second.putIfUnchanged(
                    key, new Page(PageDto.of(List.of(), new PageRequest(1, 20), 0), "tag"), second.generation());
            assertThat(second.get(key)).isPresent();

            as(agency.officer())
                    .contentType(ContentType.JSON)
                    .body(Map.of("reason", "The programme ends."))
                    .post("/api/v1/challenges/" + id + "/cancel")
                    .then()
                    .statusCode(200);

            await().atMost(Duration.ofSeconds(1))
                    .pollInterval(Duration.ofMillis(5))
                    .untilAsserted(() -> assertThat(second.get(key))
                            .as("forgotten within a second")
                            .isEmpty());
        }
    }

    @Test
    void anAgencysDraftNeverReachesAPageServedToEveryone() {
        Org agency = Fixtures.agency();
        String word = marker();
        JsonPath json = search(word).then().extract().jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
        String draft = Fixtures.draft(agency, Fixtures.publishableChallenge("Drafted plan " + word));

        json = // the agency sees its draft, and what it saw is not what everyone is served
                as(agency.officer())
                        .queryParam("q", word)
                        .get("/api/v1/challenges")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(json.getList("items.id")).containsExactly(draft);
        json = search(word).then().extract().jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
        assertThat(json.getList("items")).isEmpty();
        json = search(word).then().extract().jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
        json = as(Fixtures.agency().officer())
                .queryParam("q", word)
                .get("/api/v1/challenges")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(0);
        json = as(agency.officer())
                .queryParam("q", word)
                .get("/api/v1/challenges")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("items.id")).containsExactly(draft);
    }

    @Test
    void anUnchangedPageAnswers304ToItsETagAndAChangedOneTheNewPage() {
        Org agency = Fixtures.agency();
        String word = marker();
        Fixtures.published(agency, "Brighter underpasses " + word);
        Response first = search(word);
        assertThat(first.header("ETag")).startsWith("W/\"");
        assertThat(first.header("Cache-Control")).contains("no-cache");

        anonymous()
                .queryParam("q", word)
                .header("If-None-Match", first.header("ETag"))
                .get("/api/v1/challenges")
                .then()
                .statusCode(304)
                .header("ETag", first.header("ETag"));

        Fixtures.published(agency, "Brighter bridges " + word);
        JsonPath json = anonymous()
                .queryParam("q", word)
                .header("If-None-Match", first.header("ETag"))
                .get("/api/v1/challenges")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getInt("total")).isEqualTo(2);
    }
}
