package org.challengemarket.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.challenge.Stage;
import org.challengemarket.evaluation.dto.EvaluationDtos.AssignmentDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.CriterionDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.CriterionSummaryDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.DeclarationDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.DeclarationState;
import org.challengemarket.evaluation.dto.EvaluationDtos.EvaluationItemDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.ModerationItemDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.PanelScoreDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.QueueItemDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.ScoreDto;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.proposal.ProposalService;
import org.challengemarket.proposal.dto.ProposalDtos.SubmissionDto;

/**
 * What an evaluator reads of its panels: its assignments, a stage's queue, one proposal (content
 * only after declaring no conflict, the panel's scores only after submitting its own), and the
 * chair's moderation list. Changes go through {@link EvaluationService}.
 */
@ApplicationScoped
public class EvaluationQueries {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

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
            list.add(CriterionDto.from(c, descriptors.of(c)));
        }
        return list;
    }

    /** The panels that name the caller, newest challenge first, with its progress on each. */
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
        StageEvaluation stage = seat.stage();
        UUID me = seat.evaluatorId();
        StageEvaluation.Candidate candidate = stage.evaluable(proposalId, me);
        Optional<ConflictDeclaration> declaration = stage.declaration(proposalId, me);
        SubmissionDto submission =
                declaration.isPresent() ? proposals.submissionForEvaluation(candidate.submissionId()) : null;
        Optional<EvaluationScore> own = stage.score(proposalId, me);
        boolean ownSubmitted = own.map(EvaluationScore::isSubmitted).orElse(false);
        List<PanelScoreDto> panelScores = new ArrayList<>();
        if (ownSubmitted) {
            for (PanelMember m : stage.unconflicted(proposalId)) {
                stage.score(proposalId, m.member.id)
                        .filter(EvaluationScore::isSubmitted)
                        .ifPresent(s -> panelScores.add(PanelScoreDto.from(m, s, m.member.id.equals(me))));
            }
        }
        return new EvaluationItemDto(
                stage.challenge.id,
                stage.position(),
                proposalId,
                candidate.companyName(),
                declaration.map(DeclarationDto::from).orElse(null),
                submission,
                own.map(ScoreDto::from).orElse(null),
                stage.fullyScored(proposalId),
                panelScores,
                ownSubmitted ? summaries(stage, proposalId) : List.of());
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

    /** Counts by challenge and stage (keyed "challenge/stage") of a grouped query. */
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
}
