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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeAmendment;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.challenge.Stage;
import org.challengemarket.clarification.Question;
import org.challengemarket.platform.error.ProblemException;
import org.hibernate.query.NativeQuery;

/**
 * Open Contracting Data Standard 1.1: one immutable release per public event of a challenge, and
 * the release and record packages anyone reads. Releases hold only what is public: the challenge,
 * its amendments, published answers (without askers), awards, contracts, milestones and payments;
 * never proposals, scores or evaluators.
 */
@ApplicationScoped
public class OcdsService {

    /** The extension that defines {@code tender.enquiries}, used for published answers. */
    static final String ENQUIRY_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_enquiry_extension/master/extension.json";

    private static final String INSERT = """
            insert into ocds_release (id, ocid, release_id, challenge_id, tag, release_date, payload)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            """;

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

    /** The ocid of a challenge's contracting process. */
    public String ocid(UUID challengeId) {
        return config.ocidPrefix() + "-" + challengeId;
    }

    // ---- releases, written in the transaction of the event they report -------------------------

    /** The tender release of a challenge just published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordTender(UUID challengeId, Instant date) {
        Challenge challenge = challenge(challengeId);
        write(challenge, "tender", date, tenderRelease(challenge, "tender", date));
    }

    /** A tenderAmendment release: the tender as amended, with every amendment so far. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAmendment(UUID challengeId, Instant date) {
        Challenge challenge = challenge(challengeId);
        write(challenge, "tenderAmendment", date, tenderRelease(challenge, "tenderAmendment", date));
    }

    /** A tenderUpdate release: the tender with every published answer as an enquiry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordClarification(UUID challengeId, Instant date) {
        Challenge challenge = challenge(challengeId);
        write(challenge, "tenderUpdate", date, tenderRelease(challenge, "tenderUpdate", date));
    }

    /** The award release of a challenge's decision: each awarded company with its pilot's value. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAward(OcdsAwardFacts facts) {
        Challenge challenge = challenge(facts.challengeId());
        ObjectNode release = release(challenge, "award", facts.awardedAt());
        ArrayNode parties = parties(release, challenge, List.of("buyer", "procuringEntity"));
        ArrayNode awards = release.putArray("awards");
        for (OcdsAwardFacts.Award a : facts.awards()) {
            party(parties, a.companyName(), List.of("supplier"));
            ObjectNode award = awards.addObject()
                    .put("id", awardId(challenge.id, a.companyName()))
                    .put("title", challenge.title + ": pilot of " + a.companyName())
                    .put("status", "active")
                    .put("date", facts.awardedAt().toString());
            value(award, "value", a.value(), a.currency());
            award.putArray("suppliers").add(reference(a.companyName()));
        }
        release.putObject("tender").put("id", challenge.id.toString()).put("status", "complete");
        write(challenge, "award", facts.awardedAt(), release);
    }

    /** The contract release of one signed pilot contract, with its milestones. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordContract(OcdsContractFacts facts) {
        Challenge challenge = challenge(facts.challengeId());
        ObjectNode release = release(challenge, "contract", facts.dateSigned());
        ArrayNode parties = parties(release, challenge, List.of("buyer", "procuringEntity"));
        party(parties, facts.companyName(), List.of("supplier"));
        ObjectNode contract = release.putArray("contracts")
                .addObject()
                .put("id", facts.contractId().toString())
                .put("awardID", awardId(challenge.id, facts.companyName()))
                .put("title", facts.title() == null ? "Pilot contract with " + facts.companyName() : facts.title())
                .put("status", "active")
                .put("dateSigned", facts.dateSigned().toString());
        value(contract, "value", facts.value(), facts.currency());
        if (facts.startDate() != null || facts.endDate() != null) {
            ObjectNode period = contract.putObject("period");
            putInstant(period, "startDate", facts.startDate());
            putInstant(period, "endDate", facts.endDate());
        }
        ArrayNode milestones = contract.putArray("milestones");
        for (OcdsContractFacts.Milestone m : facts.milestones()) {
            ObjectNode milestone = milestones
                    .addObject()
                    .put("id", m.id().toString())
                    .put("title", m.title())
                    .put("type", "delivery")
                    .put("status", "scheduled");
            putInstant(milestone, "dueDate", m.dueDate());
        }
        write(challenge, "contract", facts.dateSigned(), release);
    }

    /** An implementation release: milestones met and payments made under one pilot contract. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordImplementation(OcdsPaymentFacts facts) {
        Challenge challenge = challenge(facts.challengeId());
        Instant date = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ObjectNode release = release(challenge, "implementation", date);
        ArrayNode parties = parties(release, challenge, List.of("buyer", "procuringEntity", "payer"));
        party(parties, facts.companyName(), List.of("supplier", "payee"));
        ObjectNode implementation = release.putArray("contracts")
                .addObject()
                .put("id", facts.contractId().toString())
                .put("awardID", awardId(challenge.id, facts.companyName()))
                .putObject("implementation");
        ArrayNode milestones = implementation.putArray("milestones");
        for (OcdsPaymentFacts.Milestone m : facts.milestones()) {
            ObjectNode milestone = milestones
                    .addObject()
                    .put("id", m.id().toString())
                    .put("title", m.title())
                    .put("type", "delivery")
                    .put("status", m.met() == null ? "scheduled" : "met");
            putInstant(milestone, "dueDate", m.dueDate());
            putInstant(milestone, "dateMet", m.met());
        }
        ArrayNode transactions = implementation.putArray("transactions");
        for (OcdsPaymentFacts.Payment p : facts.payments()) {
            ObjectNode transaction = transactions
                    .addObject()
                    .put("id", p.id().toString())
                    .put("date", p.date().toString());
            value(transaction, "value", p.value(), p.currency());
            transaction
                    .putObject("payer")
                    .put("id", challenge.agency.id.toString())
                    .put("name", challenge.agency.name);
            transaction.set("payee", reference(facts.companyName()));
        }
        write(challenge, "implementation", date, release);
    }

    /**
     * Writes the tender release of every public challenge that has none yet (challenges that
     * existed before open data was published, such as the demo ones), and a tenderUpdate where
     * answers are published. Returns how many challenges it published.
     */
    @Transactional
    public int publishMissing() {
        @SuppressWarnings("unchecked")
        List<UUID> published = em.createNativeQuery("select distinct challenge_id from ocds_release", UUID.class)
                .getResultList();
        List<Challenge> missing = Challenge.<Challenge>list(
                        "from Challenge c join fetch c.agency where c.status <> ?1 and c.publishedAt is not null"
                                + " order by c.publishedAt",
                        ChallengeStatus.DRAFT)
                .stream()
                .filter(c -> !published.contains(c.id))
                .toList();
        for (Challenge challenge : missing) {
            write(
                    challenge,
                    "tender",
                    challenge.publishedAt,
                    tenderRelease(challenge, "tender", challenge.publishedAt));
            Question.<Question>find(
                            "challengeId = ?1 and answeredAt is not null order by answeredAt desc", challenge.id)
                    .firstResultOptional()
                    .ifPresent(last -> write(
                            challenge,
                            "tenderUpdate",
                            last.answeredAt,
                            tenderRelease(challenge, "tenderUpdate", last.answeredAt)));
        }
        return missing.size();
    }

