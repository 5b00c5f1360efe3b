package org.challengemarket.portal;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.challengemarket.challenge.ChallengeService;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.portal.ChallengeController.ProposalPanel;
import org.challengemarket.portal.form.FormErrors;
import org.challengemarket.portal.web.ChallengeView;
import org.challengemarket.portal.web.PageNotice;
import org.challengemarket.portal.web.QuestionSection;
import org.challengemarket.portal.web.Viewer;
import org.challengemarket.proposal.ProposalService;
import org.challengemarket.proposal.dto.ProposalDtos.StageCount;

/**
 * A challenge's page as the viewer may see it: the challenge with its amendments, the proposal
 * panel and the questions; as first shown, or with a refused question kept on its form.
 */
@ApplicationScoped
public class ChallengePages {

    @Inject
    ChallengeService challenges;

    @Inject
    ProposalService proposals;

    @Inject
    ChallengeView.Assembler views;

    @Inject
    QuestionSection.Assembler questions;

    @Inject
    Viewer viewer;

    /** The page as first shown, confirming a successful post when {@code notice} names one. */
    TemplateInstance of(UUID id, String notice) {
        ChallengeDto challenge = challenges.get(id);
        return ChallengeController.Templates.detail(
                views.of(challenge),
                panel(challenge),
                PageNotice.of(Notice.class, notice),
                questions.of(challenge, notice));
    }

    /** The page with a refused question on its form, its text kept. */
    TemplateInstance withRefusedQuestion(UUID id, String question, FormErrors errors) {
        ChallengeDto challenge = challenges.get(id);
        return ChallengeController.Templates.detail(
                views.of(challenge), panel(challenge), null, questions.refused(challenge, question, errors));
    }

    /**
     * A company member's own proposal (or whether one can be started), the agency's counts per
     * stage, or a sign-in invitation for visitors while the challenge is open.
     */
    private ProposalPanel panel(ChallengeDto challenge) {
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
