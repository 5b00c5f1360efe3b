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
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeDetailCache.Detail;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The in-memory detail of published challenges is never stale: a change is served at once, with a
 * new ETag, by the instance that made it, and within a second by any other instance on the same
 * database, whoever wrote the change.
 */
@QuarkusTest
class ChallengeDetailCachingApiTest {

    @jakarta.inject.Inject
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @Test
    void aPublishedChallengeIsServedFromMemoryWithoutTheDatabase() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Served from memory " + agency.id());
        anonymous().get("/api/v1/challenges/" + id).then().statusCode(200);

        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        JsonPath json = anonymous()
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("title")).isEqualTo("Served from memory " + agency.id());
        assertThat(statistics.getPrepareStatementCount()).isZero();
    }

    @Test
    void anAnonymousReadFromMemoryAnswersWhatAReadWithATokenAnswers() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Same answer for everyone " + agency.id());
        Response withToken = as(agency.officer()).get("/api/v1/challenges/" + id);
        withToken.then().statusCode(200);

        Response fromMemory = anonymous().get("/api/v1/challenges/" + id);
        fromMemory.then().statusCode(200);
        assertThat(fromMemory.asByteArray()).isEqualTo(withToken.asByteArray());
        assertThat(fromMemory.header("ETag")).isEqualTo(withToken.header("ETag"));
        assertThat(fromMemory.contentType()).isEqualTo(withToken.contentType());
        assertThat(fromMemory.header("Content-Security-Policy")).isEqualTo(withToken.header("Content-Security-Policy"));
        anonymous()
                .header("If-None-Match", fromMemory.header("ETag"))
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(304)
                .header("ETag", fromMemory.header("ETag"));
    }

    @Test
    void credentialsSentForAChallengeInMemoryAreStillChecked() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Credentials checked " + agency.id());
        anonymous().get("/api/v1/challenges/" + id).then().statusCode(200);

        as("not-a-token").get("/api/v1/challenges/" + id).then().statusCode(401);
        JsonPath json = anonymous()
                .cookie("cm_token", "not-a-token")
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("title")).isEqualTo("Credentials checked " + agency.id());
    }

    @Test
    void aChangeIsServedAtOnceWithANewETagByTheInstanceThatMadeIt() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Amended and read at once " + agency.id());
        String before = anonymous()
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        anonymous().get("/api/v1/challenges/" + id).then().statusCode(200).header("ETag", before);

        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("summary", "The registry office opens a third desk.", "context", "Three desks now."))
                .post("/api/v1/challenges/" + id + "/amendments")
                .then()
                .statusCode(201);

        Response after = anonymous().get("/api/v1/challenges/" + id);
        JsonPath json = after.then().statusCode(200).extract().jsonPath();
        assertThat(json.getString("context")).isEqualTo("Three desks now.");
        assertThat(after.header("ETag")).isNotEqualTo(before);
        anonymous()
                .header("If-None-Match", before)
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .header("ETag", after.header("ETag"));
        anonymous()
                .header("If-None-Match", after.header("ETag"))
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(304);
    }

    @Test
    void aChangeCommittedByAnotherInstanceIsServedWithANewETagWithinASecond() throws SQLException {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Changed elsewhere " + agency.id());
        String before = anonymous()
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        // another instance's transaction: its own connection, not this service's
        try (Connection elsewhere = connect();
                PreparedStatement update = elsewhere.prepareStatement(
                        "update challenge set title = ?, version = version + 1 where id = ?")) {
            update.setString(1, "Changed by another instance " + agency.id());
            update.setObject(2, UUID.fromString(id));
            assertThat(update.executeUpdate()).isOne();
        }

        Response seen = waitForAnotherETag(id, before, Duration.ofSeconds(1));
        JsonPath json = seen.then().statusCode(200).extract().jsonPath();
        assertThat(json.getString("title")).isEqualTo("Changed by another instance " + agency.id());
    }

    @Test
    void anotherInstanceForgetsAChallengeThisInstanceChangedWithinASecond() throws Exception {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Seen by a second instance " + agency.id());
        String before = anonymous()
                .get("/api/v1/challenges/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        // a second instance's cache and listener, on their own connection to the same database
        ChallengeDetailCache second = new ChallengeDetailCache(100);
        try (ChallengeChangeListener listener =
                new ChallengeChangeListener(url(), user(), password(), second).start()) {
            await("the second instance listens")
                    .atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(10))
                    .until(second::isEnabled);
            UUID challenge = UUID.fromString(id);
            second.putIfUnchanged(
                    challenge, new Detail(Long.parseLong(before.replace("\"", "")), new byte[0]), second.generation());
            assertThat(second.get(challenge)).isPresent();

            as(agency.officer())
                    .contentType(ContentType.JSON)
                    .body(Map.of("reason", "The registry office closes next year."))
                    .post("/api/v1/challenges/" + id + "/cancel")
                    .then()
                    .statusCode(200);

            await().atMost(Duration.ofSeconds(1))
                    .pollInterval(Duration.ofMillis(5))
                    .untilAsserted(() -> assertThat(second.get(challenge))
                            .as("evicted within a second")
                            .isEmpty());
        }
    }

    private static Response waitForAnotherETag(String id, String before, Duration within) {
        return await("a new ETag within " + within)
                .atMost(within)
                .pollInterval(Duration.ofMillis(10))
                .pollInSameThread()
                .until(
                        () -> anonymous().get("/api/v1/challenges/" + id),
                        response -> !before.equals(response.header("ETag")));
    }
}
