package org.challengemarket.evaluation;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.challenge.Stage;
import org.challengemarket.proposal.ProposalStatus;

/**
 * Everything about the evaluation of one challenge stage, read in a fixed number of statements:
 * the panel, the proposals with a counting submission in the stage, declarations, scores and
 * consensus. Answers what is missing, which spreads are flagged, the ranking, and (from the
 * proposals' states) whether the stage's decision has been made.
 */
final class StageEvaluation {

    /** A proposal evaluated in the stage, with its counting submission. */
    record Candidate(
            UUID proposalId,
            UUID companyId,
            String companyName,
            ProposalStatus status,
            int proposalStage,
            UUID submissionId,
            Instant submittedAt) {}

    /** One thing that keeps the ranking from being complete. */
    record Missing(UUID proposalId, String field, String what) {}

    final Challenge challenge;
    final Stage stage;
    final List<PanelMember> panel;
    final List<Candidate> candidates;
    private final Map<UUID, Map<UUID, ConflictDeclaration>> declarations = new HashMap<>();
    private final Map<UUID, Map<UUID, EvaluationScore>> scores = new HashMap<>();
    private final Map<UUID, Map<Criterion, ConsensusScore>> consensus = new HashMap<>();
    private final EvaluationConfig config;
    private final Instant now;

    private StageEvaluation(
            Challenge challenge,
            Stage stage,
            List<PanelMember> panel,
            List<Candidate> candidates,
            EvaluationConfig config,
            Instant now) {
        this.challenge = challenge;
        this.stage = stage;
        this.panel = panel;
        this.candidates = candidates;
        this.config = config;
        this.now = now;
    }

    /** Loads a stage's evaluation: six statements, whatever the number of proposals or evaluators. */
    static StageEvaluation load(
            EntityManager em, Challenge challenge, int position, EvaluationConfig config, Instant now) {
        Stage stage = challenge.stages.get(position - 1);
        List<PanelMember> panel = em.createQuery(
                        "select m from PanelMember m join fetch m.member mm join fetch mm.organisation where m.challengeId = :c and m.stage = :n"
                                + " order by m.chair desc, m.addedAt, m.id",
                        PanelMember.class)
                .setParameter("c", challenge.id)
                .setParameter("n", position)
                .getResultList();
        List<Candidate> candidates = new ArrayList<>();
        if (stage.deadlinePassedAt(now)) {
            List<Object[]> rows = em.createQuery(
                            "select p.id, c.id, c.name, p.status, p.stage, s.id, s.submittedAt"
                                    + " from Proposal p join p.company c, Submission s"
                                    + " where s.proposalId = p.id and p.challenge.id = :c and s.stage = :n"
                                    + " and not (p.status = :withdrawn and p.stage = :n)"
                                    + " and s.number = (select max(o.number) from Submission o"
                                    + " where o.proposalId = s.proposalId and o.stage = s.stage)"
                                    + " order by s.submittedAt, p.id",
                            Object[].class)
                    .setParameter("c", challenge.id)
                    .setParameter("n", position)
                    .setParameter("withdrawn", ProposalStatus.WITHDRAWN)
                    .getResultList();
            for (Object[] r : rows) {
                candidates.add(new Candidate(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        (ProposalStatus) r[3],
                        (Integer) r[4],
                        (UUID) r[5],
                        (Instant) r[6]));
            }
        }
        StageEvaluation e = new StageEvaluation(challenge, stage, panel, candidates, config, now);
        for (ConflictDeclaration d : em.createQuery(
                        "select d from ConflictDeclaration d where d.challengeId = :c and d.stage = :n",
                        ConflictDeclaration.class)
                .setParameter("c", challenge.id)
                .setParameter("n", position)
                .getResultList()) {
            e.declarations.computeIfAbsent(d.proposalId, k -> new HashMap<>()).put(d.evaluatorId, d);
        }
        for (EvaluationScore s : em.createQuery(
                        "select s from EvaluationScore s where s.challengeId = :c and s.stage = :n",
                        EvaluationScore.class)
                .setParameter("c", challenge.id)
                .setParameter("n", position)
                .getResultList()) {
            e.scores.computeIfAbsent(s.proposalId, k -> new HashMap<>()).put(s.evaluatorId, s);
        }
        for (ConsensusScore s : em.createQuery(
                        "select s from ConsensusScore s where s.challengeId = :c and s.stage = :n",
                        ConsensusScore.class)
                .setParameter("c", challenge.id)
                .setParameter("n", position)
                .getResultList()) {
            e.consensus
                    .computeIfAbsent(s.proposalId, k -> new EnumMap<>(Criterion.class))
                    .put(s.criterion, s);
        }
        return e;
    }

