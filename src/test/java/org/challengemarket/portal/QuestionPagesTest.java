package org.challengemarket.portal;

import static org.challengemarket.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.portal.PortalBrowser.HtmlForm;
import org.challengemarket.portal.PortalBrowser.Page;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Clarifications in the portal: companies ask on the challenge's page, the agency answers on its own. */
@QuarkusTest
class QuestionPagesTest {

    private static final String ASK_FORM = "form[action$=/questions]";
    private static final String QUESTION = "Can the pilot use the existing appointment system of the offices?";
    private static final String ANSWER = "Yes: it has an API, documented in the annex we will publish.";

    @Inject
    ServiceClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void companyAsksThroughTheFormAndSeesItsOpenQuestion() {
        Org agency = Fixtures.agency();
        Org company = Fixtures.company();
        String id = Fixtures.published(agency, "Asked " + agency.id());
        PortalBrowser member = PortalBrowser.signedInWith(company.token("company_member"));

        Page page = member.open("/challenges/" + id);
        assertThat(page.find("#questions .questions-window").text(), startsWith("Questions are open until"));
        Page asked = member.submit(page.form(ASK_FORM).set("question", QUESTION));

        assertEquals(303, asked.status());
        assertEquals("/challenges/" + id + "?notice=asked", asked.location());
        Page after = member.follow(asked);
        assertThat(after.find("#questions .notice").text(), startsWith("Your question is sent."));
        Element mine = after.find("#my-questions");
        assertThat(mine.text(), containsString(QUESTION));
        assertThat(mine.text(), containsString("Awaiting an answer"));

        Page anonymous = PortalBrowser.anonymous().open("/challenges/" + id);
        assertFalse(anonymous.text().contains(QUESTION), "an open question is not public");
        assertEquals(
                "No answers are published yet.",
                anonymous.find("#questions h3 + p").text());
        Page competitor = PortalBrowser.signedInWith(Fixtures.company().token("company_member"))
                .open("/challenges/" + id);
        assertFalse(competitor.text().contains(QUESTION), "nor shown to another company");
    }

    @Test
    void agencyAnswersAndTheAnswerIsPublicWithoutTheAsker() {
        Org agency = Fixtures.agency();
        Org company = Fixtures.company();
        String id = Fixtures.published(agency, "Answered " + agency.id());
        PortalBrowser member = PortalBrowser.signedInWith(company.token("company_member"));
        member.submit(member.open("/challenges/" + id).form(ASK_FORM).set("question", QUESTION));
        PortalBrowser officer = PortalBrowser.signedInWith(agency.officer());

        Page challenge = officer.open("/challenges/" + id);
        Element link = challenge.find("a[href='/agency/challenges/" + id + "/questions']");
        assertThat(link.text(), containsString("1 awaiting an answer"));
        Page questions = officer.open(link.attr("href"));
        assertEquals(200, questions.status());
        Element open = questions.find("#open-questions article");
        assertThat(open.text(), containsString(QUESTION));
        assertThat(open.text(), containsString("Answer due by"));
        assertFalse(questions.text().contains(company.name()), "the agency does not see who asked either");

        Page answered = officer.submit(questions.form("#open-questions form").set("answer", ANSWER));
        assertEquals(303, answered.status());
        assertEquals("/agency/challenges/" + id + "/questions?notice=answered", answered.location());
        Page after = officer.follow(answered);
        assertThat(after.find(".notice").text(), startsWith("The answer is published"));
        assertEquals(
                "No question awaits an answer.", after.find("#open-questions p").text());
        assertThat(after.find("#answered-questions article").text(), containsString(ANSWER));

        Page publicPage = PortalBrowser.anonymous().open("/challenges/" + id);
        Element published = publicPage.find("#questions article");
        assertEquals("Question 1", published.selectFirst("h4").text());
        assertThat(published.text(), containsString(QUESTION));
        assertThat(published.text(), containsString(ANSWER));
        assertEquals(1, published.select("time").size(), "only the answer's date, not when it was asked");
        Element time = published.selectFirst("time");
        assertEquals(PortalTimes.shown(Instant.parse(time.attr("datetime"))), time.text(), "in Brussels time");
        assertThat(publicPage.text(), not(containsString(company.name())));
        assertFalse(publicPage.has(ASK_FORM), "anonymous visitors get no form");

        Page asker = member.open("/challenges/" + id);
        assertFalse(asker.has("#my-questions"), "the answered question is no longer open");
        assertThat(asker.find("#questions article").text(), containsString(ANSWER));
    }

