package org.challengemarket.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.challenge.Stage;
import org.challengemarket.notification.NotificationService;
import org.challengemarket.notification.NotificationType;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.error.RuleViolations;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.proposal.Proposal;
import org.challengemarket.proposal.ProposalStatus;
import org.challengemarket.proposal.ShortlistDecision;
import org.challengemarket.proposal.dto.ProposalDtos.ShortlistDto;
import org.challengemarket.proposal.dto.ProposalDtos.ShortlistRequest;

/**
 * The agency's decision, after a stage's deadline, on which proposals go on (at most the stage's
 * shortlist size), taken on the stage's complete ranking: leaving out a proposal that ranks above
 * one chosen needs a written departure reason. The others stop there; the challenge moves into
 * evaluation.
 */
@ApplicationScoped
public class ShortlistService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    NotificationService notifications;

    @Inject
    RankingService rankings;

    @Inject
    ObjectMapper json;

    /**
     * The decision on a stage, once made, for the challenge's agency: who went on (every proposal
     * that reached a later stage) and who stopped there.
     */
    @Transactional
    public Optional<ShortlistDto> decision(UUID challengeId, int position) {
        Challenge challenge = ownChallenge(challengeId, LockModeType.NONE);
        return ShortlistDecision.<ShortlistDecision>findByIdOptional(new ShortlistDecision.Key(challengeId, position))
                .map(d -> new ShortlistDto(
                        challengeId,
                        position,
                        ids(Proposal.list("challenge = ?1 and stage > ?2 order by id", challenge, position)),
                        ids(Proposal.list(
                                "challenge = ?1 and stage = ?2 and status = ?3 order by id",
                                challenge,
                                position,
                                ProposalStatus.NOT_SHORTLISTED)),
                        d.reason,
                        d.decidedAt,
                        readRanking(d.ranking),
                        d.departureReason));
    }

    @Transactional
    public ShortlistDto decide(UUID challengeId, int position, ShortlistRequest request) {
        Challenge challenge = ownChallenge(challengeId, LockModeType.PESSIMISTIC_WRITE);
        if (position < 1 || position > challenge.stages.size()) {
            throw ProblemException.notFound("Stage " + position + " of challenge " + challengeId);
        }
        Stage stage = challenge.stages.get(position - 1);
        Instant now = clock.instant();
        if (stage.shortlistSize == null || position == challenge.stages.size()) {
            throw new ProblemException(
                    ProblemType.RULE_VIOLATION, "Stage " + position + " is the last one: its outcome is the award");
        }
        if (!stage.deadlinePassedAt(now)) {
            throw ProblemException.conflict(
                    "Stage " + position + " is open until " + stage.deadline + "; decide after its deadline");
        }
        if (challenge.status != ChallengeStatus.PUBLISHED && challenge.status != ChallengeStatus.IN_EVALUATION) {
            throw ProblemException.conflict("A " + challenge.status + " challenge takes no shortlist");
        }
        if (ShortlistDecision.count("challengeId = ?1 and stage = ?2", challengeId, position) > 0) {
            throw ProblemException.conflict("The shortlist of stage " + position + " has been decided already");
        }
        // the decision is taken on the complete ranking (422 naming what is missing otherwise)
        List<RankedProposal> ranking = rankings.decisionRanking(challengeId, position);
        List<Proposal> inStage = Proposal.list(
                "challenge = ?1 and stage = ?2 and status in ?3",
                challenge,
                position,
                Set.of(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, ProposalStatus.SHORTLISTED));
        RuleViolations v = new RuleViolations();
        List<UUID> chosen = request.proposalIds().stream().distinct().toList();
        v.check(
                chosen.size() <= stage.shortlistSize,
                "proposalIds",
                "at most " + stage.shortlistSize + " proposals go on from stage " + position);
        for (int i = 0; i < chosen.size(); i++) {
            UUID id = chosen.get(i);
            boolean submitted = inStage.stream().anyMatch(p -> p.id.equals(id) && p.status == ProposalStatus.SUBMITTED);
            v.check(submitted, "proposalIds[" + i + "]", "is not a proposal submitted in stage " + position);
        }
        String departure =
                request.departureReason() == null || request.departureReason().isBlank()
                        ? null
                        : request.departureReason().strip();
        boolean departs = RankingService.departsFrom(ranking, chosen);
        v.check(
                !departs || departure != null,
                "departureReason",
                "a proposal left out ranks above one chosen: say why the decision departs from the ranking");
        v.throwIfAny(ProblemType.RULE_VIOLATION, "The shortlist cannot be recorded");
        List<UUID> order = ranking.stream().map(RankedProposal::proposalId).toList();

        List<UUID> shortlisted = new ArrayList<>();
        List<UUID> notShortlisted = new ArrayList<>();
        for (Proposal proposal : inStage) {
            boolean goesOn = chosen.contains(proposal.id);
            if (goesOn) {
                proposal.shortlist(now);
                shortlisted.add(proposal.id);
            } else {
                proposal.notShortlisted(now);
                notShortlisted.add(proposal.id);
            }
            notifications.notifyOrganisation(
                    proposal.company.id,
                    goesOn ? NotificationType.SHORTLISTED : NotificationType.NOT_SHORTLISTED,
                    (goesOn
                                    ? "Your proposal goes on to stage " + (position + 1)
                                    : "Your proposal stops after stage " + position)
                            + " of \"" + challenge.title + "\"",
                    "/api/v1/proposals/" + proposal.id);
        }
        if (challenge.status == ChallengeStatus.PUBLISHED) {
            challenge.beginEvaluation(now);
        }
        ShortlistDecision decision =
                new ShortlistDecision(challengeId, position, request.reason().strip(), now, user.subject());
        decision.ranking = writeRanking(order);
        decision.departureReason = departs ? departure : null;
        decision.persist();
        em.flush();
        audit.record(
                "challenge.shortlisted",
                "challenge",
                challengeId,
                "stage " + position + ": " + shortlisted.size() + " go on, " + notShortlisted.size() + " stop"
                        + (departs ? "; departs from the ranking: " + departure : "; follows the ranking"));
        return new ShortlistDto(
                challengeId,
                position,
                shortlisted,
                notShortlisted,
                request.reason().strip(),
                now,
                order,
                decision.departureReason);
    }

    private String writeRanking(List<UUID> order) {
        try {
            return json.writeValueAsString(order);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decisions taken before rankings existed (seeded demo data) have none. */
    private List<UUID> readRanking(String stored) {
        if (stored == null) {
            return List.of();
        }
        try {
            return json.readValue(stored, new TypeReference<List<UUID>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<UUID> ids(List<Proposal> proposals) {
        return proposals.stream().map(p -> p.id).toList();
    }

    /** A challenge of the caller's agency; any other answers 404, as if it did not exist. */
    private Challenge ownChallenge(UUID challengeId, LockModeType lock) {
        Challenge challenge = em.find(Challenge.class, challengeId, lock);
        if (challenge == null || !user.actsFor(challenge.agency.id)) {
            throw ProblemException.notFound("Challenge " + challengeId);
        }
        return challenge;
    }
}
