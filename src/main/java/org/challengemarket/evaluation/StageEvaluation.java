package org.challengemarket.evaluation;

import java.time.Instant;
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
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.proposal.ProposalStatus;

/**
 * The evaluation of one challenge stage, as an aggregate: the panel, the proposals with a counting
 * submission in the stage, declarations, scores and consensus. Its verbs (declare a conflict, save
 * and submit a score, record a consensus) check their own rules; it answers who is recused, which
 * spreads are flagged and (from the proposals' states) whether the stage's decision has been made.
 * {@link StageRanking} reads the ranking from it; {@link StageEvaluations} loads it.
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

    final Challenge challenge;
    final Stage stage;
    final List<PanelMember> panel;
    final List<Candidate> candidates;
    private final Map<UUID, Map<UUID, ConflictDeclaration>> declarations = new HashMap<>();
    private final Map<UUID, Map<UUID, EvaluationScore>> scores = new HashMap<>();
    private final Map<UUID, Map<Criterion, ConsensusScore>> consensus = new HashMap<>();
    private final EvaluationConfig config;
    private final Instant now;

    StageEvaluation(
            Challenge challenge,
            int position,
            List<PanelMember> panel,
            List<Candidate> candidates,
            List<ConflictDeclaration> declarations,
            List<EvaluationScore> scores,
            List<ConsensusScore> consensus,
            EvaluationConfig config,
            Instant now) {
        this.challenge = challenge;
        this.stage = challenge.stages.get(position - 1);
        this.panel = panel;
        this.candidates = candidates;
        this.config = config;
        this.now = now;
        declarations.forEach(this::add);
        scores.forEach(this::add);
        consensus.forEach(this::add);
    }

    // ---- verbs: each checks its own rules ---------------------------------------------------

    /**
     * An evaluator declares, before reading a proposal, whether it has a conflict of interest; a
     * conflict needs a reason and recuses it. A declaration never changes: repeating the one on
     * record changes nothing (empty), another answers 409. Returns the new declaration.
     */
    Optional<ConflictDeclaration> declareConflict(
            UUID proposalId, UUID evaluator, boolean conflict, String reason, Instant at) {
        seat(evaluator);
        candidate(proposalId).orElseThrow(() -> notOnPanel(proposalId));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (conflict && why == null) {
            throw ProblemException.invalid(
                    "reason", "say why you have a conflict of interest (at least 10 characters)");
        }
        Optional<ConflictDeclaration> existing = declaration(proposalId, evaluator);
        if (existing.isPresent()) {
            if (existing.get().sameAs(conflict, why)) {
                return Optional.empty();
            }
            throw ProblemException.conflict(
                    "You declared on this proposal at " + existing.get().declaredAt + "; a declaration never changes");
        }
        requireUndecided();
        return Optional.of(add(new ConflictDeclaration(
                challenge.id, position(), proposalId, evaluator, conflict, conflict ? why : null, at)));
    }

    /**
     * Saves an evaluator's draft score (started on the first save), once it declared no conflict
     * and until the stage is decided; {@code expectedVersion}, when given, must be the draft's.
     */
    EvaluationScore saveScore(
            UUID proposalId,
            UUID evaluator,
            Long expectedVersion,
            Map<Criterion, EvaluationScore.Mark> marks,
            Instant at) {
        requireDeclared(proposalId, evaluator);
        requireUndecided();
        Optional<EvaluationScore> existing = score(proposalId, evaluator);
        if (expectedVersion != null && existing.map(s -> s.version).orElse(0L) != expectedVersion) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The score changed since you read it");
        }
        EvaluationScore score =
                existing.orElseGet(() -> add(new EvaluationScore(challenge.id, position(), proposalId, evaluator, at)));
        score.saveDraft(marks, at);
        return score;
    }

    /** Submits an evaluator's saved score for good (a complete one, until the stage is decided). */
    EvaluationScore submitScore(UUID proposalId, UUID evaluator, Instant at) {
        requireDeclared(proposalId, evaluator);
        EvaluationScore score = score(proposalId, evaluator)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.RULE_VIOLATION, "Save a score before submitting it", List.of()));
        if (!score.isSubmitted()) {
            requireUndecided();
        }
        score.submit(at);
        return score;
    }

    /**
     * The chair records (or revises, until the decision) a consensus on the criteria given, once
     * every unconflicted evaluator submitted. Returns the consensus scores recorded.
     */
    List<ConsensusScore> recordConsensus(
            UUID proposalId, UUID chair, Map<Criterion, ConsensusScore.Agreement> agreements, Instant at) {
        if (!seat(chair).chair) {
            throw ProblemException.forbidden("Only the panel's chair records a consensus");
        }
        evaluable(proposalId, chair);
        requireUndecided();
        if (!fullyScored(proposalId)) {
            throw ProblemException.conflict(
                    "Every unconflicted evaluator must submit a score before the chair records a consensus");
        }
        if (agreements.isEmpty()) {
            throw ProblemException.invalid("body", "give a consensus for at least one criterion");
        }
        List<ConsensusScore> recorded = new ArrayList<>();
        agreements.forEach((criterion, agreement) -> {
            ConsensusScore score = consensus(proposalId).get(criterion);
            if (score == null) {
                score = add(new ConsensusScore(challenge.id, position(), proposalId, criterion));
            }
            score.record(agreement.points(), agreement.reason().strip(), chair, at);
            recorded.add(score);
        });
        return recorded;
    }

    // ---- rules shared by the verbs --------------------------------------------------------------

    /** The evaluator's seat on the panel; 404 for anyone the panel does not name. */
    PanelMember seat(UUID evaluator) {
        return panelMember(evaluator)
                .orElseThrow(() -> ProblemException.notFound("Evaluation of challenge " + challenge.id));
    }

    /** A proposal of the stage the evaluator sits for and is not recused from, else 404. */
    Candidate evaluable(UUID proposalId, UUID evaluator) {
        seat(evaluator);
        return candidate(proposalId)
                .filter(c -> !recused(proposalId, evaluator))
                .orElseThrow(() -> notOnPanel(proposalId));
    }

    private void requireDeclared(UUID proposalId, UUID evaluator) {
        evaluable(proposalId, evaluator);
        if (declaration(proposalId, evaluator).isEmpty()) {
            throw ProblemException.conflict("Declare whether you have a conflict of interest with this proposal first");
        }
    }

    private void requireUndecided() {
        if (decided()) {
            throw ProblemException.conflict("Stage " + position() + " has been decided; its evaluation is closed");
        }
    }

    private static ProblemException notOnPanel(UUID proposalId) {
        return ProblemException.notFound("Proposal " + proposalId + " on your panel");
    }

    private ConflictDeclaration add(ConflictDeclaration d) {
        declarations.computeIfAbsent(d.proposalId, k -> new HashMap<>()).put(d.evaluatorId, d);
        return d;
    }

    private EvaluationScore add(EvaluationScore s) {
        scores.computeIfAbsent(s.proposalId, k -> new HashMap<>()).put(s.evaluatorId, s);
        return s;
    }

    private ConsensusScore add(ConsensusScore s) {
        consensus
                .computeIfAbsent(s.proposalId, k -> new EnumMap<>(Criterion.class))
                .put(s.criterion, s);
        return s;
    }

    // ---- reading the stage ----------------------------------------------------------------------

    int position() {
        return stage.position;
    }

    boolean sealed() {
        return !stage.deadlinePassedAt(now);
    }

    Optional<PanelMember> panelMember(UUID evaluator) {
        return panel.stream().filter(m -> m.member.id.equals(evaluator)).findFirst();
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

    /** The stage's ranking, or what keeps it from being complete. */
    StageRanking ranking() {
        return new StageRanking(this, config);
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
