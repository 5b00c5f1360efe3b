package org.challengemarket.ocds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeAmendment;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.challenge.Stage;
import org.challengemarket.clarification.Question;

/**
 * Builds the OCDS 1.1 releases of a contracting process from what is public about it: the
 * challenge, its amendments and published answers, awards, signed contracts and payments. Pure:
 * it reads nothing and writes nothing, so every release shape is tested without a database.
 */
final class OcdsReleaseBuilder {

    private final String ocidPrefix;
    private final String language;

    OcdsReleaseBuilder(String ocidPrefix, String language) {
        this.ocidPrefix = ocidPrefix;
        this.language = language;
    }

    /** The ocid of a challenge's contracting process. */
    String ocid(UUID challengeId) {
        return ocidPrefix + "-" + challengeId;
    }

    /** The award release of a challenge's decision: each awarded company with its pilot's value. */
    ObjectNode award(Challenge challenge, OcdsAwardFacts facts) {
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
        return release;
    }

    /** The contract release of one signed pilot contract, with its milestones. */
    ObjectNode contract(Challenge challenge, OcdsContractFacts facts) {
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
        return release;
    }

    /** An implementation release, dated {@code date}: milestones met and payments made so far. */
    ObjectNode implementation(Challenge challenge, OcdsPaymentFacts facts, Instant date) {
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
        return release;
    }

    /**
     * A tender, tenderAmendment or tenderUpdate release: the challenge as it stands, with its
     * amendments and its published answers (never who asked).
     */
    ObjectNode tender(
            Challenge challenge,
            List<ChallengeAmendment> amendments,
            List<Question> answered,
            String tag,
            Instant date) {
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
        ObjectNode release = JsonNodeFactory.instance
                .objectNode()
                .put("ocid", ocid(challenge.id))
                .put("id", tag + "-" + UUID.randomUUID())
                .put("date", date.truncatedTo(ChronoUnit.MICROS).toString());
        release.putArray("tag").add(tag);
        release.put("initiationType", "tender").put("language", language);
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
        return JsonNodeFactory.instance
                .objectNode()
                .put("id", supplierId(companyName))
                .put("name", companyName);
    }

    private ObjectNode agencyReference(Challenge challenge) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("id", challenge.agency.id.toString())
                .put("name", challenge.agency.name);
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
}
