package org.challengemarket.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.challenge.Stage;
import org.challengemarket.notification.NotificationService;
import org.challengemarket.notification.NotificationType;
import org.challengemarket.organisation.CompanyProfile;
import org.challengemarket.organisation.CompanyProfileService;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.organisation.OrganisationType;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.error.RuleViolations;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.proposal.dto.ProposalDtos.AttachmentDto;
import org.challengemarket.proposal.dto.ProposalDtos.DraftDto;
import org.challengemarket.proposal.dto.ProposalDtos.DraftRequest;
import org.challengemarket.proposal.dto.ProposalDtos.ProposalDto;
import org.challengemarket.proposal.dto.ProposalDtos.ProposalSummary;
import org.challengemarket.proposal.dto.ProposalDtos.ReceiptDto;
import org.challengemarket.proposal.dto.ProposalDtos.StageCount;
import org.challengemarket.proposal.dto.ProposalDtos.StageView;
import org.challengemarket.proposal.dto.ProposalDtos.SubmissionDto;
import org.hibernate.Locking;
import org.hibernate.Session;

/**
 * Proposals: start, draft each stage, submit (sealed until the deadline, with a receipt),
 * withdraw. Submissions are read by their company at any time and by the challenge's agency only
 * once the stage deadline has passed; before that the agency sees counts.
 */
@ApplicationScoped
public class ProposalService {

    private static final String AUDIT_TYPE = "proposal";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    CompanyProfileService profiles;

    @Inject
    NotificationService notifications;

    @Transactional
    public ProposalDto start(UUID challengeId) {
        Organisation company = Organisation.<Organisation>findByIdOptional(user.requireOrganisation())
                .filter(o -> o.type == OrganisationType.COMPANY)
                .orElseThrow(() -> ProblemException.forbidden("Only a company's members start proposals"));
        Challenge challenge = Challenge.<Challenge>find(
                        "from Challenge c join fetch c.agency where c.id = ?1", challengeId)
                .firstResultOptional()
                .filter(c -> c.status.isPublic())
                .orElseThrow(() -> ProblemException.notFound("Challenge " + challengeId));
        if (Proposal.count("challenge = ?1 and company = ?2", challenge, company) > 0) {
            throw ProblemException.conflict("Your company already has a proposal for this challenge");
        }
        Proposal proposal = Proposal.start(challenge, company, clock.instant());
        proposal.persist();
        em.flush();
        audit.record("proposal.started", AUDIT_TYPE, proposal.id, challenge.id.toString());
        return view(proposal);
    }

    @Transactional
    public ProposalDto get(UUID id) {
        return view(own(id, LockModeType.NONE));
    }

    /** The caller's company's proposals, most recently changed first. */
    @Transactional
    public PageDto<ProposalSummary> mine(PageRequest page) {
        UUID company = user.requireOrganisation();
        long total = Proposal.count("company.id", company);
        List<Proposal> proposals = em.createQuery(
                        "select p from Proposal p join fetch p.challenge c where p.company.id = :company"
                                + " order by p.updatedAt desc, p.id",
                        Proposal.class)
                .setParameter("company", company)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        // one statement loads the stages of every challenge on the page (no SQL distinct: it would
        // compare every long text of the challenges; Hibernate returns each challenge once anyway)
        List<Challenge> challenges =
                proposals.stream().map(p -> p.challenge).distinct().toList();
        if (!challenges.isEmpty()) {
            em.createQuery(
                            "select c from Challenge c left join fetch c.stages.list where c in :challenges",
                            Challenge.class)
                    .setParameter("challenges", challenges)
                    .getResultList();
        }
        List<ProposalSummary> items =
                proposals.stream().map(ProposalService::summary).toList();
        return PageDto.of(items, page, total);
    }

    /** The caller's company's proposal for a challenge, if it has one. */
    @Transactional
    public Optional<ProposalSummary> mineFor(UUID challengeId) {
        if (!user.hasRole(Roles.COMPANY_MEMBER)) {
            return Optional.empty();
        }
        Optional<UUID> company = user.organisationId();
        if (company.isEmpty()) {
            return Optional.empty();
        }
        Optional<Proposal> proposal = Proposal.find("challenge.id = ?1 and company.id = ?2", challengeId, company.get())
                .firstResultOptional();
        return proposal.map(ProposalService::summary);
    }

