package org.challengemarket.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeConfig;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.challenge.Stage;
import org.challengemarket.contract.dto.ContractDtos.AwardDto;
import org.challengemarket.contract.dto.ContractDtos.AwardItem;
import org.challengemarket.contract.dto.ContractDtos.AwardRequest;
import org.challengemarket.contract.dto.ContractDtos.AwardedDto;
import org.challengemarket.evaluation.RankedProposal;
import org.challengemarket.evaluation.RankingService;
import org.challengemarket.notification.NotificationService;
import org.challengemarket.notification.NotificationType;
import org.challengemarket.platform.audit.AuditLog;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.platform.error.RuleViolations;
import org.challengemarket.platform.money.Money;
import org.challengemarket.platform.money.MoneyDto;
import org.challengemarket.platform.outbox.Outbox;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.proposal.Proposal;
import org.challengemarket.proposal.ProposalStatus;

/**
 * The award: after the final stage's deadline, the agency chooses up to the challenge's number of
 * pilots among the proposals submitted in that stage, each within the per-contract cap and all
 * within the budget. Winners get a pending pilot contract; the others are told, with a link to
 * their feedback; the standstill period starts.
 */
@ApplicationScoped
public class AwardService {

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
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    ContractConfig config;

    @Inject
    ChallengeConfig challengeConfig;

    @Inject
    RankingService rankings;

