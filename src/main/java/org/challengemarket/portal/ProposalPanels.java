package org.challengemarket.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.portal.ChallengeController.ProposalPanel;
import org.challengemarket.portal.web.Viewer;
import org.challengemarket.proposal.ProposalService;
import org.challengemarket.proposal.dto.ProposalDtos.StageCount;

/** The proposal part of a challenge page, as the viewer may see it. */
@ApplicationScoped
public class ProposalPanels {

    @Inject
    Viewer viewer;

    @Inject
    ProposalService proposals;

    /**
     * A company member's own proposal (or whether one can be started), the agency's counts per
     * stage, or a sign-in invitation for visitors while the challenge is open.
     */
    public ProposalPanel of(ChallengeDto challenge) {
        boolean open = challenge.status() == ChallengeStatus.PUBLISHED;
        if (viewer.companyMember()) {
            return new ProposalPanel(
                    proposals.mineFor(challenge.id()).orElse(null),
                    proposals.canStart(challenge.id()),
                    false,
                    List.of());
        }
        List<StageCount> counts =
                viewer.officerOf(challenge.agency().id()) && challenge.status().isPublic()
                        ? proposals.counts(challenge.id())
                        : List.of();
        return new ProposalPanel(null, false, open && !viewer.signedIn(), counts);
    }
}
