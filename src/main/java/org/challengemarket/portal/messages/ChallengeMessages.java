package org.challengemarket.portal.messages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.portal.QuestionNotice;
import org.challengemarket.portal.form.SearchForm.SortOption;
import org.challengemarket.portal.web.QuestionSection;
import org.challengemarket.proposal.ProposalStatus;

/**
 * The texts of the public pages: the home page, the search and a challenge's page with its
 * questions and answers; and the names of a challenge's fields. As {@code {challengeMsg:…}} in
 * templates; the English texts live in {@code messages/challengeMsg.properties}, keyed by method
 * name, and other languages follow as {@code challengeMsg_nl.properties} and the like, with the
 * same keys.
 */
@MessageBundle("challengeMsg")
public interface ChallengeMessages {

    // ---- words of a challenge
    @Message
    String status(ChallengeStatus status);

    @Message
    String budget();

    @Message
    String deadline();

    @Message
    String pilots();

    @Message
    String publishedOn();

    @Message
    String languageName(String code);

    @Message
    String anyStatus();

    @Message
    String filterStatus();

    // ---- home
    @Message
    String homeTitle();

    @Message
    String homeHeading();

    @Message
    String homeIntro();

    @Message
    String openChallenges();

    @Message
    String noOpenChallenges();

    @Message
    String openCount(long total);

    @Message
    String seeAllOpen();

    @Message
    String searchHeading();

    // ---- search
    @Message
    String searchTitle();

    @Message
    String searchWords();

    @Message
    String searchWordsHint();

    @Message
    String searchButton();

    @Message
    String filtersHeading();

    @Message
    String filterAgency();

    @Message
    String anyAgency();

    @Message
    String filterBudget();

    @Message
    String filterDeadline();

    @Message
    String filterFrom();

    @Message
    String filterTo();

    @Message
    String filterBefore();

    @Message
    String sortBy();

    @Message
    String sortOption(SortOption option);

    @Message
    String clearFilters();

    @Message
    String resultsHeading();

    @Message
    String resultsCount(long total);

    @Message
    String resultsShowing(long first, long last);

    // ---- challenge page
    @Message
    String backToSearch();

    @Message
    String byAgency(String agency);

    @Message
    String cancelledHeading();

    @Message
    String cancelledOn();

    @Message
    String actionsHeading();

    @Message
    String draftVisibleToAgency();

    @Message
    String editDraft();

    @Message
    String keyFacts();

    @Message
    String stagesHeading();

    @Message
    String timesInBrussels();

    @Message
    String stageTitle(int position, StageKind kind);

    @Message
    String stageOpens();

    @Message
    String stageDeadline();

    @Message
    String stageShortlist();

    @Message
    String shortlistCount(Integer size);

    @Message
    String criteriaHeading();

    @Message
    String criteriaCaption();

    @Message
    String criterionColumn();

    @Message
    String weightColumn();

    @Message
    String meaningColumn();

    @Message
    String criterion(Criterion criterion);

    @Message
    String criterionDescription(Criterion criterion);

    @Message
    String amendmentsHeading();

    @Message
    String noAmendments();

    @Message
    String amendmentNumber(int number);

    @Message
    String materialAmendment();

    @Message
    String minorAmendment();

    @Message
    String changesCaption(int number);

    @Message
    String changedField();

    @Message
    String changedFrom();

    @Message
    String changedTo();

    // ---- proposals on the challenge page
    @Message
    String proposalHeading();

    @Message
    String startProposal();

    @Message
    String startProposalIntro();

    @Message
    String continueProposal();

    @Message
    String proposalStateIs(ProposalStatus status);

    @Message
    String signInToPropose();

    @Message
    String proposalsHeading();

    @Message
    String sealedExplanation();

    @Message
    String countsCaption();

    @Message
    String countShortlisted();

    @Message
    String countAccess();

    @Message
    String sealedUntilDeadline();

    @Message
    String unsealed();

    // ---- fields of a challenge
    @Message
    String fieldTitle();

    @Message
    String fieldProblemStatement();

    @Message
    String fieldContext();

    @Message
    String fieldExpectedOutcomes();

    @Message
    String fieldSector();

    @Message
    String fieldBudgetAmount();

    @Message
    String fieldBudgetCurrency();

    @Message
    String fieldNumberOfPilots();

    @Message
    String fieldLanguages();

    @Message
    String fieldWeights();

    @Message
    String weightProblemSolving();

    @Message
    String weightTeamMotivation();

    @Message
    String weightImplementationCost();

    @Message
    String fieldStages();

    @Message
    String stageNumbered(int number);

    @Message
    String stageOpensNumbered(int number);

    @Message
    String stageDeadlineNumbered(int number);

    @Message
    String stageShortlistNumbered(int number);

    // ---- questions and answers
    @Message
    String questionsHeading();

    @Message
    String questionsIntro();

    @Message
    String publishedAnswersHeading();

    @Message
    String noPublishedAnswers();

    @Message
    String questionNumber(int number);

    @Message
    String questionLabel();

    @Message
    String answerLabel();

    @Message
    String answeredOn();

    @Message
    String askedOn();

    @Message
    String myQuestionsHeading();

    @Message
    String awaitingAnswer();

    @Message
    String askHeading();

    @Message
    String fieldQuestion();

    @Message
    String hintQuestion();

    @Message
    String sendQuestion();

    @Message
    String questionsWindow(QuestionSection.WindowState state, String at, int stage);

    @Message
    String signInToAsk();

    @Message
    String answerQuestionsLink(int open);

    @Message
    String questionRefused();

    @Message
    String questionNotice(QuestionNotice notice);

    @Message
    String noOpenQuestions();

    // ---- feeds
    @Message
    String challengeDeadlinesLink();
}