    @Transactional
    public AwardDto award(UUID challengeId, AwardRequest request) {
        Challenge challenge = em.find(Challenge.class, challengeId, LockModeType.PESSIMISTIC_WRITE);
        if (challenge == null || !user.actsFor(challenge.agency.id)) {
            throw ProblemException.notFound("Challenge " + challengeId);
        }
        if (AwardDecision.findByIdOptional(challengeId).isPresent()) {
            throw ProblemException.conflict("This challenge has been awarded already");
        }
        if (challenge.status != ChallengeStatus.IN_EVALUATION) {
            throw ProblemException.conflict("A " + challenge.status + " challenge cannot be awarded");
        }
        int finalStage = challenge.stages.size();
        Stage last = challenge.stages.get(finalStage - 1);
        Instant now = now();
        if (!last.deadlinePassedAt(now)) {
            throw ProblemException.conflict(
                    "The final stage is open until " + last.deadline + "; award after its deadline");
        }
        List<Proposal> inFinalStage = Proposal.list(
                "from Proposal p join fetch p.company where p.challenge = ?1 and p.stage = ?2 and p.status in ?3"
                        + " order by p.id",
                challenge,
                finalStage,
                Set.of(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, ProposalStatus.SHORTLISTED));
        Map<UUID, Proposal> byId = inFinalStage.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));

        RuleViolations v = new RuleViolations();
        List<AwardItem> items = request.awards();
        Money budget = challenge.budget().orElseThrow();
        Money cap = new Money(challengeConfig.contractCap(), challengeConfig.currency());
        v.check(
                items.size() <= challenge.numberOfPilots,
                "awards",
                "at most " + challenge.numberOfPilots + " pilots may be awarded");
        BigDecimal sum = BigDecimal.ZERO;
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            AwardItem item = items.get(i);
            String field = "awards[" + i + "]";
            Proposal p = byId.get(item.proposalId());
            v.check(seen.add(item.proposalId()), field + ".proposalId", "is awarded twice");
            v.check(
                    p != null && p.status == ProposalStatus.SUBMITTED,
                    field + ".proposalId",
                    "is not a proposal submitted in the final stage (" + finalStage + ")");
            MoneyDto value = item.value();
            boolean sameCurrency = budget.currency().equals(value.currency());
            v.check(sameCurrency, field + ".value.currency", "must be the budget's currency " + budget.currency());
            v.check(value.amount().signum() > 0, field + ".value.amount", "must be positive");
            v.check(
                    !sameCurrency || value.amount().compareTo(cap.amount()) <= 0,
                    field + ".value.amount",
                    "exceeds the per-contract cap of " + cap + " excl. VAT");
            sum = sum.add(value.amount());
        }
        v.check(
                sum.compareTo(budget.amount()) <= 0,
                "awards",
                "the values add up to " + sum.toPlainString() + ", above the pilot budget " + budget);

        // the award is decided on the complete ranking of the final stage (422 naming what is missing)
        List<RankedProposal> ranking = rankings.decisionRanking(challengeId, finalStage);
        Map<UUID, Integer> ranks =
                ranking.stream().collect(Collectors.toMap(RankedProposal::proposalId, RankedProposal::rank));
        String reason =
                request.departureReason() == null || request.departureReason().isBlank()
                        ? null
                        : request.departureReason().strip();
        boolean departs = RankingService.departsFrom(ranking, seen);
        v.check(
                !departs || (reason != null && reason.length() >= 10),
                "departureReason",
                "a proposal left out ranks above one awarded: record why the award departs from the ranking"
                        + " (at least 10 characters)");
        v.check(reason == null || reason.length() >= 10, "departureReason", "must be at least 10 characters");
        v.throwIfAny(ProblemType.RULE_VIOLATION, "The award cannot be made");

        AwardDecision decision = new AwardDecision(
                challengeId, finalStage, now, now.plus(config.standstill()), reason, true, user.subject());
        decision.persist();
        challenge.award(now);
        List<PilotContract> contracts = new ArrayList<>();
        for (AwardItem item : items) {
            Proposal p = byId.get(item.proposalId());
            p.award(now);
            PilotContract contract = PilotContract.awarded(
                    p, new Money(item.value().amount(), item.value().currency()), ranks.get(p.id), config, now);
            contract.persist();
            contracts.add(contract);
        }
        List<Proposal> unsuccessful =
                inFinalStage.stream().filter(p -> !seen.contains(p.id)).toList();
        unsuccessful.forEach(p -> p.notAwarded(now));
        em.flush();
        for (PilotContract contract : contracts) {
            notifications.notifyOrganisation(
                    contract.company.id,
                    NotificationType.AWARDED,
                    "Your proposal for \"" + challenge.title + "\" won a pilot contract",
                    "/api/v1/contracts/" + contract.id);
        }
        for (Proposal p : unsuccessful) {
            notifications.notifyOrganisation(
                    p.company.id,
                    NotificationType.NOT_AWARDED,
                    "Your proposal for \"" + challenge.title + "\" was not awarded; read your feedback",
                    "/api/v1/proposals/" + p.id + "/feedback");
        }
        AwardDto dto = dto(challenge, decision, contracts);
        outbox.append("challenge.awarded", "challenge", challengeId, payload(challenge, decision, contracts));
        audit.record(
                "challenge.awarded",
                "challenge",
                challengeId,
                contracts.size() + " awarded, " + unsuccessful.size() + " not awarded"
                        + (reason == null ? "" : "; departure from the ranking: " + reason));
        return dto;
    }

    /** The award decision of a challenge, public once made. */
    @Transactional
    public AwardDto get(UUID challengeId) {
        AwardDecision decision = AwardDecision.<AwardDecision>findByIdOptional(challengeId)
                .orElseThrow(() -> ProblemException.notFound("An award of challenge " + challengeId));
        Challenge challenge = em.find(Challenge.class, challengeId);
        List<PilotContract> contracts = PilotContract.list(
                "from PilotContract c join fetch c.company join fetch c.proposal where c.challenge.id = ?1"
                        + " order by c.rank nulls last, c.createdAt, c.id",
                challengeId);
        return dto(challenge, decision, contracts);
    }

    private static AwardDto dto(Challenge challenge, AwardDecision d, List<PilotContract> contracts) {
        return new AwardDto(
                challenge.id,
                challenge.title,
                d.stage,
                d.awardedAt,
                d.standstillEndsAt,
                d.departureReason,
                d.rankingChecked,
                contracts.stream()
                        .map(c -> new AwardedDto(
                                c.id,
                                c.proposal.id,
                                c.company.id,
                                c.company.name,
                                c.rank,
                                new MoneyDto(c.valueAmount, c.currency)))
                        .toList());
    }

    /** The {@code challenge.awarded} event for webhook subscribers. */
    private String payload(Challenge challenge, AwardDecision d, List<PilotContract> contracts) {
        ObjectNode root = json.createObjectNode()
                .put("challengeId", challenge.id.toString())
                .put("title", challenge.title)
                .put("sector", challenge.sector)
                .put("awardedAt", d.awardedAt.toString());
        ArrayNode awards = root.putArray("awards");
        for (PilotContract c : contracts) {
            awards.addObject()
                    .put("companyName", c.company.name)
                    .put("value", c.valueAmount.setScale(2).toPlainString())
                    .put("currency", c.currency);
        }
        return root.toString();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
