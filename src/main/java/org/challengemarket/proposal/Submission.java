package org.challengemarket.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.Stage;
import org.challengemarket.organisation.CompanyProfile;
import org.challengemarket.platform.Sha256;

/**
 * One accepted, immutable version of a stage's answer. The last one before the deadline counts;
 * every version is kept. Its SHA-256 is over the canonical content, so the company can prove what
 * it sent and when.
 */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "proposal_id", nullable = false)
    public UUID proposalId;

    @Column(nullable = false)
    public int stage;

    /** 1 for the first submission of the stage, then 2, 3, … */
    @Column(nullable = false)
    public int number;

    /** Canonical JSON: keys sorted, no insignificant whitespace, UTF-8. */
    @Column(nullable = false)
    public String content;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    protected Submission() {}

    public Submission(UUID proposalId, int stage, int number, String content, String sha256, Instant at, String by) {
        this.id = UUID.randomUUID();
        this.proposalId = proposalId;
        this.stage = stage;
        this.number = number;
        this.content = content;
        this.sha256 = sha256;
        this.submittedAt = at;
        this.submittedBy = by;
    }

    /**
     * Seals a stage's fields and files as the next version: the canonical content names the
     * challenge, proposal, stage, the company as its profile describes it, the fields, and each
     * file by name, type, size and SHA-256.
     */
    public static Submission seal(
            Proposal proposal,
            Stage stage,
            CompanyProfile profile,
            JsonNode fields,
            List<Attachment> files,
            Instant now,
            String by) {
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.put("challengeId", proposal.challenge.id.toString());
        content.put("proposalId", proposal.id.toString());
        content.put("stage", stage.position);
        content.put("stageKind", stage.kind.name());
        ObjectNode company = content.putObject("company");
        company.put("legalName", profile.legalName);
        company.put("enterpriseNumber", profile.enterpriseNumber);
        company.put("size", profile.size.name());
        content.set("fields", fields);
        ArrayNode list = content.putArray("attachments");
        files.stream()
                .sorted(Comparator.comparing((Attachment a) -> a.sha256).thenComparing(a -> a.fileName))
                .forEach(a -> list.addObject()
                        .put("fileName", a.fileName)
                        .put("mediaType", a.mediaType)
                        .put("sha256", a.sha256)
                        .put("size", a.sizeBytes));
        String canonical = Canonical.json(content);
        int number = lastNumber(proposal.id, stage.position) + 1;
        return new Submission(proposal.id, stage.position, number, canonical, Sha256.hex(canonical), now, by);
    }

    /** The sealed content. */
    public JsonNode contentJson() {
        return Canonical.read(content);
    }

    /** Every submission of a proposal's stage, first to last. */
    public static List<Submission> ofStage(UUID proposalId, int stage) {
        return list("proposalId = ?1 and stage = ?2 order by number", proposalId, stage);
    }

    /**
     * The counting submission of a challenge's stage for each proposal not withdrawn: its latest
     * version, in the order they were submitted.
     */
    public static List<Submission> countingOfStage(Challenge challenge, int stage) {
        return getEntityManager()
                .createQuery(
                        "select s from Submission s, Proposal p where p.id = s.proposalId and p.challenge = :c"
                                + " and s.stage = :n and p.status <> 'WITHDRAWN' and s.number = (select max(o.number)"
                                + " from Submission o where o.proposalId = s.proposalId and o.stage = s.stage)"
                                + " order by s.submittedAt, s.id",
                        Submission.class)
                .setParameter("c", challenge)
                .setParameter("n", stage)
                .getResultList();
    }

    /** How many proposals not withdrawn submitted in a challenge's stage. */
    public static long proposalsSubmitted(Challenge challenge, int stage) {
        return getEntityManager()
                .createQuery(
                        "select count(distinct s.proposalId) from Submission s, Proposal p"
                                + " where p.id = s.proposalId and p.challenge = :c and s.stage = :n"
                                + " and p.status <> 'WITHDRAWN'",
                        Long.class)
                .setParameter("c", challenge)
                .setParameter("n", stage)
                .getSingleResult();
    }

    /** The number of a stage's last submission, 0 before the first (read without its content). */
    static int lastNumber(UUID proposalId, int stage) {
        return getEntityManager()
                .createQuery(
                        "select coalesce(max(s.number), 0) from Submission s where s.proposalId = :p and s.stage = :n",
                        Integer.class)
                .setParameter("p", proposalId)
                .setParameter("n", stage)
                .getSingleResult();
    }
}
