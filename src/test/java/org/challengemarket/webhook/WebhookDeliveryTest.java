package org.challengemarket.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.IntegrationFixtures.ALL_EVENTS;
import static org.challengemarket.support.IntegrationFixtures.freshSector;
import static org.challengemarket.support.IntegrationFixtures.incubator;
import static org.challengemarket.support.IntegrationFixtures.incubatorToken;
import static org.challengemarket.support.IntegrationFixtures.published;
import static org.challengemarket.support.IntegrationFixtures.subscribe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.platform.outbox.Outbox;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.IntegrationFixtures;
import org.challengemarket.support.Members;
import org.challengemarket.support.Rows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Signed webhook deliveries from the outbox to a receiver on 127.0.0.1. */
@QuarkusTest
class WebhookDeliveryTest {

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    DeadlineNotices deadlines;

    @Inject
    Outbox outbox;

    @Inject
    ServiceClock clock;

    @Inject
    ObjectMapper json;

    private final List<String> subscriptions = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        clock.reset();
        // deliveries left to subscriptions of this test would go to a receiver that is gone
        subscriptions.forEach(id -> Rows.execute(
                "update webhook_subscription set status = 'DELETED', deleted_at = now() where id = ?1"
                        + " and status <> 'DELETED'",
                UUID.fromString(id)));
        Rows.execute("update webhook_delivery set status = 'CANCELLED', next_attempt_at = null where status ="
                + " 'PENDING' and subscription_id in (select id from webhook_subscription where status = 'DELETED')");
    }

    private Map<String, Object> subscribed(Org incubator, String url, String sector) {
        Map<String, Object> s = subscribe(incubator, url, sector, ALL_EVENTS);
        subscriptions.add((String) s.get("id"));
        return s;
    }

    private static void assertSigned(WebhookReceiver.Received r, String secret) {
        assertThat(r.signature())
                .isEqualTo(WebhookSigner.sign(secret, r.id(), Long.parseLong(r.timestamp()), r.body()));
    }

    @Test
    void everyPublicEventReachesTheSubscriberSignedWithItsSecret() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(204)) {
            Org incubator = incubator();
            String sector = freshSector();
            Map<String, Object> subscription = subscribed(incubator, receiver.url(), sector);
            String secret = (String) subscription.get("secret");
            assertThat(secret).startsWith("whsec_");

            Org agency = Fixtures.agency();
            String challenge = published(agency, "Signed events " + sector, sector);
            as(agency.officer())
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "summary",
                            "Clarified the scope of the pilot.",
                            "material",
                            false,
                            "expectedOutcomes",
                            "Waiting time down by a third within the pilot."))
                    .post("/api/v1/challenges/" + challenge + "/amendments")
                    .then()
                    .statusCode(201);
            Org company = Fixtures.company();
            IntegrationFixtures.clarified(
                    agency,
                    challenge,
                    company,
                    "Which offices take part in the pilot?",
                    "Both offices of the registry take part.");
            IntegrationFixtures.awarded(outbox, challenge, sector, "Routewise BV");
            clock.advance(Duration.ofDays(28)); // stage 1 closes in 30 days: now within the notice
            deadlines.runOnce();

            dispatcher.runOnce();

            List<WebhookReceiver.Received> received = receiver.received();
            Map<String, JsonNode> byType = new HashMap<>();
            for (WebhookReceiver.Received r : received) {
                assertSigned(r, secret);
                JsonNode body = json.readTree(r.body());
                assertThat(body.path("data").path("challengeId").asText()).isEqualTo(challenge);
                byType.put(body.path("type").asText(), body);
            }
            assertThat(received).hasSize(5);
            assertThat(byType).containsOnlyKeys(ALL_EVENTS);
            assertThat(byType.get("clarification.published")
                            .path("data")
                            .path("answer")
                            .asText())
                    .isEqualTo("Both offices of the registry take part.");
            assertThat(byType.get("clarification.published").toString())
                    .doesNotContain(company.id().toString());
            assertThat(byType.get("challenge.amended")
                            .path("data")
                            .path("amendment")
                            .path("number")
                            .asInt())
                    .isEqualTo(1);
            assertThat(byType.get("challenge.deadline_approaching")
                            .path("data")
                            .path("stage")
                            .asInt())
                    .isEqualTo(1);

            JsonPath response = // the log shows each delivery, delivered at the first attempt
                    as(incubatorToken(incubator))
                            .get("/api/v1/webhooks/" + subscription.get("id") + "/deliveries")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            assertThat(response.getInt("total")).isEqualTo(5);
            assertThat(response.getList("items.status"))
                    .allSatisfy(item -> assertThat(item).isEqualTo("DELIVERED"));
            assertThat(response.getList("items[0].attemptLog")).hasSize(1);
        }
    }

    @Test
    void aDeadlineIsAnnouncedOnceEvenWhenTwoInstancesLookAtTheSameMoment() throws Exception {
        Org agency = Fixtures.agency();
        String sector = freshSector();
        String challenge = published(agency, "Deadline once " + sector, sector);
        clock.advance(Duration.ofDays(28));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return deadlines.runOnce();
            }));
        }
        start.countDown();
        for (CompletableFuture<Integer> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        deadlines.runOnce();
        assertThat(Rows.count(
                        "select count(*) from outbox_event where event_type = 'challenge.deadline_approaching'"
                                + " and aggregate_id = ?1",
                        UUID.fromString(challenge)))
                .isEqualTo(1);
    }

    @Test
    void failedDeliveriesAreRetriedWithGrowingGapsThenTheSubscriptionIsDisabledAndItsOwnerTold() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(503)) {
            Org incubator = incubator();
            Members.Person ines = Members.member(incubator, "incubator");
            String sector = freshSector();
            Map<String, Object> subscription = subscribed(incubator, receiver.url(), sector);
            published(Fixtures.agency(), "Retries " + sector, sector);

            dispatcher.runOnce();
            assertThat(receiver.received()).hasSize(1);
            List<Duration> delays = List.of(
                    Duration.ofMinutes(1),
                    Duration.ofMinutes(5),
                    Duration.ofMinutes(30),
                    Duration.ofHours(2),
                    Duration.ofHours(6),
                    Duration.ofHours(24));
            for (Duration delay : delays) {
                clock.advance(delay.minusSeconds(20));
                dispatcher.runOnce();
                int before = receiver.received().size();
                clock.advance(Duration.ofSeconds(21));
                dispatcher.runOnce();
                assertThat(receiver.received()).hasSize(before + 1); // not before its time, then at once
            }
            List<WebhookReceiver.Received> received = receiver.received();
            assertThat(received).hasSize(7);
            assertThat(received.stream().map(WebhookReceiver.Received::id).distinct())
                    .hasSize(1);
            received.forEach(r -> assertSigned(r, (String) subscription.get("secret")));
            List<Long> gaps = new ArrayList<>();
            for (int i = 1; i < received.size(); i++) {
                gaps.add(Long.parseLong(received.get(i).timestamp())
                        - Long.parseLong(received.get(i - 1).timestamp()));
            }
            assertThat(gaps).isSorted().doesNotHaveDuplicates();
            for (int i = 0; i < delays.size(); i++) {
                assertThat(gaps.get(i))
                        .isBetween(delays.get(i).toSeconds(), delays.get(i).toSeconds() + 60);
            }

            JsonPath response = as(incubatorToken(incubator))
                    .get("/api/v1/webhooks/" + subscription.get("id"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(response.getString("status")).isEqualTo("DISABLED");
            response = as(incubatorToken(incubator))
                    .get("/api/v1/webhooks/" + subscription.get("id") + "/deliveries")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(response.getString("items[0].status")).isEqualTo("FAILED");
            assertThat(response.getInt("items[0].attempts")).isEqualTo(7);
            assertThat(response.getList("items[0].attemptLog")).hasSize(7);
            assertThat(response.getInt("items[0].lastStatus")).isEqualTo(503);
            response = as(ines.token())
                    .get("/api/v1/notifications")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(response.getList("items.type")).contains("WEBHOOK_DISABLED");

            clock.advance(Duration.ofDays(3));
            dispatcher.runOnce();
            assertThat(receiver.received()).hasSize(7); // a disabled subscription gets nothing more
        }
    }

    @Test
    void twoWorkersDeliverEachEventExactlyOncePerSubscriber() throws Exception {
        try (WebhookReceiver first = WebhookReceiver.answering(200);
                WebhookReceiver second = WebhookReceiver.answering(200)) {
            String sector = freshSector();
            subscribed(incubator(), first.url(), sector);
            subscribed(incubator(), second.url(), sector);
            String challenge = published(Fixtures.agency(), "Exactly once " + sector, sector);
            List<UUID> events = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                events.add(IntegrationFixtures.awarded(outbox, challenge, sector, "Company " + i));
            }
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> workers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                workers.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    int attempted = 0;
                    for (int pass = 0; pass < 3; pass++) {
                        attempted += dispatcher.runOnce();
                    }
                    return attempted;
                }));
            }
            start.countDown();
            int attempted = 0;
            for (CompletableFuture<Integer> worker : workers) {
                attempted += worker.get(120, TimeUnit.SECONDS);
            }

            for (WebhookReceiver receiver : List.of(first, second)) {
                Map<String, Long> perEvent = receiver.received().stream()
                        .map(WebhookReceiver.Received::id)
                        .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
                List<String> expected =
                        new ArrayList<>(events.stream().map(UUID::toString).toList());
                assertThat(perEvent.keySet()).containsAll(expected);
                assertThat(perEvent.values()).containsOnly(1L);
            }
            assertThat(attempted).isGreaterThanOrEqualTo(52);
        }
    }

    @Test
    void aRedirectIsNotFollowedAndCountsAsAFailure() throws Exception {
        try (WebhookReceiver target = WebhookReceiver.answering(200);
                WebhookReceiver redirecting = WebhookReceiver.redirectingTo(target.url())) {
            Org incubator = incubator();
            String sector = freshSector();
            Map<String, Object> subscription = subscribed(incubator, redirecting.url(), sector);
            published(Fixtures.agency(), "Redirect " + sector, sector);

            dispatcher.runOnce();

            assertThat(redirecting.received()).hasSize(1);
            assertThat(target.received()).isEmpty();
            JsonPath response = as(incubatorToken(incubator))
                    .get("/api/v1/webhooks/" + subscription.get("id") + "/deliveries")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(response.getString("items[0].status")).isEqualTo("PENDING");
            assertThat(response.getInt("items[0].lastStatus")).isEqualTo(302);
            assertThat(response.getString("items[0].lastError")).contains("not followed");
        }
    }

    @Test
    void aReplaySendsTheSameEventAgainWithTheSameId() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            Org incubator = incubator();
            String sector = freshSector();
            Map<String, Object> subscription = subscribed(incubator, receiver.url(), sector);
            published(Fixtures.agency(), "Replay " + sector, sector);
            dispatcher.runOnce();
            String delivery = as(incubatorToken(incubator))
                    .get("/api/v1/webhooks/" + subscription.get("id") + "/deliveries")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items[0].id");

            JsonPath response = as(incubatorToken(incubator))
                    .post("/api/v1/webhooks/" + subscription.get("id") + "/deliveries/" + delivery + "/replay")
                    .then()
                    .statusCode(202)
                    .extract()
                    .jsonPath();
            assertThat(response.getString("status")).isEqualTo("PENDING");
            dispatcher.runOnce();

            List<WebhookReceiver.Received> received = receiver.received();
            assertThat(received).hasSize(2);
            assertThat(received.get(1).id()).isEqualTo(received.get(0).id());
            assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
            assertSigned(received.get(1), (String) subscription.get("secret"));
        }
    }

    @Test
    void aDeletedSubscriptionGetsNothingAndAnotherIncubatorCannotSeeOrDeleteIt() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            Org incubator = incubator();
            String sector = freshSector();
            Map<String, Object> subscription = subscribed(incubator, receiver.url(), sector);
            String other = incubatorToken(incubator());
            as(other).get("/api/v1/webhooks/" + subscription.get("id")).then().statusCode(404);
            as(other)
                    .delete("/api/v1/webhooks/" + subscription.get("id"))
                    .then()
                    .statusCode(404);
            JsonPath response = as(incubatorToken(incubator))
                    .get("/api/v1/webhooks")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(response.getInt("total")).isEqualTo(1);
            assertThat(response.<Object>get("items[0].secret")).isNull();

            as(incubatorToken(incubator))
                    .delete("/api/v1/webhooks/" + subscription.get("id"))
                    .then()
                    .statusCode(204);
            published(Fixtures.agency(), "Deleted " + sector, sector);
            dispatcher.runOnce();

            assertThat(receiver.received()).isEmpty();
            response = as(incubatorToken(incubator))
                    .get("/api/v1/webhooks")
                    .then()
                    .extract()
                    .jsonPath();
            assertThat(response.getInt("total")).isEqualTo(0);
        }
    }

    @Test
    void onlyIncubatorsSubscribeAndBadFieldsAreNamed() {
        Org agency = Fixtures.agency();
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("challenge.published")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(403);
        // the incubator role on a token of an organisation that is no incubator
        as(agency.token("incubator"))
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("challenge.published")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(403);
        List<String> refused = as(incubatorToken(incubator()))
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://10.0.0.1/hook", "eventTypes", List.of("challenge.published", "nope")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .extract()
                .path("errors.field");
        assertThat(refused).containsExactlyInAnyOrder("url", "eventTypes[1]");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
