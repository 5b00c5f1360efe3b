package org.challengemarket.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.challengemarket.support.Api.anonymous;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.IntegrationFixtures.freshSector;
import static org.challengemarket.support.IntegrationFixtures.published;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.challengemarket.platform.outbox.Outbox;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.IntegrationFixtures;
import org.challengemarket.support.Rows;
import org.junit.jupiter.api.Test;

/** Open data: OCDS 1.1 releases and records, validated against the official schemas. */
@QuarkusTest
class OcdsApiTest {

    @Inject
    OcdsReleaseStore ocds;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    private JsonNode get(String url) throws Exception {
        // links.next is already encoded: send it as it is
        return json.readTree(anonymous()
                .urlEncodingEnabled(!url.startsWith("http"))
                .get(url)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    @Test
    void aChallengesLifeIsPublishedAsOneValidReleasePerPublicEventAndARecord() throws Exception {
        Org agency = Fixtures.agency();
        String sector = freshSector();
        String challenge = published(agency, "Open data " + sector, sector);
        Fixtures.draft(agency, Fixtures.publishableChallenge("A draft stays private " + sector));
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "summary",
                        "Clarified the scope of the pilot.",
                        "material",
                        false,
                        "context",
                        "Three offices, 50,000 visits a year."))
                .post("/api/v1/challenges/" + challenge + "/amendments")
                .then()
                .statusCode(201);
        Org asker = Fixtures.company();
        IntegrationFixtures.clarified(
                agency,
                challenge,
                asker,
                "Is the appointment system part of the pilot?",
                "Yes, it may be replaced within the pilot.");
        Instant awarded = clock.instant().truncatedTo(ChronoUnit.MICROS); // after the answer just published
        IntegrationFixtures.awarded(outbox, challenge, sector, "Routewise BV", awarded);
        UUID contract = UUID.randomUUID();
        UUID milestone = UUID.randomUUID();
        Instant signed = awarded;
        QuarkusTransaction.requiringNew().run(() -> {
            ocds.recordContract(new OcdsContractFacts(
                    UUID.fromString(challenge),
                    contract,
                    "Routewise BV",
                    null,
                    new BigDecimal("12345.00"),
                    "EUR",
                    signed,
                    signed,
                    signed.plus(Duration.ofDays(180)),
                    List.of(new OcdsContractFacts.Milestone(
                            milestone, "Working prototype", signed.plus(Duration.ofDays(90))))));
            ocds.recordImplementation(new OcdsPaymentFacts(
                    UUID.fromString(challenge),
                    contract,
                    "Routewise BV",
                    List.of(new OcdsPaymentFacts.Milestone(
                            milestone, "Working prototype", signed.plus(Duration.ofDays(90)), signed)),
                    List.of(new OcdsPaymentFacts.Payment(
                            UUID.randomUUID(), signed, new BigDecimal("6000.00"), "EUR"))));
        });

        String ocid = ocds.ocid(UUID.fromString(challenge));
        assertThat(ocid).startsWith("ocds-chmkt1-");
        JsonNode pkg = get("/api/v1/ocds/records/" + ocid);
        OcdsSchemas.assertValidRecordPackage(pkg);

        JsonNode record = pkg.path("records").get(0);
        List<String> tags = new ArrayList<>();
        record.path("releases").forEach(r -> tags.add(r.path("tag").get(0).asText()));
        assertThat(tags)
                .containsExactly("tender", "tenderAmendment", "tenderUpdate", "award", "contract", "implementation");
        JsonNode compiled = record.path("compiledRelease");
        assertThat(compiled.path("tag").get(0).asText()).isEqualTo("compiled");
        assertThat(compiled.path("tender").path("status").asText()).isEqualTo("complete");
        assertThat(compiled.path("tender").path("amendments")).hasSize(1);
        assertThat(compiled.path("tender").path("enquiries")).hasSize(1);
        assertThat(compiled.path("tender")
                        .path("enquiries")
                        .get(0)
                        .path("answer")
                        .asText())
                .isEqualTo("Yes, it may be replaced within the pilot.");
        assertThat(compiled.path("awards")).hasSize(1);
        assertThat(compiled.path("awards").get(0).path("value").path("amount").decimalValue())
                .isEqualByComparingTo("12345.00");
        JsonNode compiledContract = compiled.path("contracts").get(0);
        assertThat(compiledContract.path("awardID").asText())
                .isEqualTo(compiled.path("awards").get(0).path("id").asText());
        assertThat(compiledContract.path("milestones").get(0).path("status").asText())
                .isEqualTo("scheduled");
        assertThat(compiledContract
                        .path("implementation")
                        .path("milestones")
                        .get(0)
                        .path("status")
                        .asText())
                .isEqualTo("met");
        assertThat(compiledContract.path("implementation").path("transactions")).hasSize(1);
        Set<String> parties = new HashSet<>();
        compiled.path("parties").forEach(p -> parties.add(p.path("name").asText()));
        assertThat(parties).containsExactlyInAnyOrder(agency.name(), "Routewise BV");

        // nothing sealed or personal: not who asked, not the draft
        String text = pkg.toString();
        assertThat(text).doesNotContain(asker.id().toString()).doesNotContain(asker.name());
        assertThat(text).doesNotContain("A draft stays private");
    }

