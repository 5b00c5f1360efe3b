package org.challengemarket.portal.messages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.math.BigDecimal;

/**
 * The texts of the agency's pages: its challenges, drafting, amending and cancelling them,
 * answering questions, the ranking and the shortlist of a stage. As {@code {agencyMsg:…}} in
 * templates; the English texts live in {@code messages/agencyMsg.properties}, keyed by method
 * name, and other languages follow as {@code agencyMsg_nl.properties} and the like, with the same
 * keys.
 */
@MessageBundle("agencyMsg")
public interface AgencyMessages {

    // ---- actions on a challenge
    @Message
    String edit();

    @Message
    String amend();

    @Message
    String publish();

    @Message
    String cancelChallenge();

    // ---- challenges, drafts, amendments and cancellations
    @Message
    String agencyTitle();

    @Message
    String agencyIntro(String agency);

    @Message
    String agencyNone();

    @Message
    String agencyCaption(String agency, long total);

    @Message
    String newDraft();

    @Message
    String showButton();

    @Message
    String backToAgency();

    @Message
    String backToChallenge();

    @Message
    String newDraftTitle();

    @Message
    String editDraftTitle();

    @Message
    String startFromTemplate();

    @Message
    String sectionProblem();

    @Message
    String sectionPilot();

    @Message
    String sectionTexts();

    @Message
    String saveDraft();

    @Message
    String saveAndPublish();

    @Message
    String amendTitle();

    @Message
    String amendIntro();

    @Message
    String publishAmendment();

    @Message
    String cancelTitle();

    @Message
    String cancelIntro();

    @Message
    String keepChallenge();

    // ---- fields and hints of the challenge forms
    @Message
    String fieldSummary();

    @Message
    String fieldMaterial();

    @Message
    String fieldReason();

    @Message
    String hintProblemStatement();

    @Message
    String hintContext();

    @Message
    String hintSector();

    @Message
    String hintBudget();

    @Message
    String hintStages();

    @Message
    String hintWeights();

    @Message
    String hintSummary();

    @Message
    String hintMaterial();

    @Message
    String hintAmendTexts();

    @Message
    String hintAmendStages();

    @Message
    String hintReason();

    @Message
    String publishRefused();

    @Message
    String staleVersion();

    @Message
    String notAmendable();

    @Message
    String notCancellable();

    // ---- answering questions
    @Message
    String questionStage(int stage);

    @Message
    String agencyQuestionsTitle();

    @Message
    String agencyQuestionsIntro();

    @Message
    String openQuestionsHeading();

    @Message
    String openQuestionHeading(int number);

    @Message
    String answerDueBy(String at);

    @Message
    String fieldAnswer();

    @Message
    String hintAnswer();

    @Message
    String publishAnswer();

    @Message
    String noMoreAnswers();

    @Message
    String answerRefused();

    @Message
    String extensionAmendment(int number, String summary);

    // ---- stages on the challenge page
    @Message
    String countSubmitted();

    @Message
    String decideShortlist(int position);

    @Message
    String seeShortlist(int position);

    // ---- ranking
    @Message
    String rankingTitle(int position);

    @Message
    String rankingIntro();

    @Message
    String missingHeading();

    @Message
    String missingIntro();

    @Message
    String rankingCaption(int count);

    @Message
    String rankColumn();

    @Message
    String submittedColumn();

    @Message
    String withConsensus();

    @Message
    String rankingRule();

    @Message
    String seeRanking();

    @Message
    String shortlistNeedsRanking();

    @Message
    String shortlistFollowsRanking();

    @Message
    String rankAndTotal(int rank, BigDecimal total);

    @Message
    String departureReason();

    @Message
    String departureHint();

    // ---- shortlist
    @Message
    String invalidChoice();

    @Message
    String shortlistTitle(int position);

    @Message
    String shortlistIntro(Integer size);

    @Message
    String shortlistSealed(String deadline);

    @Message
    String shortlistNone();

    @Message
    String shortlistLast();

    @Message
    String shortlistChoose(Integer size);

    @Message
    String shortlistPick(String company);

    @Message
    String submittedBy(String company);

    @Message
    String shortlistReason();

    @Message
    String hintShortlistReason();

    @Message
    String recordShortlist();

    @Message
    String decisionHeading();

    @Message
    String decidedOn();

    @Message
    String wentOn();

    @Message
    String stopped();

    @Message
    String nobody();

    @Message
    String withoutSubmission();

    @Message
    String fieldProposalIds();

    @Message
    String attachmentsOf(String company);
}
