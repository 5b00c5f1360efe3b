package org.challengemarket.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.evaluation.dto.PanelDtos.CoverageDto;
import org.challengemarket.evaluation.dto.PanelDtos.EvaluatorCandidateDto;
import org.challengemarket.evaluation.dto.PanelDtos.PanelDto;
import org.challengemarket.evaluation.dto.PanelDtos.PanelMemberDto;
import org.challengemarket.evaluation.dto.PanelDtos.PanelRequest;
import org.challengemarket.organisation.Member;
import org.challengemarket.organisation.OrganisationType;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.error.RuleViolations;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;

/**
 * The agency names each stage's panel before the stage deadline, so nobody picks evaluators after
 * seeing who applied. After the deadline the panel only grows (an evaluator may be added where
 * conflicts left too few) and the chair may change; nothing changes once the stage is decided.
 */
@ApplicationScoped
public class PanelService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    EvaluationAccess access;

    @Inject
    EvaluationConfig config;

    @Transactional
    public PanelDto panel(UUID challengeId, int position) {
        return view(access.readStage(challengeId, position).stage());
    }

    @Transactional
    public PanelDto name(UUID challengeId, int position, PanelRequest request) {
        StageEvaluation stage = access.agencyStage(challengeId, position, LockModeType.PESSIMISTIC_WRITE);
        Challenge challenge = stage.challenge;
        Instant now = clock.instant();
        if (challenge.status != ChallengeStatus.PUBLISHED && challenge.status != ChallengeStatus.IN_EVALUATION) {
            throw ProblemException.conflict("A " + challenge.status + " challenge takes no panel");
        }
        if (stage.decided()) {
            throw ProblemException.conflict("Stage " + position + " has been decided; its panel no longer changes");
        }
        List<UUID> ids = request.evaluatorIds().stream().distinct().toList();
        Map<UUID, Member> members = em
                .createQuery("select m from Member m join fetch m.organisation where m.id in :ids", Member.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        RuleViolations v = new RuleViolations();
        v.check(
                ids.size() >= config.minimumEvaluators(),
                "evaluatorIds",
                "name at least " + config.minimumEvaluators() + " evaluators");
        for (int i = 0; i < ids.size(); i++) {
            Member m = members.get(ids.get(i));
            v.check(
                    m != null && mayEvaluate(m, challenge),
                    "evaluatorIds[" + i + "]",
                    "is not an evaluator of this agency or of the lab");
        }
        v.check(ids.contains(request.chairId()), "chairId", "must be one of the evaluators named");
        boolean afterDeadline = stage.stage.deadlinePassedAt(now);
        if (afterDeadline) {
            for (PanelMember seat : stage.panel) {
                v.check(
                        ids.contains(seat.member.id),
                        "evaluatorIds",
                        "after the deadline the panel only grows: " + seat.member.displayName + " stays on it");
            }
        }
        v.throwIfAny(ProblemType.RULE_VIOLATION, "The panel cannot be named");

        for (PanelMember seat : stage.panel) {
            if (!ids.contains(seat.member.id)) {
                seat.delete();
            } else if (seat.chair && !seat.member.id.equals(request.chairId())) {
                seat.chair = false;
            }
        }
        em.flush(); // the old chair steps down before the new one takes the chair
        List<UUID> seated = stage.panel.stream().map(s -> s.member.id).toList();
        for (PanelMember seat : stage.panel) {
            if (seat.member.id.equals(request.chairId())) {
                seat.chair = true;
            }
        }
        for (UUID id : ids) {
            if (!seated.contains(id)) {
                new PanelMember(
                                challengeId,
                                position,
                                members.get(id),
                                id.equals(request.chairId()),
                                now,
                                user.subject())
                        .persist();
            }
        }
        em.flush();
        audit.record(
                "evaluation.panel_named",
                "challenge",
                challengeId,
                "stage " + position + ": " + ids.size() + " evaluators, chair " + request.chairId());
        em.flush();
        em.clear();
        return view(access.agencyStage(challengeId, position, LockModeType.NONE));
    }

    /** Members the agency may name on its panels: evaluators of the agency itself or of the lab. */
    @Transactional
    public List<EvaluatorCandidateDto> candidates(UUID challengeId) {
        Challenge challenge = access.challenge(challengeId, 1, LockModeType.NONE);
        if (!access.isAgencyOf(challenge)) {
            throw ProblemException.notFound("Challenge " + challengeId);
        }
        return em
                .createQuery(
                        "select m from Member m join fetch m.organisation o where (o.id = :agency or o.type = :lab)"
                                + " order by m.displayName, m.id",
                        Member.class)
                .setParameter("agency", challenge.agency.id)
                .setParameter("lab", OrganisationType.LAB)
                .getResultList()
                .stream()
                .filter(m -> m.roles.contains(Roles.EVALUATOR))
                .map(EvaluatorCandidateDto::from)
                .toList();
    }

    private static boolean mayEvaluate(Member m, Challenge challenge) {
        return m.roles.contains(Roles.EVALUATOR)
                && (m.organisation.id.equals(challenge.agency.id) || m.organisation.type == OrganisationType.LAB);
    }

    private PanelDto view(StageEvaluation stage) {
        List<PanelMemberDto> members =
                stage.panel.stream().map(PanelMemberDto::from).toList();
        List<CoverageDto> coverage = stage.candidates.stream()
                .map(c -> {
                    int unconflicted = stage.unconflicted(c.proposalId()).size();
                    return new CoverageDto(
                            c.proposalId(),
                            c.companyName(),
                            unconflicted,
                            stage.panel.size() - unconflicted,
                            unconflicted < config.minimumEvaluators());
                })
                .toList();
        return new PanelDto(stage.challenge.id, stage.position(), members, coverage);
    }
}