    /**
     * True when the caller's company may start a proposal for the challenge now: it has none yet,
     * the challenge is open and its first stage is open on the service clock.
     */
    @Transactional
    public boolean canStart(UUID challengeId) {
        Optional<Organisation> company = user.hasRole(Roles.COMPANY_MEMBER)
                ? user.organisationId()
                        .flatMap(id -> Organisation.<Organisation>findByIdOptional(id))
                        .filter(o -> o.type == OrganisationType.COMPANY)
                : Optional.empty();
        Optional<Challenge> challenge = Challenge.<Challenge>findByIdOptional(challengeId)
                .filter(c -> c.status == ChallengeStatus.PUBLISHED)
                .filter(c -> !c.stages.isEmpty() && c.stages.get(0).isOpenAt(clock.instant()));
        return company.isPresent()
                && challenge.isPresent()
                && Proposal.count("challenge = ?1 and company = ?2", challenge.get(), company.get()) == 0;
    }

    @Transactional
    public DraftDto saveDraft(UUID id, int position, Long expectedVersion, DraftRequest request) {
        Proposal proposal = own(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        Stage stage = proposal.requireCurrentStage(position, now);
        RuleViolations violations = new RuleViolations();
        ObjectNode fields = StageForm.normalise(stage.kind, request == null ? null : request.fields(), violations);
        violations.throwIfAny(ProblemType.INVALID_REQUEST, "Some fields of the draft are invalid");
        Optional<StageDraft> existing = StageDraft.of(id, position);
        if (expectedVersion != null && existing.map(d -> d.version).orElse(0L) != expectedVersion) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The draft changed since you read it");
        }
        StageDraft draft = existing.orElseGet(() -> new StageDraft(id, position, "{}", now));
        draft.content = Canonical.json(fields);
        draft.updatedAt = now;
        if (existing.isEmpty()) {
            draft.persist();
        }
        proposal.updatedAt = now;
        em.flush();
        return draftView(draft);
    }