    @Test
    void aTooShortQuestionIsShownBackWithTheReasonNextToTheField() {
        Org agency = Fixtures.agency();
        Org company = Fixtures.company();
        String id = Fixtures.published(agency, "Short " + agency.id());
        PortalBrowser member = PortalBrowser.signedInWith(company.token("company_member"));

        Page refused =
                member.submit(member.open("/challenges/" + id).form(ASK_FORM).set("question", "Why?"));

        assertEquals(400, refused.status());
        assertThat(refused.find("#question-error").text(), containsString("must be 10 to 2000 characters"));
        Element field = refused.find("#question");
        assertEquals("true", field.attr("aria-invalid"));
        assertThat(field.attr("aria-describedby"), containsString("question-error"));
        assertEquals("Why?", refused.form(ASK_FORM).value("question"), "what was typed is kept");
        Element summary = refused.find("#error-summary");
        assertEquals("#question", summary.selectFirst("a").attr("href"));
        assertThat(summary.text(), containsString("Your question:"));
        assertNoQuestions(company, id);
    }

    @Test
    void afterTheCutOffTheQuestionIsRefusedAndThePageSaysQuestionsClosed() {
        Org agency = Fixtures.agency();
        Org company = Fixtures.company();
        String id = Fixtures.published(agency, "Cut off " + agency.id());
        PortalBrowser member = PortalBrowser.signedInWith(company.token("company_member"));
        HtmlForm form = member.open("/challenges/" + id).form(ASK_FORM).set("question", QUESTION);

        clock.advance(Duration.ofDays(21)); // the deadline is 30 days away: questions closed a day ago
        Page refused = member.submit(form);

        assertEquals(422, refused.status());
        assertThat(refused.find("#question-error").text(), containsString("Questions on stage 1 closed at"));
        assertThat(refused.find("#error-summary").text(), containsString("Your question was not sent"));
        assertEquals(QUESTION, refused.form(ASK_FORM).value("question"));
        assertNoQuestions(company, id);

        Page later = member.open("/challenges/" + id);
        assertFalse(later.has(ASK_FORM), "no form once questions are closed");
        assertThat(later.find("#questions .questions-window").text(), containsString("before the deadline of stage 1"));
        assertThat(later.find("#questions .questions-window").text(), startsWith("Questions closed on"));
    }

    @Test
    void aLateAnswerSaysItExtendedTheDeadline() {
        Org agency = Fixtures.agency();
        Org company = Fixtures.company();
        String id = Fixtures.published(agency, "Late " + agency.id());
        PortalBrowser member = PortalBrowser.signedInWith(company.token("company_member"));
        member.submit(member.open("/challenges/" + id).form(ASK_FORM).set("question", QUESTION));
        PortalBrowser officer = PortalBrowser.signedInWith(agency.officer());
        HtmlForm form = officer.open("/agency/challenges/" + id + "/questions")
                .form("#open-questions form")
                .set("answer", ANSWER);

        clock.advance(Duration.ofDays(26)); // answers were due 6 days before the deadline, 24 days from now
        Page answered = officer.submit(form);

        assertEquals("/agency/challenges/" + id + "/questions?notice=extended&amendment=1", answered.location());
        Element notice = officer.follow(answered).find(".notice");
        assertThat(notice.text(), containsString("the deadline moved later"));
        assertThat(notice.text(), containsString("Amendment 1 is published:"));
        assertThat(notice.text(), containsString("The deadline of stage 1 moves later by the shortfall"));
        Page publicPage = PortalBrowser.anonymous().open("/challenges/" + id);
        assertThat(publicPage.find("#amendments article").text(), containsString("Answer 1"));
    }

