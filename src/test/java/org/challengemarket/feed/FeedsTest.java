package org.challengemarket.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;
import static org.challengemarket.support.IntegrationFixtures.freshSector;
import static org.challengemarket.support.IntegrationFixtures.published;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** The Atom and iCalendar feeds, read back with standard parsers. */
@QuarkusTest
class FeedsTest {

    private static String fetch(String path, String contentType) {
        ExtractableResponse<Response> response =
                RestAssured.given().get(path).then().statusCode(200).extract();
        assertThat(response.contentType()).startsWith(contentType);
        return response.asString();
    }

    @Test
    void openChallengesOfASectorAreAValidAtomFeed() throws Exception {
        Org agency = Fixtures.agency();
        String sector = freshSector();
        String open = published(agency, "Atom open " + sector, sector);
        String other = published(agency, "Atom elsewhere " + sector, freshSector());
        Fixtures.draft(agency, Fixtures.publishableChallenge("Atom draft " + sector));

        String xml = fetch("/feeds/challenges.atom?sector=" + sector, "application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(xml)));

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getUri()).isNotBlank();
        assertThat(feed.getPublishedDate()).isNotNull();
        List<SyndEntry> entries = feed.getEntries();
        assertThat(entries).extracting(SyndEntry::getUri).containsExactly("urn:uuid:" + open);
        SyndEntry entry = entries.get(0);
        assertThat(entry.getTitle()).isEqualTo("Atom open " + sector);
        assertThat(entry.getLink()).endsWith("/challenges/" + open);
        assertThat(entry.getAuthors()).extracting(a -> a.getName()).containsExactly(agency.name());
        assertThat(entry.getUpdatedDate()).isNotNull();
        assertThat(xml).doesNotContain(other).doesNotContain("Atom draft");

        String all = fetch("/feeds/challenges.atom", "application/atom+xml");
        assertThat(new SyndFeedInput()
                        .build(new InputSource(new StringReader(all)))
                        .getEntries())
                .extracting(SyndEntry::getUri)
                .contains("urn:uuid:" + open, "urn:uuid:" + other);
    }

    @Test
    void stageDeadlinesAreAValidCalendarWhoseEventsKeepTheirUidsWhenADeadlineMoves() throws Exception {
        Org agency = Fixtures.agency();
        String challenge = published(agency, "Calendar; with, escapes " + freshSector(), freshSector());

        Calendar before = parse(fetch("/feeds/deadlines.ics?challenge=" + challenge, "text/calendar"));
        List<VEvent> events = before.getComponents(Component.VEVENT);
        assertThat(events).hasSize(3);
        assertThat(events.get(0).getProperty(Property.SUMMARY).getValue())
                .startsWith("Deadline stage 1: Calendar; with, escapes ");
        List<String> uids = uids(before);
        assertThat(uids)
                .containsExactly(
                        challenge + "-stage-1@challengemarket",
                        challenge + "-stage-2@challengemarket",
                        challenge + "-stage-3@challengemarket");

        String later = events.get(0)
                .getStartDate()
                .getDate()
                .toInstant()
                .plus(java.time.Duration.ofDays(5))
                .toString();
        as(agency.officer())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "summary",
                        "Stage 1 stays open five days longer.",
                        "material",
                        false,
                        "stages",
                        List.of(Map.of("position", 1, "deadline", later))))
                .post("/api/v1/challenges/" + challenge + "/amendments")
                .then()
                .statusCode(201);

        Calendar after = parse(fetch("/feeds/deadlines.ics?challenge=" + challenge, "text/calendar"));
        assertThat(uids(after)).isEqualTo(uids);
        VEvent moved = (VEvent) after.getComponents(Component.VEVENT).get(0);
        assertThat(moved.getStartDate().getDate().toInstant().toString()).isEqualTo(later);
        assertThat(moved.getSequence().getSequenceNo()).isEqualTo(1);

        assertThat(uids(parse(fetch("/feeds/deadlines.ics", "text/calendar")))).contains(uids.get(0));
    }

    @Test
    void thePortalLinksTheFeedsOnEveryPageAndTheChallengesCalendarOnItsPage() {
        String challenge = published(Fixtures.agency(), "Linked " + freshSector(), freshSector());
        String home = fetch("/", "text/html");
        assertThat(home)
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\"")
                .contains("href=\"/feeds/challenges.atom\"")
                .contains("href=\"/feeds/deadlines.ics\"");
        assertThat(fetch("/challenges/" + challenge, "text/html"))
                .contains("href=\"/feeds/deadlines.ics?challenge=" + challenge + "\"");
    }

    @Test
    void badFeedParametersAreRefusedOnTheirField() {
        JsonPath json = RestAssured.given()
                .get("/feeds/deadlines.ics?challenge=not-a-uuid")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();
        assertThat(json.getString("errors[0].field")).isEqualTo("challenge");
        RestAssured.given()
                .get("/feeds/deadlines.ics?challenge=" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    private static Calendar parse(String ics) throws Exception {
        assertThat(ics).contains("\r\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar;
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT).stream()
                .map(c -> c.getProperty(Property.UID).getValue())
                .toList();
    }
}