    int position() {
        return stage.position;
    }

    boolean sealed() {
        return !stage.deadlinePassedAt(now);
    }

    Optional<PanelMember> panelMember(UUID evaluator) {
        return panel.stream().filter(m -> m.member.id.equals(evaluator)).findFirst();
    }

    Optional<PanelMember> chair() {
        return panel.stream().filter(m -> m.chair).findFirst();
    }

    Optional<Candidate> candidate(UUID proposalId) {
        return candidates.stream()
                .filter(c -> c.proposalId().equals(proposalId))
                .findFirst();
    }

    Optional<ConflictDeclaration> declaration(UUID proposalId, UUID evaluator) {
        return Optional.ofNullable(
                declarations.getOrDefault(proposalId, Map.of()).get(evaluator));
    }

    boolean recused(UUID proposalId, UUID evaluator) {
        return declaration(proposalId, evaluator).map(d -> d.conflict).orElse(false);
    }

    Optional<EvaluationScore> score(UUID proposalId, UUID evaluator) {
        return Optional.ofNullable(scores.getOrDefault(proposalId, Map.of()).get(evaluator));
    }

    /** Panel members not recused from the proposal (including those who have not declared yet). */
    List<PanelMember> unconflicted(UUID proposalId) {
        return panel.stream().filter(m -> !recused(proposalId, m.member.id)).toList();
    }

    /** Submitted scores of the proposal's unconflicted evaluators, in panel order. */
    List<EvaluationScore> submittedScores(UUID proposalId) {
        List<EvaluationScore> submitted = new ArrayList<>();
        for (PanelMember m : unconflicted(proposalId)) {
            score(proposalId, m.member.id).filter(EvaluationScore::isSubmitted).ifPresent(submitted::add);
        }
        return submitted;
    }

    /** True once every unconflicted evaluator (at least the minimum) has submitted for the proposal. */
    boolean fullyScored(UUID proposalId) {
        List<PanelMember> evaluators = unconflicted(proposalId);
        return evaluators.size() >= config.minimumEvaluators()
                && submittedScores(proposalId).size() == evaluators.size();
    }

    Map<Criterion, ConsensusScore> consensus(UUID proposalId) {
        return consensus.getOrDefault(proposalId, Map.of());
    }