    @Test
    void answeringTwiceShowsWhyTheSecondAnswerIsRefused() {
        Org agency = Fixtures.agency();
        Org company = Fixtures.company();
        String id = Fixtures.published(agency, "Twice " + agency.id());
        PortalBrowser member = PortalBrowser.signedInWith(company.token("company_member"));
        member.submit(member.open("/challenges/" + id).form(ASK_FORM).set("question", QUESTION));
        PortalBrowser officer = PortalBrowser.signedInWith(agency.officer());
        String page = "/agency/challenges/" + id + "/questions";
        HtmlForm first = officer.open(page).form("#open-questions form");
        HtmlForm second = officer.open(page).form("#open-questions form");

        Page tooShort = officer.submit(first.set("answer", "Yes."));
        assertEquals(400, tooShort.status());
        Element field = tooShort.find("#open-questions textarea");
        assertEquals("true", field.attr("aria-invalid"));
        assertThat(tooShort.find("#" + field.id() + "-error").text(), containsString("must be 10 to 5000 characters"));
        assertThat(field.attr("aria-describedby"), containsString(field.id() + "-error"));
        assertEquals("#" + field.id(), tooShort.find("#error-summary a").attr("href"));

        assertEquals(303, officer.submit(first.set("answer", ANSWER)).status());
        Page again = officer.submit(second.set("answer", "A different answer, typed in a second tab."));

        assertEquals(409, again.status());
        assertThat(again.find("#error-summary").text(), containsString("published answers are final"));
        assertThat(again.find("#answered-questions").text(), containsString(ANSWER));
    }

    @Test
    void anotherAgencyNeitherSeesNorAnswersTheQuestions() {
        Org agency = Fixtures.agency();
        Org other = Fixtures.agency();
        Org company = Fixtures.company();
        String id = Fixtures.published(agency, "Not theirs " + agency.id());
        PortalBrowser member = PortalBrowser.signedInWith(company.token("company_member"));
        member.submit(member.open("/challenges/" + id).form(ASK_FORM).set("question", QUESTION));
        HtmlForm form = PortalBrowser.signedInWith(agency.officer())
                .open("/agency/challenges/" + id + "/questions")
                .form("#open-questions form")
                .set("answer", ANSWER);
        PortalBrowser stranger = PortalBrowser.signedInWith(other.officer());

        Page page = stranger.open("/agency/challenges/" + id + "/questions");
        assertEquals(404, page.status());
        assertEquals("Page not found", page.find("h1").text());
        assertFalse(stranger.open("/challenges/" + id).has("a[href$=/questions]"), "no link for them");

        Page refused = stranger.submit(form.set("csrf-token", stranger.cookie("cm_csrf")));
        assertEquals(404, refused.status());
        as(company.token("company_member"))
                .get("/api/v1/challenges/" + id + "/questions")
                .then()
                .body("items[0].status", equalTo("OPEN"));
    }

    @Test
    void aQuestionWithoutTheCsrfTokenIsRefusedAndNothingIsAsked() {
        Org agency = Fixtures.agency();
        Org company = Fixtures.company();
        String id = Fixtures.published(agency, "Forged " + agency.id());
        PortalBrowser member = PortalBrowser.signedInWith(company.token("company_member"));
        HtmlForm form = member.open("/challenges/" + id).form(ASK_FORM).set("question", QUESTION);

        Page refused = member.submit(form.without("csrf-token"));

        assertEquals(403, refused.status());
        assertEquals("The form has expired", refused.find("h1").text());
        assertNoQuestions(company, id);
    }

    @Test
    void onlyCompanyMembersGetTheFormAndOfficersCannotAsk() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Officers " + agency.id());
        PortalBrowser officer = PortalBrowser.signedInWith(agency.officer());

        Page page = officer.open("/challenges/" + id);
        assertFalse(page.has(ASK_FORM));
        Page anonymous = PortalBrowser.anonymous().open("/challenges/" + id);
        assertTrue(anonymous.has("#questions a[href^='/dev/sign-in']"), "a visitor is told to sign in to ask");

        HtmlForm forged = PortalBrowser.signedInWith(Fixtures.company().token("company_member"))
                .open("/challenges/" + id)
                .form(ASK_FORM)
                .set("question", QUESTION)
                .set("csrf-token", officer.cookie("cm_csrf"));
        Page refused = officer.submit(forged);
        assertEquals(403, refused.status());
        assertEquals(List.of(), questionsSeenBy(agency.officer(), id));
    }

    private static void assertNoQuestions(Org company, String id) {
        assertEquals(List.of(), questionsSeenBy(company.token("company_member"), id));
    }

    private static List<Object> questionsSeenBy(String token, String id) {
        return as(token)
                .get("/api/v1/challenges/" + id + "/questions")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
    }
}