    // ---- packages ----------------------------------------------------------------------------

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
                .setParameter(1, utc(since == null ? Instant.EPOCH : since))
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

    // ---- building releases -------------------------------------------------------------------

    private ObjectNode tenderRelease(Challenge challenge, String tag, Instant date) {
        ObjectNode release = release(challenge, tag, date);
        parties(release, challenge, List.of("buyer", "procuringEntity"));
        ObjectNode tender = release.putObject("tender")
                .put("id", challenge.id.toString())
                .put("title", challenge.title)
                .put("description", description(challenge))
                .put("status", tenderStatus(challenge.status));
        tender.set("procuringEntity", agencyReference(challenge));
        challenge.budget().ifPresent(b -> value(tender, "value", b.amount(), b.currency()));
        tender.put("procurementMethod", "open")
                .put(
                        "procurementMethodDetails",
                        "Innovation challenge: companies answer a published problem in stages; up to "
                                + challenge.numberOfPilots + " pilot contract(s)")
                .put("mainProcurementCategory", "services")
                .put("awardCriteria", "ratedCriteria")
                .put("awardCriteriaDetails", criteria(challenge));
        tender.putArray("submissionMethod").add("electronicSubmission");
        if (!challenge.stages.isEmpty()) {
            ObjectNode period = tender.putObject("tenderPeriod");
            Stage first = challenge.stages.get(0);
            putInstant(period, "startDate", first.opensAt);
            putInstant(period, "endDate", first.deadline);
        }
        ArrayNode milestones = tender.putArray("milestones");
        for (Stage stage : challenge.stages) {
            ObjectNode milestone = milestones
                    .addObject()
                    .put("id", "stage-" + stage.position)
                    .put("title", "Stage " + stage.position + ": " + stageName(stage))
                    .put("type", "engagement")
                    .put("description", "Deadline of stage " + stage.position + " for submissions")
                    .put("status", stage.deadlinePassedAt(date) ? "met" : "scheduled");
            putInstant(milestone, "dueDate", stage.deadline);
        }
        List<ChallengeAmendment> amendments = ChallengeAmendment.of(challenge);
        if (!amendments.isEmpty()) {
            ArrayNode items = tender.putArray("amendments");
            for (ChallengeAmendment a : amendments) {
                items.addObject()
                        .put("id", "amendment-" + a.number)
                        .put("date", a.publishedAt.toString())
                        .put("rationale", a.summary)
                        .put(
                                "description",
                                (a.material ? "Material amendment " : "Amendment ") + a.number + ": " + a.summary);
            }
        }
        List<Question> answered =
                Question.list("challengeId = ?1 and answeredAt is not null order by number", challenge.id);
        tender.put("hasEnquiries", !answered.isEmpty());
        if (!answered.isEmpty()) {
            ArrayNode enquiries = tender.putArray("enquiries");
            for (Question q : answered) {
                // the asker is never named: the question, its answer and when it was published
                enquiries
                        .addObject()
                        .put("id", q.id.toString())
                        .put("date", q.answeredAt.toString())
                        .put("title", "Question " + q.number)
                        .put("description", q.text)
                        .put("answer", q.answer)
                        .put("dateAnswered", q.answeredAt.toString());
            }
        }
        return release;
    }