    /**
     * Seals the current draft of a stage as a new submission version and answers its receipt.
     * The deadline is checked on the service clock after the proposal is locked, so a submission
     * racing the deadline is either accepted before it or refused with nothing stored.
     */
    @Transactional
    public ReceiptDto submit(UUID id, int position) {
        Proposal proposal = ownToSubmit(id);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Stage stage = proposal.requireOpenStage(position, now);
        CompanyProfile profile = profiles.find(proposal.company.id)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.RULE_VIOLATION,
                        "Complete your company profile first: every proposal reuses it",
                        List.of(new org.challengemarket.platform.error.Problem.FieldError("profile", "is missing"))));
        JsonNode fields = StageDraft.of(id, position)
                .map(d -> Canonical.read(d.content))
                .orElseGet(JsonNodeFactory.instance::objectNode);
        RuleViolations violations = new RuleViolations();
        StageForm.checkComplete(stage.kind, fields, violations);
        violations.throwIfAny(ProblemType.RULE_VIOLATION, "The stage is not complete yet");

        Submission submission = Submission.seal(
                proposal, stage, profile, fields, Attachment.onDraft(id, position), now, user.subject());
        submission.persist();
        proposal.submitted(now);
        em.flush();
        audit.record(
                "proposal.submitted",
                AUDIT_TYPE,
                proposal.id,
                "stage " + position + " v" + submission.number + " " + submission.sha256);
        notifications.notifyOrganisation(
                proposal.company.id,
                NotificationType.SUBMISSION_RECEIVED,
                "Stage " + position + " of \"" + proposal.challenge.title + "\" received (version " + submission.number
                        + ")",
                "/api/v1/submissions/" + submission.id + "/receipt");
        return receipt(submission, proposal.challenge.id);
    }

    @Transactional
    public ProposalDto withdraw(UUID id) {
        Proposal proposal = own(id, LockModeType.PESSIMISTIC_WRITE);
        proposal.withdraw(clock.instant());
        em.flush();
        audit.record("proposal.withdrawn", AUDIT_TYPE, proposal.id, "");
        return view(proposal);
    }

    /** A submission with its content: for its company, or for the agency once the deadline passed. */
    @Transactional
    public SubmissionDto submission(UUID submissionId) {
        Submission submission = Submission.<Submission>findByIdOptional(submissionId)
                .orElseThrow(() -> ProblemException.notFound("Submission " + submissionId));
        Proposal proposal = readable(submission.proposalId, submission.stage)
                .orElseThrow(() -> ProblemException.notFound("Submission " + submissionId));
        return submissionView(submission, proposal.challenge.id);
    }

    /** What the agency may know before a deadline: counts per stage. */
    @Transactional
    public List<StageCount> counts(UUID challengeId) {
        Challenge challenge = ownAgencyChallenge(challengeId);
        Instant now = clock.instant();
        List<StageCount> counts = new ArrayList<>();
        for (Stage stage : challenge.stages) {
            long submitted = em.createQuery(
                            "select count(distinct s.proposalId) from Submission s, Proposal p"
                                    + " where p.id = s.proposalId and p.challenge = :c and s.stage = :n"
                                    + " and p.status <> 'WITHDRAWN'",
                            Long.class)
                    .setParameter("c", challenge)
                    .setParameter("n", stage.position)
                    .getSingleResult();
            long shortlisted = Proposal.count("challenge = ?1 and stage > ?2", challenge, stage.position);
            counts.add(new StageCount(
                    stage.position, stage.deadline, !stage.deadlinePassedAt(now), submitted, shortlisted));
        }
        return counts;
    }

    /** Every proposal's counting submission of a stage, for the agency once its deadline passed. */
    @Transactional
    public List<SubmissionDto> stageSubmissions(UUID challengeId, int position) {
        Challenge challenge = ownAgencyChallenge(challengeId);
        if (position < 1 || position > challenge.stages.size()) {
            throw ProblemException.notFound("Stage " + position + " of challenge " + challengeId);
        }
        Stage stage = challenge.stages.get(position - 1);
        if (!stage.deadlinePassedAt(clock.instant())) {
            throw ProblemException.conflict("Submissions of stage " + position + " are sealed until " + stage.deadline);
        }
        List<Submission> latest = em.createQuery(
                        "select s from Submission s, Proposal p where p.id = s.proposalId and p.challenge = :c"
                                + " and s.stage = :n and p.status <> 'WITHDRAWN' and s.number = (select max(o.number)"
                                + " from Submission o where o.proposalId = s.proposalId and o.stage = s.stage)"
                                + " order by s.submittedAt, s.id",
                        Submission.class)
                .setParameter("c", challenge)
                .setParameter("n", position)
                .getResultList();
        return latest.stream().map(s -> submissionView(s, challengeId)).toList();
    }

    /**
     * A counting submission with its content, for the evaluation feature, which has checked that
     * the caller sits on the stage's panel, declared no conflict and that the deadline passed.
     */
    @Transactional
    public SubmissionDto submissionForEvaluation(UUID submissionId) {
        Submission submission = Submission.<Submission>findByIdOptional(submissionId)
                .orElseThrow(() -> ProblemException.notFound("Submission " + submissionId));
        Proposal proposal = em.find(Proposal.class, submission.proposalId);
        return submissionView(submission, proposal.challenge.id);
    }

    // ---- access -------------------------------------------------------------------------------

    /** A proposal of the caller's company; any other answers 404. */
    Proposal own(UUID id, LockModeType lock) {
        Proposal proposal = em.find(Proposal.class, id, lock);
        if (proposal == null || !user.hasRole(Roles.COMPANY_MEMBER) || !user.actsFor(proposal.company.id)) {
            throw ProblemException.notFound("Proposal " + id);
        }
        return proposal;
    }

    /**
     * A proposal of the caller's company, locked, with its challenge and the challenge's stages,
     * in one statement that locks the proposal's row alone; any other answers 404.
     */
    private Proposal ownToSubmit(UUID id) {
        Proposal proposal = em
                .unwrap(Session.class)
                .createSelectionQuery(
                        "select p from Proposal p join fetch p.challenge c join fetch c.stages.list where p.id = :id",
                        Proposal.class)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                // the proposal's row alone, in this statement (not in a second one after reading it)
                .setLockScope(Locking.Scope.ROOT_ONLY)
                .setFollowOnStrategy(Locking.FollowOn.DISALLOW)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
        if (proposal == null || !user.hasRole(Roles.COMPANY_MEMBER) || !user.actsFor(proposal.company.id)) {
            throw ProblemException.notFound("Proposal " + id);
        }
        return proposal;
    }

    /** The proposal behind a stage's submission, if the caller may read it now. */
    Optional<Proposal> readable(UUID proposalId, int position) {
        Proposal proposal = em.find(Proposal.class, proposalId);
        if (proposal == null) {
            return Optional.empty();
        }
        if (user.hasRole(Roles.COMPANY_MEMBER) && user.actsFor(proposal.company.id)) {
            return Optional.of(proposal);
        }
        boolean agency = user.hasRole(Roles.AGENCY_OFFICER) && user.actsFor(proposal.challenge.agency.id);
        boolean unsealed = proposal.stageAt(position).deadlinePassedAt(clock.instant());
        return agency && unsealed ? Optional.of(proposal) : Optional.empty();
    }

    private Challenge ownAgencyChallenge(UUID challengeId) {
        return Challenge.<Challenge>findByIdOptional(challengeId)
                .filter(c -> user.hasRole(Roles.AGENCY_OFFICER) && user.actsFor(c.agency.id))
                .orElseThrow(() -> ProblemException.notFound("Challenge " + challengeId));
    }

    // ---- views --------------------------------------------------------------------------------

    private ProposalDto view(Proposal p) {
        List<StageView> stages = new ArrayList<>();
        for (Stage stage : p.challenge.stages) {
            boolean reached = stage.position <= p.stage;
            DraftDto draft = reached
                    ? StageDraft.of(p.id, stage.position)
                            .map(this::draftView)
                            .orElseGet(() -> filesOnlyDraft(p.id, stage.position))
                    : null;
            List<ReceiptDto> submissions = reached
                    ? Submission.<Submission>list(
                                    "proposalId = ?1 and stage = ?2 order by number", p.id, stage.position)
                            .stream()
                            .map(s -> receipt(s, p.challenge.id))
                            .toList()
                    : List.of();
            stages.add(new StageView(stage.position, stage.kind, stage.opensAt, stage.deadline, draft, submissions));
        }
        return new ProposalDto(
                p.id,
                p.challenge.id,
                p.challenge.title,
                p.company.id,
                p.status,
                p.stage,
                p.challenge.stages.size(),
                p.status.isFinal() ? null : p.stageAt(p.stage).deadline,
                stages,
                p.createdAt,
                p.updatedAt,
                p.version);
    }

    private static ProposalSummary summary(Proposal p) {
        return new ProposalSummary(
                p.id,
                p.challenge.id,
                p.challenge.title,
                p.status,
                p.stage,
                p.challenge.stages.size(),
                p.status.isFinal() ? null : p.stageAt(p.stage).deadline,
                p.updatedAt);
    }

    DraftDto draftView(StageDraft draft) {
        return new DraftDto(
                draft.stage,
                Canonical.read(draft.content),
                Attachment.onDraft(draft.proposalId, draft.stage).stream()
                        .map(ProposalService::attachmentView)
                        .toList(),
                draft.updatedAt,
                draft.version);
    }

    /** A stage with files but no saved fields yet still shows its files; with neither, no draft. */
    private static DraftDto filesOnlyDraft(UUID proposalId, int position) {
        List<AttachmentDto> files = Attachment.onDraft(proposalId, position).stream()
                .map(ProposalService::attachmentView)
                .toList();
        return files.isEmpty() ? null : new DraftDto(position, JsonNodeFactory.instance.objectNode(), files, null, 0);
    }

    static AttachmentDto attachmentView(Attachment a) {
        return new AttachmentDto(a.id, a.fileName, a.mediaType, a.sizeBytes, a.sha256);
    }

    private static ReceiptDto receipt(Submission s, UUID challengeId) {
        return new ReceiptDto(s.id, s.proposalId, challengeId, s.stage, s.number, s.submittedAt, s.sha256, s.content);
    }

    private static SubmissionDto submissionView(Submission s, UUID challengeId) {
        JsonNode content = Canonical.read(s.content);
        List<String> hashes = new ArrayList<>();
        content.path("attachments").forEach(a -> hashes.add(a.path("sha256").asText()));
        List<AttachmentDto> files = hashes.isEmpty()
                ? List.of()
                : Attachment.<Attachment>list(
                                "proposalId = ?1 and stage = ?2 and sha256 in ?3 order by fileName",
                                s.proposalId,
                                s.stage,
                                hashes)
                        .stream()
                        .map(ProposalService::attachmentView)
                        .toList();
        return new SubmissionDto(receipt(s, challengeId), content, files);
    }
}