    @Test
    void releasesArePagedByCursorWithANextLinkAndEveryPageIsAValidPackage() throws Exception {
        Instant since = clock.instant().minusSeconds(1);
        Org agency = Fixtures.agency();
        String sector = freshSector();
        Set<String> expected = Set.of(
                ocds.ocid(UUID.fromString(published(agency, "Paged one " + sector, sector))),
                ocds.ocid(UUID.fromString(published(agency, "Paged two " + sector, sector))),
                ocds.ocid(UUID.fromString(published(agency, "Paged three " + sector, sector))));

        Set<String> seen = new HashSet<>();
        Set<String> releaseIds = new HashSet<>();
        String url = "/api/v1/ocds/releases?size=2&since=" + since;
        int pages = 0;
        while (url != null && pages < 50) {
            JsonNode pkg = get(url);
            OcdsSchemas.assertValidReleasePackage(pkg);
            assertThat(pkg.path("releases").size()).isBetween(1, 2);
            for (JsonNode release : pkg.path("releases")) {
                assertThat(releaseIds.add(release.path("id").asText())).isTrue();
                assertThat(Instant.parse(release.path("date").asText())).isAfterOrEqualTo(since);
                seen.add(release.path("ocid").asText());
            }
            url = pkg.path("links").path("next").isTextual()
                    ? pkg.path("links").path("next").asText()
                    : null;
            pages++;
        }
        assertThat(seen).containsAll(expected);
        assertThat(pages).isGreaterThanOrEqualTo(2);
    }

    /** The releases of every page from {@code url} on, following links.next. */
    private List<JsonNode> walk(String url) throws Exception {
        List<JsonNode> releases = new ArrayList<>();
        String next = url;
        for (int pages = 0; next != null && pages < 500; pages++) {
            JsonNode pkg = get(next);
            OcdsSchemas.assertValidReleasePackage(pkg);
            pkg.path("releases").forEach(releases::add);
            next = pkg.path("links").path("next").isTextual()
                    ? pkg.path("links").path("next").asText()
                    : null;
        }
        return releases;
    }

    private static List<String> ids(List<JsonNode> releases) {
        return releases.stream().map(r -> r.path("id").asText()).toList();
    }

    @Test
    void cursorPagingWalksEveryReleaseExactlyOnceInPublicationOrderWhateverTheSize() throws Exception {
        Instant since = clock.instant().minusSeconds(1);
        Org agency = Fixtures.agency();
        String sector = freshSector();
        List<String> ocids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ocids.add(ocds.ocid(UUID.fromString(published(agency, "Walked " + i + " " + sector, sector))));
        }

        List<JsonNode> oneByOne = walk("/api/v1/ocds/releases?size=1&since=" + since);
        List<JsonNode> threeAtATime = walk("/api/v1/ocds/releases?size=3&since=" + since);
        List<JsonNode> onePage = walk("/api/v1/ocds/releases?size=100&since=" + since);

        assertThat(ids(oneByOne))
                .doesNotHaveDuplicates()
                .isEqualTo(ids(threeAtATime))
                .isEqualTo(ids(onePage));
        List<String> ours = oneByOne.stream()
                .map(r -> r.path("ocid").asText())
                .filter(ocids::contains)
                .toList();
        assertThat(ours).containsExactlyElementsOf(ocids);
    }

    @Test
    void aCursorContinuesWhereItsPageEndedWhenReleasesArriveBetweenPages() throws Exception {
        Instant since = clock.instant().minusSeconds(1);
        Org agency = Fixtures.agency();
        String sector = freshSector();
        published(agency, "Before one " + sector, sector);
        published(agency, "Before two " + sector, sector);
        List<String> before = ids(walk("/api/v1/ocds/releases?size=100&since=" + since));
        JsonNode page = get("/api/v1/ocds/releases?size=1&since=" + since);
        String next = page.path("links").path("next").asText();

        String later = ocds.ocid(UUID.fromString(published(agency, "Arrived later " + sector, sector)));

        List<JsonNode> rest = walk(next);
        List<String> seen = new ArrayList<>(ids(List.of(page.path("releases").get(0))));
        seen.addAll(ids(rest));
        // every release once, in the order of the first walk, then the one that arrived in between
        assertThat(seen).hasSize(before.size() + 1).startsWith(before.toArray(String[]::new));
        assertThat(rest.get(rest.size() - 1).path("ocid").asText()).isEqualTo(later);
    }

    @Test
    void aCursorTheApiDidNotGiveOutIsAProblemOnTheCursorField() {
        String negative = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("r-5".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String cursor : List.of("not-ours", negative, "cjEyMw==x", "eDEyMw")) {
            JsonPath body = anonymous()
                    .get("/api/v1/ocds/releases?cursor=" + cursor)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .extract()
                    .jsonPath();
            assertThat(body.getList("errors.field")).containsExactly("cursor");
        }
    }

    @Test
    void badPagingParametersAreRefusedOnTheirFieldAndAnUnknownProcessIsNotFound() {
        JsonPath body = anonymous()
                .get("/api/v1/ocds/releases?cursor=not-ours&size=0&since=yesterday")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(body.getList("errors.field")).containsExactlyInAnyOrder("cursor", "size", "since");
        anonymous()
                .get("/api/v1/ocds/records/ocds-chmkt1-" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void aPublishedReleaseCannotBeChangedOrRemoved() {
        String challenge = published(Fixtures.agency(), "Immutable " + freshSector(), freshSector());
        UUID id = UUID.fromString(challenge);
        assertThat(Rows.count("select count(*) from ocds_release where challenge_id = ?1", id))
                .isEqualTo(1);
        assertThatThrownBy(() -> Rows.execute("update ocds_release set payload = '{}' where challenge_id = ?1", id))
                .hasStackTraceContaining("immutable");
        assertThatThrownBy(() -> Rows.execute("delete from ocds_release where challenge_id = ?1", id))
                .hasStackTraceContaining("immutable");
        JsonPath body = anonymous()
                .get("/api/v1/ocds/records/" + ocds.ocid(id))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(body.getString("records[0].releases[0].tag[0]")).isEqualTo("tender");
    }
}
