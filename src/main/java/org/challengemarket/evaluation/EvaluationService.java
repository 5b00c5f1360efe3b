package org.challengemarket.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.challenge.Stage;
import org.challengemarket.evaluation.dto.EvaluationDtos.AssignmentDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.ConsensusMark;
import org.challengemarket.evaluation.dto.EvaluationDtos.ConsensusRequest;
import org.challengemarket.evaluation.dto.EvaluationDtos.CriterionDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.CriterionSummaryDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.DeclarationDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.DeclarationRequest;
import org.challengemarket.evaluation.dto.EvaluationDtos.DeclarationState;
import org.challengemarket.evaluation.dto.EvaluationDtos.EvaluationItemDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.MarkDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.MarkRequest;
import org.challengemarket.evaluation.dto.EvaluationDtos.ModerationItemDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.PanelScoreDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.QueueItemDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.ScoreDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.ScoreRequest;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.proposal.ProposalService;
import org.challengemarket.proposal.dto.ProposalDtos.SubmissionDto;

/**
 * An evaluator's work on its panels: declare conflicts of interest before reading, score each
 * proposal independently (draft, then submit for good), see the panel's scores only after its own
 * is submitted; the chair records consensus where scores spread widely.
 */
@ApplicationScoped
public class EvaluationService {

    private static final String AUDIT_TYPE = "proposal";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    EvaluationAccess access;

    @Inject
    EvaluationConfig config;

    @Inject
    Descriptors descriptors;

    @Inject
    ProposalService proposals;

