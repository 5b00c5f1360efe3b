package org.challengemarket.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.challengemarket.challenge.ChallengeStatus;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.portal.form.SearchForm.SortOption;
import org.challengemarket.portal.web.ErrorPages;
import org.challengemarket.portal.web.QuestionSection;

/**
 * The texts of the portal's layout, public, sign-in, error and challenge pages, as {@code {msg:…}}
 * in templates (the proposal pages have {@link ProposalMessages}). The English texts live in
 * {@code messages/msg.properties}, keyed by method name; other languages follow as
 * {@code msg_nl.properties} and {@code msg_fr.properties} with the same keys.
 */
@MessageBundle
public interface Messages {

    // ---- layout
    @Message
    String language();

    @Message
    String siteName();

    @Message
    String skipToContent();

    @Message
    String navLabel();

    @Message
    String navHome();

    @Message
    String navSearch();

    @Message
    String navAgency();

    @Message
    String navProposals();

    @Message
    String navProfile();

    @Message
    String signedInAs(String person);

    @Message
    String signIn();

    @Message
    String signOut();

    @Message
    String footerAbout();

    @Message
    String footerTimes();

    // ---- shared words
    @Message
    String status(ChallengeStatus status);

    @Message
    String budget();

    @Message
    String deadline();

    @Message
    String pilots();

    @Message
    String notSet();

    @Message
    String publishedOn();

    @Message
    String languageName(String code);

    @Message
    String role(String role);

    @Message
    String notice(Notice notice);

    @Message
    String edit();

    @Message
    String amend();

    @Message
    String publish();

    @Message
    String statusColumn();

    @Message
    String actionsColumn();

    @Message
    String anyStatus();

    @Message
    String filterStatus();

    @Message
    String paginationLabel();

    @Message
    String previousPage();

    @Message
    String nextPage();

    @Message
    String pageOf(int page, int pages);

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
    String cancelChallenge();

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

    // ---- agency pages
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

    // ---- fields, hints and form errors
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

    @Message
    String fieldSummary();

    @Message
    String fieldMaterial();

    @Message
    String fieldReason();

    @Message
    String fieldForm();

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
    String errorSummaryTitle();

    @Message
    String errorPrefix();

    @Message
    String fieldError(String label, String message);

    @Message
    String invalidAmount();

    @Message
    String invalidWholeNumber();

    @Message
    String invalidDateTime();

    @Message
    String formRefused();

    @Message
    String publishRefused();

    @Message
    String staleVersion();

    @Message
    String notAmendable();

    @Message
    String notCancellable();

    // ---- sign-in
    @Message
    String signInTitle();

    @Message
    String signInIntro();

    @Message
    String demoUsersCaption();

    @Message
    String personColumn();

    @Message
    String organisationColumn();

    @Message
    String rolesColumn();

    @Message
    String signInAs(String person);

    @Message
    String unknownDemoUser();

    // ---- error pages
    @Message
    String errorTitle(ErrorPages.Kind kind);

    @Message
    String errorExplanation(ErrorPages.Kind kind);

    @Message
    String incident(String incident);

    @Message
    String goHome();

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
    String questionStage(int stage);

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
    String agencyQuestionsTitle();

    @Message
    String agencyQuestionsIntro();

    @Message
    String openQuestionsHeading();

    @Message
    String noOpenQuestions();

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
}