    private ObjectNode release(Challenge challenge, String tag, Instant date) {
        ObjectNode release = json.createObjectNode()
                .put("ocid", ocid(challenge.id))
                .put("id", tag + "-" + UUID.randomUUID())
                .put("date", date.truncatedTo(ChronoUnit.MICROS).toString());
        release.putArray("tag").add(tag);
        release.put("initiationType", "tender").put("language", config.language());
        release.set("buyer", agencyReference(challenge));
        return release;
    }

    private ArrayNode parties(ObjectNode release, Challenge challenge, List<String> roles) {
        ArrayNode parties = release.putArray("parties");
        ObjectNode agency =
                parties.addObject().put("id", challenge.agency.id.toString()).put("name", challenge.agency.name);
        roles.forEach(agency.putArray("roles")::add);
        return parties;
    }

    private void party(ArrayNode parties, String companyName, List<String> roles) {
        ObjectNode party = reference(companyName);
        roles.forEach(party.putArray("roles")::add);
        parties.add(party);
    }

    private ObjectNode reference(String companyName) {
        return json.createObjectNode().put("id", supplierId(companyName)).put("name", companyName);
    }

    private ObjectNode agencyReference(Challenge challenge) {
        return json.createObjectNode().put("id", challenge.agency.id.toString()).put("name", challenge.agency.name);
    }

    /** Stable across releases, so the compiled release merges one award per company. */
    static String awardId(UUID challengeId, String companyName) {
        return "award-"
                + UUID.nameUUIDFromBytes((challengeId + "/" + normalise(companyName)).getBytes(StandardCharsets.UTF_8));
    }

    static String supplierId(String companyName) {
        return "supplier-" + UUID.nameUUIDFromBytes(normalise(companyName).getBytes(StandardCharsets.UTF_8));
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static void value(ObjectNode node, String field, BigDecimal amount, String currency) {
        node.putObject(field).put("amount", amount).put("currency", currency);
    }

    private static void putInstant(ObjectNode node, String field, Instant instant) {
        if (instant != null) {
            node.put(field, instant.toString());
        }
    }

    private static String tenderStatus(ChallengeStatus status) {
        return switch (status) {
            case DRAFT -> "planning";
            case PUBLISHED, IN_EVALUATION -> "active";
            case AWARDED, CLOSED -> "complete";
            case CANCELLED -> "cancelled";
        };
    }

    private static String description(Challenge c) {
        StringBuilder text = new StringBuilder();
        if (c.problemStatement != null) {
            text.append(c.problemStatement);
        }
        if (c.expectedOutcomes != null) {
            text.append("\n\nExpected outcomes: ").append(c.expectedOutcomes);
        }
        return text.toString();
    }

    private static String criteria(Challenge c) {
        return "Scored 0-10 on fixed criteria: problem solving " + c.weights.problemSolving + "%, team motivation "
                + c.weights.teamMotivation + "%, implementation cost " + c.weights.implementationCost + "%";
    }

    private static String stageName(Stage stage) {
        return switch (stage.kind) {
            case EXPRESSION_OF_INTEREST -> "expression of interest";
            case FULL_PROPOSAL -> "full proposal";
            case PITCH -> "pitch";
        };
    }

    private void write(Challenge challenge, String tag, Instant date, ObjectNode release) {
        try {
            em.createNativeQuery(INSERT)
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, release.get("ocid").asText())
                    .setParameter(3, release.get("id").asText())
                    .setParameter(4, challenge.id)
                    .setParameter(5, tag)
                    .setParameter(6, utc(date))
                    .setParameter(7, json.writeValueAsString(release))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an OCDS release", e);
        }
    }

    private ObjectNode parse(String payload) {
        try {
            JsonNode node = json.readTree(payload);
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored OCDS release is not JSON", e);
        }
    }

    private static Challenge challenge(UUID id) {
        return Challenge.<Challenge>find("from Challenge c join fetch c.agency where c.id = ?1", id)
                .firstResultOptional()
                .orElseThrow(() -> new IllegalArgumentException("no challenge " + id));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
