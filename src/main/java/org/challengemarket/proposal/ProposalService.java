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
import org.challengemarket.platform.error.Problem;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.error.RuleViolations;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.proposal.dto.ProposalDtos.DraftDto;
import org.challengemarket.proposal.dto.ProposalDtos.DraftRequest;
import org.challengemarket.proposal.dto.ProposalDtos.ProposalDto;
import org.challengemarket.proposal.dto.ProposalDtos.ProposalSummary;
import org.challengemarket.proposal.dto.ProposalDtos.ReceiptDto;
import org.challengemarket.proposal.dto.ProposalDtos.StageCount;
import org.challengemarket.proposal.dto.ProposalDtos.StageView;
import org.challengemarket.proposal.dto.ProposalDtos.SubmissionDto;

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

    @Inject
    ProposalAccess access;

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
        return view(access.own(id, LockModeType.NONE));
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
                proposals.stream().map(ProposalSummary::from).toList();
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
        return proposal.map(ProposalSummary::from);
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
                .filter(c -> c.stages.entryOpenAt(clock.instant()));
        return company.isPresent()
                && challenge.isPresent()
                && Proposal.count("challenge = ?1 and company = ?2", challenge.get(), company.get()) == 0;
    }

    @Transactional
    public DraftDto saveDraft(UUID id, int position, Long expectedVersion, DraftRequest request) {
        Proposal proposal = access.own(id, LockModeType.PESSIMISTIC_WRITE);
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
        draft.write(fields, now);
        if (existing.isEmpty()) {
            draft.persist();
        }
        proposal.drafted(now);
        em.flush();
        return DraftDto.from(draft, Attachment.onDraft(id, position));
    }

    /**
     * Seals the current draft of a stage as a new submission version and answers its receipt.
     * The deadline is checked on the service clock after the proposal is locked, so a submission
     * racing the deadline is either accepted before it or refused with nothing stored.
     */
    @Transactional
    public ReceiptDto submit(UUID id, int position) {
        Proposal proposal = access.ownToSubmit(id);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Stage stage = proposal.requireOpenStage(position, now);
        CompanyProfile profile = profiles.find(proposal.company.id)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.RULE_VIOLATION,
                        "Complete your company profile first: every proposal reuses it",
                        List.of(new Problem.FieldError("profile", "is missing"))));
        JsonNode fields =
                StageDraft.of(id, position).map(StageDraft::fields).orElseGet(JsonNodeFactory.instance::objectNode);
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
        return ReceiptDto.from(submission, proposal.challenge.id);
    }

    @Transactional
    public ProposalDto withdraw(UUID id) {
        Proposal proposal = access.own(id, LockModeType.PESSIMISTIC_WRITE);
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
        Proposal proposal = access.readable(submission.proposalId, submission.stage)
                .orElseThrow(() -> ProblemException.notFound("Submission " + submissionId));
        return submissionView(submission, proposal.challenge.id);
    }

    /** What the agency may know before a deadline: counts per stage. */
    @Transactional
    public List<StageCount> counts(UUID challengeId) {
        Challenge challenge = access.ownAgencyChallenge(challengeId);
        Instant now = clock.instant();
        List<StageCount> counts = new ArrayList<>();
        for (Stage stage : challenge.stages) {
            long submitted = Submission.proposalsSubmitted(challenge, stage.position);
            long shortlisted = Proposal.count("challenge = ?1 and stage > ?2", challenge, stage.position);
            counts.add(StageCount.from(stage, now, submitted, shortlisted));
        }
        return counts;
    }

    /** Every proposal's counting submission of a stage, for the agency once its deadline passed. */
    @Transactional
    public List<SubmissionDto> stageSubmissions(UUID challengeId, int position) {
        Challenge challenge = access.ownAgencyChallenge(challengeId);
        Stage stage = challenge
                .stages
                .at(position)
                .orElseThrow(() -> ProblemException.notFound("Stage " + position + " of challenge " + challengeId));
        if (!stage.deadlinePassedAt(clock.instant())) {
            throw ProblemException.conflict("Submissions of stage " + position + " are sealed until " + stage.deadline);
        }
        return Submission.countingOfStage(challenge, position).stream()
                .map(s -> submissionView(s, challengeId))
                .toList();
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

    private ProposalDto view(Proposal p) {
        List<StageView> stages = new ArrayList<>();
        for (Stage stage : p.challenge.stages) {
            boolean reached = stage.position <= p.stage;
            DraftDto draft = reached ? draftView(p.id, stage.position) : null;
            List<ReceiptDto> submissions = reached
                    ? Submission.ofStage(p.id, stage.position).stream()
                            .map(s -> ReceiptDto.from(s, p.challenge.id))
                            .toList()
                    : List.of();
            stages.add(StageView.from(stage, draft, submissions));
        }
        return ProposalDto.from(p, stages);
    }

    private static DraftDto draftView(UUID proposalId, int position) {
        List<Attachment> files = Attachment.onDraft(proposalId, position);
        return StageDraft.of(proposalId, position)
                .map(d -> DraftDto.from(d, files))
                .orElseGet(() -> DraftDto.filesOnly(position, files));
    }

    private static SubmissionDto submissionView(Submission s, UUID challengeId) {
        return SubmissionDto.from(s, challengeId, Attachment.listedIn(s));
    }
}
