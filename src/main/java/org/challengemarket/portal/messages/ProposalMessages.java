package org.challengemarket.portal.messages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.math.BigDecimal;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.evaluation.dto.EvaluationDtos.Outcome;
import org.challengemarket.organisation.CompanySize;
import org.challengemarket.proposal.ProposalStatus;

/**
 * The texts of the company's pages: its proposals and their stages, receipts, the company profile
 * and the feedback on a proposal. As {@code {proposalMsg:…}} in templates; the English texts live
 * in {@code messages/proposalMsg.properties}, keyed by method name, and other languages follow as
 * {@code proposalMsg_nl.properties} and the like, with the same keys.
 */
@MessageBundle("proposalMsg")
public interface ProposalMessages {

    // ---- proposal words
    @Message
    String proposalStatus(ProposalStatus status);

    @Message
    String stageProgress(int position, int count, StageKind kind);

    @Message
    String stageOfCount(int position, int count);

    @Message
    String progressLabel();

    @Message
    String progressDone();

    @Message
    String progressCurrent();

    @Message
    String stageColumn();

    @Message
    String challengeColumn();

    @Message
    String nextDeadlineColumn();

    @Message
    String noDeadline();

    @Message
    String submittedOn();

    // ---- wizard
    @Message
    String wizardTitle();

    @Message
    String proposalFor();

    @Message
    String backToProposals();

    @Message
    String stageDeadlineIs();

    @Message
    String proposalStateLabel();

    @Message
    String fieldLabel(String name, boolean required);

    @Message
    String fieldHint(String name, Integer max);

    @Message
    String amountLabel();

    @Message
    String currencyLabel();

    @Message
    String fieldPart(String field, String part);

    @Message
    String hintMoney();

    @Message
    String hintBrusselsTime();

    @Message
    String choiceLabel(String value);

    @Message
    String saveDraftButton();

    @Message
    String submitButton();

    @Message
    String submitHint();

    @Message
    String attachmentsHeading();

    @Message
    String attachmentsIntro(int max);

    @Message
    String noAttachments();

    @Message
    String attachmentsCaption();

    @Message
    String fileColumn();

    @Message
    String typeColumn();

    @Message
    String sizeColumn();

    @Message
    String kilobytes(long size);

    @Message
    String removeAttachment();

    @Message
    String fieldFile();

    @Message
    String uploadButton();

    @Message
    String chooseFile();

    @Message
    String fileTooLarge();

    @Message
    String fileTypeRefused();

    @Message
    String submissionsHeading();

    @Message
    String noSubmissionYet();

    @Message
    String versionSubmitted(int version);

    @Message
    String receiptLink(int version);

    @Message
    String stageDeadlinePassed();

    @Message
    String stageNotReached();

    @Message
    String stageOver();

    @Message
    String proposalClosed(ProposalStatus status);

    @Message
    String submitRefused();

    @Message
    String deadlinePassedAt(String time);

    @Message
    String profileMissing();

    @Message
    String profileMissingLink();

    @Message
    String draftStale();

    @Message
    String withdrawLink();

    // ---- my proposals
    @Message
    String myProposalsTitle();

    @Message
    String myProposalsIntro();

    @Message
    String myProposalsNone();

    @Message
    String findChallenges();

    @Message
    String myProposalsCaption(long total);

    @Message
    String continueLink();

    @Message
    String viewLink();

    // ---- withdrawal
    @Message
    String withdrawTitle();

    @Message
    String withdrawIntro();

    @Message
    String withdrawButton();

    @Message
    String keepProposal();

    // ---- receipt
    @Message
    String receiptTitle();

    @Message
    String receiptIntro();

    @Message
    String receiptChallenge();

    @Message
    String receiptProposal();

    @Message
    String receiptStage();

    @Message
    String receiptVersion();

    @Message
    String receiptTimeBrussels();

    @Message
    String receiptTimeUtc();

    @Message
    String receiptHash();

    @Message
    String canonicalHeading();

    @Message
    String canonicalIntro();

    @Message
    String recomputeHeading();

    @Message
    String recomputeDownload();

    @Message
    String recomputeCompute();

    @Message
    String recomputeCompare();

    @Message
    String downloadContent();

    @Message
    String backToStage();

    // ---- company profile
    @Message
    String profileTitle();

    @Message
    String profileIntro();

    @Message
    String profileNone();

    @Message
    String createProfile();

    @Message
    String editProfile();

    @Message
    String profileUpdated();

    @Message
    String saveProfile();

    @Message
    String sectionCompany();

    @Message
    String sectionContact();

    @Message
    String fieldLegalName();

    @Message
    String fieldEnterpriseNumber();

    @Message
    String hintEnterpriseNumber();

    @Message
    String fieldCompanySize();

    @Message
    String companySize(CompanySize size);

    @Message
    String fieldCompanySector();

    @Message
    String hintCompanySector();

    @Message
    String fieldTeamSummary();

    @Message
    String hintTeamSummary();

    @Message
    String fieldReferences();

    @Message
    String hintReferences();

    @Message
    String fieldContactName();

    @Message
    String fieldContactEmail();

    @Message
    String fieldContactPhone();

    @Message
    String chooseSize();

    @Message
    String backToProfile();

    @Message
    String profileStale();

    // ---- feedback
    @Message
    String feedbackTitle();

    @Message
    String feedbackNone();

    @Message
    String feedbackIntro();

    @Message
    String feedbackStage(int stage);

    @Message
    String outcomeLabel();

    @Message
    String outcome(Outcome outcome);

    @Message
    String placeLabel();

    @Message
    String thresholdLabel();

    @Message
    String noThreshold();

    @Message
    String yourScore(BigDecimal score);

    @Message
    String panelConsensus();

    @Message
    String feedbackLink();
}
