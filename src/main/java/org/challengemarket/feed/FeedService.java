package org.challengemarket.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.challenge.Stage;
import org.challengemarket.platform.error.ProblemException;

/**
 * The public feeds: open challenges as Atom 1.0, and stage deadlines as iCalendar (RFC 5545)
 * events whose UIDs never change, so a calendar updates an event when a deadline moves.
 */
@ApplicationScoped
public class FeedService {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final int MAX_ENTRIES = 100;
    private static final DateTimeFormatter ICS_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Inject
    Clock clock;

    /** Open challenges, newest first, optionally of one sector, as an Atom feed. */
    @Transactional
    public String challengesAtom(String baseUrl, String selfUrl, String sector) {
        List<Challenge> open = open(sector);
        Instant updated = open.stream()
                .map(c -> c.updatedAt)
                .max(Comparator.naturalOrder())
                .orElse(clock.instant());
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", "urn:challengemarket:feed:challenges" + (sector == null ? "" : ":" + sector));
            element(xml, "title", "Open challenges" + (sector == null ? "" : " in " + sector));
            element(xml, "subtitle", "Problems public agencies want startups to solve, open for proposals");
            element(xml, "updated", atomTime(updated));
            link(xml, "self", selfUrl, "application/atom+xml");
            link(xml, "alternate", baseUrl + "/challenges", "text/html");
            xml.writeStartElement("author");
            element(xml, "name", "Challenge Market");
            xml.writeEndElement();
            element(xml, "generator", "Challenge Market");
            for (Challenge c : open) {
                xml.writeStartElement("entry");
                element(xml, "id", "urn:uuid:" + c.id);
                element(xml, "title", c.title);
                element(xml, "published", atomTime(c.publishedAt));
                element(xml, "updated", atomTime(c.updatedAt));
                link(xml, "alternate", baseUrl + "/challenges/" + c.id, "text/html");
                link(xml, "related", baseUrl + "/api/v1/challenges/" + c.id, "application/json");
                xml.writeStartElement("author");
                element(xml, "name", c.agency.name);
                xml.writeEndElement();
                if (c.sector != null) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", c.sector);
                }
                element(xml, "summary", summary(c));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed", e);
        }
        return out.toString();
    }

    /** Stage deadlines of open challenges, or of one public challenge, as an iCalendar. */
    @Transactional
    public String deadlinesIcs(String baseUrl, UUID challengeId) {
        List<Challenge> challenges;
        if (challengeId != null) {
            challenges = Challenge.<Challenge>find(
                            "from Challenge c join fetch c.agency left join fetch c.stages.list where c.id = ?1"
                                    + " and c.status <> ?2",
                            challengeId,
                            ChallengeStatus.DRAFT)
                    .list()
                    .stream()
                    .distinct()
                    .toList();
            if (challenges.isEmpty()) {
                throw ProblemException.notFound("Challenge " + challengeId);
            }
        } else {
            challenges = open(null);
        }
        Map<UUID, Long> amendments = amendmentCounts(challenges);
        String now = ICS_TIME.format(clock.instant());
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Challenge Market//Deadlines//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + escape("Challenge deadlines"));
        for (Challenge c : challenges) {
            for (Stage stage : c.stages) {
                if (stage.deadline == null) {
                    continue;
                }
                line(ics, "BEGIN:VEVENT");
                line(ics, "UID:" + c.id + "-stage-" + stage.position + "@challengemarket");
                line(ics, "DTSTAMP:" + now);
                line(ics, "DTSTART:" + ICS_TIME.format(stage.deadline));
                line(ics, "DTEND:" + ICS_TIME.format(stage.deadline.plus(30, ChronoUnit.MINUTES)));
                // a deadline moved by an amendment is the same event, one version later
                line(ics, "SEQUENCE:" + amendments.getOrDefault(c.id, 0L));
                line(ics, "LAST-MODIFIED:" + ICS_TIME.format(c.updatedAt));
                line(ics, "SUMMARY:" + escape("Deadline stage " + stage.position + ": " + c.title));
                line(
                        ics,
                        "DESCRIPTION:"
                                + escape("Stage " + stage.position + " (" + stage.kind + ") of \"" + c.title + "\" by "
                                        + c.agency.name + " closes for submissions. " + baseUrl + "/challenges/"
                                        + c.id));
                line(ics, "URL:" + baseUrl + "/challenges/" + c.id);
                if (c.sector != null) {
                    line(ics, "CATEGORIES:" + escape(c.sector));
                }
                line(ics, "TRANSP:TRANSPARENT");
                line(ics, "END:VEVENT");
            }
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static List<Challenge> open(String sector) {
        String query = "from Challenge c join fetch c.agency left join fetch c.stages.list where c.status = ?1"
                + (sector == null ? "" : " and lower(c.sector) = lower(?2)")
                + " order by c.publishedAt desc, c.id";
        var found = sector == null
                ? Challenge.<Challenge>find(query, ChallengeStatus.PUBLISHED)
                : Challenge.<Challenge>find(query, ChallengeStatus.PUBLISHED, sector);
        return found.list().stream().distinct().limit(MAX_ENTRIES).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, Long> amendmentCounts(List<Challenge> challenges) {
        if (challenges.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = Challenge.getEntityManager()
                .createQuery("select a.challenge.id, count(a) from ChallengeAmendment a where a.challenge.id in ?1"
                        + " group by a.challenge.id")
                .setParameter(1, challenges.stream().map(c -> c.id).toList())
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (Long) r[1]));
    }

    private static String summary(Challenge c) {
        String deadline = c.deadline == null ? "" : " Deadline to enter: " + c.deadline + ".";
        return (c.problemStatement == null ? c.title : c.problemStatement) + deadline;
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String atomTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** RFC 5545 text: backslash, semicolon, comma and newline escaped. */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Ends a content line with CRLF, folded at 75 octets as RFC 5545 asks (never inside a character). */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                ics.append(current).append("\r\n ");
                current.setLength(0);
                octets = 1;
            }
            current.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append(current).append("\r\n");
    }
}