    /** The fixed criteria with their anchored descriptors. */
    public List<CriterionDto> criteria() {
        List<CriterionDto> list = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            list.add(new CriterionDto(c, ScoreFields.of(c), c.description(), descriptors.of(c)));
        }
        return list;
    }

    /** The panels that name the caller, newest deadline first, with its progress on each. */
    @Transactional
    public PageDto<AssignmentDto> assignments(PageRequest page) {
        Optional<UUID> me = access.evaluatorId();
        if (me.isEmpty()) {
            return PageDto.of(List.of(), page, 0);
        }
        long total = PanelMember.count("member.id", me.get());
        List<PanelMember> seats = em.createQuery(
                        "select m from PanelMember m, Challenge c where c.id = m.challengeId and m.member.id = :me"
                                + " order by c.createdAt desc, m.stage, m.id",
                        PanelMember.class)
                .setParameter("me", me.get())
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        if (seats.isEmpty()) {
            return PageDto.of(List.of(), page, total);
        }
        List<UUID> ids = seats.stream().map(s -> s.challengeId).distinct().toList();
        Map<UUID, Challenge> challenges = new HashMap<>();
        em.createQuery(
                        "select distinct c from Challenge c left join fetch c.stages.list where c.id in :ids",
                        Challenge.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(c -> challenges.put(c.id, c));
        Map<String, Long> proposalsIn = counts(
                "select p.challenge.id, s.stage, count(distinct p.id) from Submission s, Proposal p"
                        + " where s.proposalId = p.id and p.challenge.id in :ids"
                        + " and not (p.status = org.challengemarket.proposal.ProposalStatus.WITHDRAWN"
                        + " and p.stage = s.stage) group by p.challenge.id, s.stage",
                ids,
                me.get());
        Map<String, Long> declared = counts(
                "select d.challengeId, d.stage, count(d) from ConflictDeclaration d where d.challengeId in :ids"
                        + " and d.evaluatorId = :me group by d.challengeId, d.stage",
                ids,
                me.get());
        Map<String, Long> recused = counts(
                "select d.challengeId, d.stage, count(d) from ConflictDeclaration d where d.challengeId in :ids"
                        + " and d.evaluatorId = :me and d.conflict = true group by d.challengeId, d.stage",
                ids,
                me.get());
        Map<String, Long> scored = counts(
                "select s.challengeId, s.stage, count(s) from EvaluationScore s where s.challengeId in :ids"
                        + " and s.evaluatorId = :me and s.status = org.challengemarket.evaluation.ScoreStatus.SUBMITTED"
                        + " group by s.challengeId, s.stage",
                ids,
                me.get());
        Instant now = clock.instant();
        List<AssignmentDto> items = new ArrayList<>();
        for (PanelMember seat : seats) {
            Challenge c = challenges.get(seat.challengeId);
            Stage stage = c.stages.get(seat.stage - 1);
            boolean sealed = !stage.deadlinePassedAt(now);
            String key = seat.challengeId + "/" + seat.stage;
            int n = sealed ? 0 : proposalsIn.getOrDefault(key, 0L).intValue();
            int d = declared.getOrDefault(key, 0L).intValue();
            int r = recused.getOrDefault(key, 0L).intValue();
            int s = scored.getOrDefault(key, 0L).intValue();
            items.add(new AssignmentDto(
                    c.id,
                    c.title,
                    seat.stage,
                    stage.kind,
                    stage.deadline,
                    seat.chair,
                    sealed,
                    n,
                    d,
                    r,
                    s,
                    sealed ? "sealed until " + stage.deadline : s + " of " + (n - r) + " scored"));
        }
        return PageDto.of(items, page, total);
    }

    /** True when the caller chairs the stage's panel (404 when it is not on it). */
    @Transactional
    public boolean chairs(UUID challengeId, int position) {
        return access.panelStage(challengeId, position, LockModeType.NONE).member().chair;
    }

    /** The proposals of a stage the caller evaluates, with where it stands on each. */
    @Transactional
    public List<QueueItemDto> queue(UUID challengeId, int position) {
        EvaluationAccess.PanelSeat seat = access.panelStage(challengeId, position, LockModeType.NONE);
        StageEvaluation stage = seat.stage();
        UUID me = seat.evaluatorId();
        return stage.candidates.stream()
                .map(c -> new QueueItemDto(
                        c.proposalId(),
                        c.companyName(),
                        c.submittedAt(),
                        stage.declaration(c.proposalId(), me)
                                .map(d -> d.conflict ? DeclarationState.CONFLICT : DeclarationState.NO_CONFLICT)
                                .orElse(DeclarationState.UNDECLARED),
                        stage.recused(c.proposalId(), me)
                                ? null
                                : stage.score(c.proposalId(), me)
                                        .map(s -> s.status)
                                        .orElse(null)))
                .toList();
    }

    /** One proposal as the caller may see it: content only after declaring no conflict. */
    @Transactional
    public EvaluationItemDto item(UUID challengeId, int position, UUID proposalId) {
        EvaluationAccess.PanelSeat seat = access.panelStage(challengeId, position, LockModeType.NONE);
        StageEvaluation.Candidate candidate = access.candidate(seat, proposalId);
        return item(seat, candidate);
    }

    @Transactional
    public DeclarationDto declare(UUID challengeId, int position, UUID proposalId, DeclarationRequest request) {
        EvaluationAccess.PanelSeat seat = access.panelStage(challengeId, position, LockModeType.PESSIMISTIC_WRITE);
        StageEvaluation stage = seat.stage();
        UUID me = seat.evaluatorId();
        StageEvaluation.Candidate candidate = stage.candidate(proposalId)
                .orElseThrow(() -> ProblemException.notFound("Proposal " + proposalId + " on your panel"));
        boolean conflict = request.conflict();
        String reason = request.reason() == null || request.reason().isBlank()
                ? null
                : request.reason().strip();
        if (conflict && reason == null) {
            throw ProblemException.invalid(
                    "reason", "say why you have a conflict of interest (at least 10 characters)");
        }
        Optional<ConflictDeclaration> existing = stage.declaration(proposalId, me);
        if (existing.isPresent()) {
            if (existing.get().sameAs(conflict, reason)) {
                return view(existing.get());
            }
            throw ProblemException.conflict(
                    "You declared on this proposal at " + existing.get().declaredAt + "; a declaration never changes");
        }
        requireUndecided(stage);
        ConflictDeclaration declaration = new ConflictDeclaration(
                challengeId, position, proposalId, me, conflict, conflict ? reason : null, now());
        declaration.persist();
        em.flush();
        audit.record(
                conflict ? "evaluation.conflict_declared" : "evaluation.no_conflict_declared",
                AUDIT_TYPE,
                proposalId,
                "stage " + position + " evaluator " + me + (conflict ? ": " + reason : ""));
        return view(declaration);
    }

    @Transactional
    public ScoreDto saveScore(
            UUID challengeId, int position, UUID proposalId, Long expectedVersion, ScoreRequest request) {
        EvaluationAccess.PanelSeat seat = access.panelStage(challengeId, position, LockModeType.PESSIMISTIC_WRITE);
        StageEvaluation.Candidate candidate = access.candidate(seat, proposalId);
        requireDeclaredNoConflict(seat, candidate);
        requireUndecided(seat.stage());
        Optional<EvaluationScore> existing = seat.stage().score(proposalId, seat.evaluatorId());
        if (expectedVersion != null && existing.map(s -> s.version).orElse(0L) != expectedVersion) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The score changed since you read it");
        }
        EvaluationScore score = existing.orElseGet(
                () -> new EvaluationScore(challengeId, position, proposalId, seat.evaluatorId(), now()));
        Map<Criterion, EvaluationScore.Mark> marks = new EnumMap<>(Criterion.class);
        ScoreRequest body = request == null ? new ScoreRequest(null, null, null) : request;
        marks.put(Criterion.PROBLEM_SOLVING, mark(body.problemSolving()));
        marks.put(Criterion.TEAM_MOTIVATION, mark(body.teamMotivation()));
        marks.put(Criterion.IMPLEMENTATION_COST, mark(body.implementationCost()));
        score.saveDraft(marks, now());
        if (existing.isEmpty()) {
            score.persist();
        }
        em.flush();
        return view(score);
    }

    @Transactional
    public ScoreDto submitScore(UUID challengeId, int position, UUID proposalId) {
        EvaluationAccess.PanelSeat seat = access.panelStage(challengeId, position, LockModeType.PESSIMISTIC_WRITE);
        StageEvaluation.Candidate candidate = access.candidate(seat, proposalId);
        requireDeclaredNoConflict(seat, candidate);
        EvaluationScore score = seat.stage()
                .score(proposalId, seat.evaluatorId())
                .orElseThrow(() -> new ProblemException(
                        ProblemType.RULE_VIOLATION, "Save a score before submitting it", List.of()));
        if (!score.isSubmitted()) {
            requireUndecided(seat.stage());
        }
        score.submit(now());
        em.flush();
        StringBuilder details = new StringBuilder("stage " + position + " evaluator " + seat.evaluatorId() + ":");
        score.marks()
                .forEach((c, m) -> details.append(' ').append(c).append('=').append(m.points()));
        audit.record("evaluation.score_submitted", AUDIT_TYPE, proposalId, details.toString());
        return view(score);
    }

    /** The chair's consensus on the criteria named; allowed once every unconflicted evaluator submitted. */
    @Transactional
    public EvaluationItemDto consensus(UUID challengeId, int position, UUID proposalId, ConsensusRequest request) {
        EvaluationAccess.PanelSeat seat = access.panelStage(challengeId, position, LockModeType.PESSIMISTIC_WRITE);
        StageEvaluation stage = seat.stage();
        if (!seat.member().chair) {
            throw ProblemException.forbidden("Only the panel's chair records a consensus");
        }
        StageEvaluation.Candidate candidate = access.candidate(seat, proposalId);
        requireUndecided(stage);
        if (!stage.fullyScored(proposalId)) {
            throw ProblemException.conflict(
                    "Every unconflicted evaluator must submit a score before the chair records a consensus");
        }
        Map<Criterion, ConsensusMark> marks = new EnumMap<>(Criterion.class);
        if (request != null) {
            put(marks, Criterion.PROBLEM_SOLVING, request.problemSolving());
            put(marks, Criterion.TEAM_MOTIVATION, request.teamMotivation());
            put(marks, Criterion.IMPLEMENTATION_COST, request.implementationCost());
        }
        if (marks.isEmpty()) {
            throw ProblemException.invalid("body", "give a consensus for at least one criterion");
        }
        Map<Criterion, ConsensusScore> existing = stage.consensus(proposalId);
        StringBuilder details = new StringBuilder("stage " + position + ":");
        for (Map.Entry<Criterion, ConsensusMark> e : marks.entrySet()) {
            ConsensusScore score = existing.get(e.getKey());
            boolean created = score == null;
            if (created) {
                score = new ConsensusScore(challengeId, position, proposalId, e.getKey());
            }
            score.record(e.getValue().points(), e.getValue().reason().strip(), seat.evaluatorId(), now());
            if (created) {
                score.persist();
            }
            details.append(' ')
                    .append(e.getKey())
                    .append('=')
                    .append(e.getValue().points());
        }
        em.flush();
        audit.record("evaluation.consensus_recorded", AUDIT_TYPE, proposalId, details.toString());
        em.flush();
        em.clear();
        EvaluationAccess.PanelSeat fresh = access.panelStage(challengeId, position, LockModeType.NONE);
        return item(fresh, access.candidate(fresh, candidate.proposalId()));
    }

    /** The chair's list: every proposal with its scores' spreads, flagged ones needing a consensus. */
    @Transactional
    public List<ModerationItemDto> moderation(UUID challengeId, int position) {
        EvaluationAccess.PanelSeat seat = access.panelStage(challengeId, position, LockModeType.NONE);
        if (!seat.member().chair) {
            throw ProblemException.forbidden("Only the panel's chair moderates");
        }
        StageEvaluation stage = seat.stage();
        return stage.candidates.stream()
                .map(c -> {
                    boolean recused = stage.recused(c.proposalId(), seat.evaluatorId());
                    boolean full = stage.fullyScored(c.proposalId());
                    return new ModerationItemDto(
                            c.proposalId(),
                            c.companyName(),
                            full,
                            recused ? 0 : stage.submittedScores(c.proposalId()).size(),
                            recused ? 0 : stage.unconflicted(c.proposalId()).size(),
                            !recused && full && stage.anyFlagged(c.proposalId()),
                            recused,
                            recused || !full ? List.of() : summaries(stage, c.proposalId()));
                })
                .toList();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private EvaluationItemDto item(EvaluationAccess.PanelSeat seat, StageEvaluation.Candidate candidate) {
        StageEvaluation stage = seat.stage();
        UUID me = seat.evaluatorId();
        UUID id = candidate.proposalId();
        Optional<ConflictDeclaration> declaration = stage.declaration(id, me);
        SubmissionDto submission =
                declaration.isPresent() ? proposals.submissionForEvaluation(candidate.submissionId()) : null;
        Optional<EvaluationScore> own = stage.score(id, me);
        boolean ownSubmitted = own.map(EvaluationScore::isSubmitted).orElse(false);
        List<PanelScoreDto> panelScores = new ArrayList<>();
        if (ownSubmitted) {
            for (PanelMember m : stage.unconflicted(id)) {
                stage.score(id, m.member.id)
                        .filter(EvaluationScore::isSubmitted)
                        .ifPresent(s -> {
                            Map<Criterion, EvaluationScore.Mark> marks = s.marks();
                            panelScores.add(new PanelScoreDto(
                                    m.member.displayName,
                                    m.member.id.equals(me),
                                    view(marks.get(Criterion.PROBLEM_SOLVING)),
                                    view(marks.get(Criterion.TEAM_MOTIVATION)),
                                    view(marks.get(Criterion.IMPLEMENTATION_COST))));
                        });
            }
        }
        return new EvaluationItemDto(
                stage.challenge.id,
                stage.position(),
                id,
                candidate.companyName(),
                declaration.map(EvaluationService::view).orElse(null),
                submission,
                own.map(EvaluationService::view).orElse(null),
                stage.fullyScored(id),
                panelScores,
                ownSubmitted ? summaries(stage, id) : List.of());
    }

    private List<CriterionSummaryDto> summaries(StageEvaluation stage, UUID proposalId) {
        List<EvaluationScore> submitted = stage.submittedScores(proposalId);
        Map<Criterion, Integer> spreads = stage.spreads(proposalId);
        Map<Criterion, ConsensusScore> agreed = stage.consensus(proposalId);
        List<CriterionSummaryDto> list = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            ConsensusScore consensus = agreed.get(c);
            list.add(new CriterionSummaryDto(
                    c,
                    submitted.isEmpty()
                            ? null
                            : Ranking.mean(
                                    submitted.stream().map(s -> s.points(c)).toList()),
                    spreads.get(c),
                    spreads.get(c) >= config.spreadThreshold(),
                    consensus == null ? null : consensus.points,
                    consensus == null ? null : consensus.reason));
        }
        return list;
    }

    private static void requireDeclaredNoConflict(EvaluationAccess.PanelSeat seat, StageEvaluation.Candidate c) {
        if (seat.stage().declaration(c.proposalId(), seat.evaluatorId()).isEmpty()) {
            throw ProblemException.conflict("Declare whether you have a conflict of interest with this proposal first");
        }
    }

    private static void requireUndecided(StageEvaluation stage) {
        if (stage.decided()) {
            throw ProblemException.conflict(
                    "Stage " + stage.position() + " has been decided; its evaluation is closed");
        }
    }

    private static void put(Map<Criterion, ConsensusMark> marks, Criterion criterion, ConsensusMark mark) {
        if (mark != null) {
            marks.put(criterion, mark);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Map<String, Long> counts(String jpql, List<UUID> challengeIds, UUID me) {
        Map<String, Long> counts = new HashMap<>();
        var query = em.createQuery(jpql, Object[].class).setParameter("ids", challengeIds);
        if (jpql.contains(":me")) {
            query.setParameter("me", me);
        }
        for (Object[] row : query.getResultList()) {
            counts.put(row[0] + "/" + row[1], (Long) row[2]);
        }
        return counts;
    }

    private static EvaluationScore.Mark mark(MarkRequest request) {
        return request == null ? null : new EvaluationScore.Mark(request.points(), request.justification());
    }

    private static MarkDto view(EvaluationScore.Mark mark) {
        return new MarkDto(mark.points(), mark.justification());
    }

    private static ScoreDto view(EvaluationScore s) {
        Map<Criterion, EvaluationScore.Mark> marks = s.marks();
        return new ScoreDto(
                s.proposalId,
                s.stage,
                s.status,
                view(marks.get(Criterion.PROBLEM_SOLVING)),
                view(marks.get(Criterion.TEAM_MOTIVATION)),
                view(marks.get(Criterion.IMPLEMENTATION_COST)),
                s.updatedAt,
                s.submittedAt,
                s.version);
    }

    private static DeclarationDto view(ConflictDeclaration d) {
        return new DeclarationDto(d.proposalId, d.stage, d.conflict, d.reason, d.declaredAt);
    }
}
