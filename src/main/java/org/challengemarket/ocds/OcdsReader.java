package org.challengemarket.ocds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.challengemarket.platform.error.ProblemException;
import org.hibernate.query.NativeQuery;

/**
 * Reads the open data: pages of releases by date, and the record package of one contracting
 * process with its compiled release. Releases hold only what is public: never proposals, scores
 * or evaluators.
 */
@ApplicationScoped
public class OcdsReader {

    /** The extension that defines {@code tender.enquiries}, used for published answers. */
    static final String ENQUIRY_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_enquiry_extension/master/extension.json";

    /** A package whose answer a page of releases fits in. */
    public record Page(List<ObjectNode> releases, Long nextCursor) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    OcdsConfig config;

    /**
     * Releases from {@code since} (by date) after {@code cursor} (exclusive), oldest first: a page
     * is read from its place in the sequence (keyset), so a deep page costs what the first does.
     * The first page from a date starts at the first release dated on or after it, found in the
     * index of dates, instead of reading every older release to skip it.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public Page releases(Instant since, Long cursor, int size) {
        // min(seq + 0), not min(seq): the planner would otherwise walk the sequence from its start
        String startingAtSince = since != null && cursor == null
                ? " and seq >= (select coalesce(min(seq + 0), 0) from ocds_release where release_date >= ?1)"
                : "";
        List<Object[]> rows = em.createNativeQuery("select seq, payload from ocds_release"
                        + " where release_date >= ?1 and seq > ?2" + startingAtSince + " order by seq limit ?3")
                .setParameter(1, OffsetDateTime.ofInstant(since == null ? Instant.EPOCH : since, ZoneOffset.UTC))
                .setParameter(2, cursor == null ? 0L : cursor)
                .setParameter(3, size + 1)
                .unwrap(NativeQuery.class)
                .addScalar("seq", Long.class)
                .addScalar("payload", String.class)
                .getResultList();
        List<ObjectNode> releases = new ArrayList<>();
        Long last = null;
        for (int i = 0; i < Math.min(size, rows.size()); i++) {
            releases.add(parse((String) rows.get(i)[1]));
            last = (Long) rows.get(i)[0];
        }
        return new Page(releases, rows.size() > size ? last : null);
    }

    /** A release package around {@code releases}, published at {@code uri}. */
    public ObjectNode releasePackage(String uri, List<ObjectNode> releases, String next) {
        ObjectNode pkg = packageHead(uri);
        ArrayNode items = pkg.putArray("releases");
        releases.forEach(items::add);
        if (next != null) {
            pkg.putObject("links").put("next", next);
        }
        return pkg;
    }

    /** The record package of one contracting process: every release and the compiled release. */
    @Transactional
    public ObjectNode recordPackage(String uri, String ocid) {
        @SuppressWarnings("unchecked")
        List<String> payloads = em.createNativeQuery(
                        "select payload from ocds_release where ocid = ?1 order by release_date, seq", String.class)
                .setParameter(1, ocid)
                .getResultList();
        if (payloads.isEmpty()) {
            throw ProblemException.notFound("Contracting process " + ocid);
        }
        List<ObjectNode> releases = payloads.stream().map(this::parse).toList();
        ObjectNode pkg = packageHead(uri);
        ObjectNode record = pkg.putArray("records").addObject().put("ocid", ocid);
        ArrayNode items = record.putArray("releases");
        releases.forEach(items::add);
        record.set("compiledRelease", OcdsCompiler.compile(ocid, releases));
        return pkg;
    }

    private ObjectNode packageHead(String uri) {
        ObjectNode pkg = json.createObjectNode()
                .put("uri", uri)
                .put("version", "1.1")
                .put(
                        "publishedDate",
                        clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        pkg.putArray("extensions").add(ENQUIRY_EXTENSION);
        pkg.putObject("publisher").put("name", config.publisherName());
        pkg.put("license", config.license());
        config.publicationPolicy().ifPresent(policy -> pkg.put("publicationPolicy", policy));
        return pkg;
    }

    private ObjectNode parse(String payload) {
        try {
            JsonNode node = json.readTree(payload);
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored OCDS release is not JSON", e);
        }
    }
}