    /** Highest minus lowest submitted points per criterion. */
    Map<Criterion, Integer> spreads(UUID proposalId) {
        List<EvaluationScore> submitted = submittedScores(proposalId);
        Map<Criterion, Integer> spreads = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            spreads.put(
                    c, Ranking.spread(submitted.stream().map(s -> s.points(c)).toList()));
        }
        return spreads;
    }

    boolean flagged(UUID proposalId, Criterion criterion) {
        return spreads(proposalId).get(criterion) >= config.spreadThreshold();
    }

    boolean anyFlagged(UUID proposalId) {
        return spreads(proposalId).values().stream().anyMatch(s -> s >= config.spreadThreshold());
    }

    /** Consensus, else the mean of submitted scores; empty while nothing is submitted. */
    Map<Criterion, BigDecimal> criterionScores(UUID proposalId) {
        List<EvaluationScore> submitted = submittedScores(proposalId);
        Map<Criterion, ConsensusScore> agreed = consensus(proposalId);
        Map<Criterion, BigDecimal> result = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            if (agreed.containsKey(c)) {
                result.put(c, BigDecimal.valueOf(agreed.get(c).points).setScale(Ranking.SCALE));
            } else if (!submitted.isEmpty()) {
                result.put(
                        c, Ranking.mean(submitted.stream().map(s -> s.points(c)).toList()));
            }
        }
        return result;
    }

    /** Everything that keeps the ranking from being complete, in the order a reader fixes it. */
    List<Missing> missing() {
        List<Missing> missing = new ArrayList<>();
        if (panel.isEmpty()) {
            missing.add(new Missing(null, "panel", "the agency has not named a panel for stage " + position()));
        }
        if (sealed()) {
            missing.add(new Missing(null, "stage", "stage " + position() + " is sealed until " + stage.deadline));
            return missing;
        }
        if (candidates.isEmpty()) {
            missing.add(new Missing(null, "proposals", "no proposal was submitted in stage " + position()));
        }
        if (panel.isEmpty()) {
            return missing;
        }
        for (Candidate c : candidates) {
            String field = "proposals." + c.proposalId();
            List<PanelMember> evaluators = unconflicted(c.proposalId());
            if (evaluators.size() < config.minimumEvaluators()) {
                missing.add(new Missing(
                        c.proposalId(),
                        field,
                        c.companyName() + " has " + evaluators.size() + " unconflicted evaluator(s); the agency must"
                                + " add one so that at least " + config.minimumEvaluators() + " score it"));
            }
            for (PanelMember m : evaluators) {
                boolean submitted = score(c.proposalId(), m.member.id)
                        .map(EvaluationScore::isSubmitted)
                        .orElse(false);
                if (!submitted) {
                    missing.add(new Missing(
                            c.proposalId(),
                            field,
                            m.member.displayName + " has not submitted a score for " + c.companyName()));
                }
            }
            if (fullyScored(c.proposalId())) {
                for (Criterion criterion : Criterion.values()) {
                    if (flagged(c.proposalId(), criterion)
                            && !consensus(c.proposalId()).containsKey(criterion)) {
                        missing.add(new Missing(
                                c.proposalId(),
                                field,
                                "the scores of " + c.companyName() + " on " + criterion + " spread by "
                                        + spreads(c.proposalId()).get(criterion)
                                        + " points: the chair must record a consensus"));
                    }
                }
            }
        }
        return missing;
    }

    boolean complete() {
        return missing().isEmpty();
    }

    /** The ranking of every candidate; only meaningful when {@link #complete()}. */
    List<Ranking.Ranked> ranking() {
        List<Ranking.Scored> scored = candidates.stream()
                .map(c -> new Ranking.Scored(c.proposalId(), c.submittedAt(), criterionScores(c.proposalId())))
                .toList();
        return Ranking.rank(scored, challenge.getWeights().byCriterion());
    }

    /** The complete ranking as the decisions take it. */
    List<RankedProposal> rankedProposals() {
        Map<UUID, Candidate> byId = new LinkedHashMap<>();
        candidates.forEach(c -> byId.put(c.proposalId(), c));
        return ranking().stream()
                .map(r -> {
                    Candidate c = byId.get(r.scored().proposalId());
                    return new RankedProposal(
                            c.proposalId(),
                            c.companyId(),
                            c.companyName(),
                            r.rank(),
                            r.weightedTotal(),
                            c.submittedAt());
                })
                .toList();
    }

    /**
     * True when the stage's decision was made, read from the proposals' states so the shortlist
     * and the award both count: no candidate is still waiting in this stage.
     */
    boolean decided() {
        return !candidates.isEmpty() && candidates.stream().noneMatch(this::waiting);
    }

    /** Whether the candidate went on from this stage: shortlisted into a later stage, or awarded. */
    static boolean wentOn(Candidate c, int position) {
        return c.proposalStage() > position || c.status() == ProposalStatus.AWARDED;
    }

    private boolean waiting(Candidate c) {
        boolean stopped = c.status() == ProposalStatus.NOT_SHORTLISTED || c.status() == ProposalStatus.NOT_AWARDED;
        return !stopped && !wentOn(c, position());
    }
}
