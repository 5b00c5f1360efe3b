package org.challengemarket.portal.messages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.portal.Notice;
import org.challengemarket.portal.web.ErrorPages;

/**
 * The texts that any portal page may show: the layout, shared words, pagination, form errors, the
 * sign-in and the error pages. As {@code {commonMsg:…}} in templates; the English texts live in
 * {@code messages/commonMsg.properties}, keyed by method name, and other languages follow as
 * {@code commonMsg_nl.properties} and the like, with the same keys.
 */
@MessageBundle("commonMsg")
public interface CommonMessages {

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
    String navEvaluations();

    @Message
    String navContracts();

    @Message
    String navFinance();

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
    String notSet();

    @Message
    String role(String role);

    @Message
    String notice(Notice notice);

    @Message
    String statusColumn();

    @Message
    String actionsColumn();

    @Message
    String paginationLabel();

    @Message
    String previousPage();

    @Message
    String nextPage();

    @Message
    String pageOf(int page, int pages);

    @Message
    String stageName(StageKind kind);

    // ---- form errors
    @Message
    String fieldForm();

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

    // ---- feeds
    @Message
    String atomFeedTitle();

    @Message
    String followHeading();

    @Message
    String atomFeedLink();

    @Message
    String deadlinesLink();
}
