package org.challengemarket.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.evaluation.dto.EvaluationDtos.ConsensusRequest;
import org.challengemarket.evaluation.dto.EvaluationDtos.DeclarationDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.DeclarationRequest;
import org.challengemarket.evaluation.dto.EvaluationDtos.EvaluationItemDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.ScoreDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.ScoreRequest;
import org.challengemarket.platform.audit.AuditLog;

/**
 * An evaluator's work on its panels: declare conflicts of interest before reading, score each
 * proposal independently (draft, then submit for good); the chair records consensus where scores
 * spread widely. Each change loads the stage's {@link StageEvaluation}, calls its verb, stores and
 * audits; {@link EvaluationQueries} answers what an evaluator reads.
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
    EvaluationQueries queries;

    @Transactional
    public DeclarationDto declare(UUID challengeId, int position, UUID proposalId, DeclarationRequest request) {
        EvaluationAccess.PanelSeat seat = access.panelStage(challengeId, position, LockModeType.PESSIMISTIC_WRITE);
        UUID me = seat.evaluatorId();
        Optional<ConflictDeclaration> made =
                seat.stage().declareConflict(proposalId, me, request.conflict(), request.reason(), now());
        made.ifPresent(d -> {
            d.persist();
            em.flush();
            audit.record(
                    d.conflict ? "evaluation.conflict_declared" : "evaluation.no_conflict_declared",
                    AUDIT_TYPE,
                    proposalId,
                    "stage " + position + " evaluator " + me + (d.conflict ? ": " + d.reason : ""));
        });
        return DeclarationDto.from(seat.stage().declaration(proposalId, me).orElseThrow());
    }

    @Transactional
    public ScoreDto saveScore(
            UUID challengeId, int position, UUID proposalId, Long expectedVersion, ScoreRequest request) {
        EvaluationAccess.PanelSeat seat = access.panelStage(challengeId, position, LockModeType.PESSIMISTIC_WRITE);
        Map<Criterion, EvaluationScore.Mark> marks = request == null ? Map.of() : request.toMarks();
        EvaluationScore score = seat.stage().saveScore(proposalId, seat.evaluatorId(), expectedVersion, marks, now());
        score.persist(); // a new draft is stored; persisting a stored one changes nothing
        em.flush();
        return ScoreDto.from(score);
    }

    @Transactional
    public ScoreDto submitScore(UUID challengeId, int position, UUID proposalId) {
        EvaluationAccess.PanelSeat seat = access.panelStage(challengeId, position, LockModeType.PESSIMISTIC_WRITE);
        EvaluationScore score = seat.stage().submitScore(proposalId, seat.evaluatorId(), now());
        em.flush();
        StringBuilder details = new StringBuilder("stage " + position + " evaluator " + seat.evaluatorId() + ":");
        score.marks()
                .forEach((c, m) -> details.append(' ').append(c).append('=').append(m.points()));
        audit.record("evaluation.score_submitted", AUDIT_TYPE, proposalId, details.toString());
        return ScoreDto.from(score);
    }

    /** The chair's consensus on the criteria named; allowed once every unconflicted evaluator submitted. */
    @Transactional
    public EvaluationItemDto consensus(UUID challengeId, int position, UUID proposalId, ConsensusRequest request) {
        EvaluationAccess.PanelSeat seat = access.panelStage(challengeId, position, LockModeType.PESSIMISTIC_WRITE);
        Map<Criterion, ConsensusScore.Agreement> agreements = request == null ? Map.of() : request.toAgreements();
        List<ConsensusScore> recorded = seat.stage().recordConsensus(proposalId, seat.evaluatorId(), agreements, now());
        StringBuilder details = new StringBuilder("stage " + position + ":");
        for (ConsensusScore score : recorded) {
            score.persist(); // a new consensus is stored; persisting a revised one changes nothing
            details.append(' ').append(score.criterion).append('=').append(score.points);
        }
        em.flush();
        audit.record("evaluation.consensus_recorded", AUDIT_TYPE, proposalId, details.toString());
        em.flush();
        em.clear();
        return queries.item(challengeId, position, proposalId);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
