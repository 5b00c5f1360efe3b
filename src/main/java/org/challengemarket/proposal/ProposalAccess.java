package org.challengemarket.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.security.CurrentUser;
import org.challengemarket.platform.security.Roles;
import org.hibernate.Locking;
import org.hibernate.Session;

/**
 * Who may see which proposal: its company any time, the challenge's agency a stage's submissions
 * once the stage deadline has passed. Anyone else gets 404, as if the proposal did not exist.
 */
@ApplicationScoped
class ProposalAccess {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    /** A proposal of the caller's company; any other answers 404. */
    Proposal own(UUID id, LockModeType lock) {
        return ownOrNotFound(id, em.find(Proposal.class, id, lock));
    }

    /**
     * A proposal of the caller's company, locked, with its challenge and the challenge's stages,
     * in one statement that locks the proposal's row alone; any other answers 404.
     */
    Proposal ownToSubmit(UUID id) {
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
        return ownOrNotFound(id, proposal);
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

    /** A challenge of the caller's agency; any other answers 404. */
    Challenge ownAgencyChallenge(UUID challengeId) {
        return Challenge.<Challenge>findByIdOptional(challengeId)
                .filter(c -> user.hasRole(Roles.AGENCY_OFFICER) && user.actsFor(c.agency.id))
                .orElseThrow(() -> ProblemException.notFound("Challenge " + challengeId));
    }

    private Proposal ownOrNotFound(UUID id, Proposal proposal) {
        if (proposal == null || !user.hasRole(Roles.COMPANY_MEMBER) || !user.actsFor(proposal.company.id)) {
            throw ProblemException.notFound("Proposal " + id);
        }
        return proposal;
    }
}
