package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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
        assertThat(page.find("#questions .questions-window").text()).startsWith("Questions are open until");
        Page asked = member.submit(page.form(ASK_FORM).set("question", QUESTION));

        assertThat(asked.status()).isEqualTo(303);
        assertThat(asked.location()).isEqualTo("/challenges/" + id + "?notice=asked");
        Page after = member.follow(asked);
        assertThat(after.find("#questions .notice").text()).startsWith("Your question is sent.");
        Element mine = after.find("#my-questions");
        assertThat(mine.text()).contains(QUESTION);
        assertThat(mine.text()).contains("Awaiting an answer");

        Page anonymous = PortalBrowser.anonymous().open("/challenges/" + id);
        assertThat(anonymous.text()).as("an open question is not public").doesNotContain(QUESTION);
        assertThat(anonymous.find("#questions h3 + p").text()).isEqualTo("No answers are published yet.");
        Page competitor = PortalBrowser.signedInWith(Fixtures.company().token("company_member"))
                .open("/challenges/" + id);
        assertThat(competitor.text()).as("nor shown to another company").doesNotContain(QUESTION);
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
        assertThat(link.text()).contains("1 awaiting an answer");
        Page questions = officer.open(link.attr("href"));
        assertThat(questions.status()).isEqualTo(200);
        Element open = questions.find("#open-questions article");
        assertThat(open.text()).contains(QUESTION);
        assertThat(open.text()).contains("Answer due by");
        assertThat(questions.text())
                .as("the agency does not see who asked either")
                .doesNotContain(company.name());

        Page answered = officer.submit(questions.form("#open-questions form").set("answer", ANSWER));
        assertThat(answered.status()).isEqualTo(303);
        assertThat(answered.location()).isEqualTo("/agency/challenges/" + id + "/questions?notice=answered");
        Page after = officer.follow(answered);
        assertThat(after.find(".notice").text()).startsWith("The answer is published");
        assertThat(after.find("#open-questions p").text()).isEqualTo("No question awaits an answer.");
        assertThat(after.find("#answered-questions article").text()).contains(ANSWER);

        Page publicPage = PortalBrowser.anonymous().open("/challenges/" + id);
        Element published = publicPage.find("#questions article");
        assertThat(published.selectFirst("h4").text()).isEqualTo("Question 1");
        assertThat(published.text()).contains(QUESTION);
        assertThat(published.text()).contains(ANSWER);
        assertThat(published.select("time").size())
                .as("only the answer's date, not when it was asked")
                .isEqualTo(1);
        Element time = published.selectFirst("time");
        assertThat(time.text())
                .as("in Brussels time")
                .isEqualTo(PortalTimes.shown(Instant.parse(time.attr("datetime"))));
        assertThat(publicPage.text()).doesNotContain(company.name());
        assertThat(publicPage.has(ASK_FORM))
                .as("anonymous visitors get no form")
                .isFalse();

        Page asker = member.open("/challenges/" + id);
        assertThat(asker.has("#my-questions"))
                .as("the answered question is no longer open")
                .isFalse();
        assertThat(asker.find("#questions article").text()).contains(ANSWER);
    }

    @Test
    void aTooShortQuestionIsShownBackWithTheReasonNextToTheField() {
        Org agency = Fixtures.agency();
        Org company = Fixtures.company();
        String id = Fixtures.published(agency, "Short " + agency.id());
        PortalBrowser member = PortalBrowser.signedInWith(company.token("company_member"));

        Page refused =
                member.submit(member.open("/challenges/" + id).form(ASK_FORM).set("question", "Why?"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.find("#question-error").text()).contains("must be 10 to 2000 characters");
        Element field = refused.find("#question");
        assertThat(field.attr("aria-invalid")).isEqualTo("true");
        assertThat(field.attr("aria-describedby")).contains("question-error");
        assertThat(refused.form(ASK_FORM).value("question"))
                .as("what was typed is kept")
                .isEqualTo("Why?");
        Element summary = refused.find("#error-summary");
        assertThat(summary.selectFirst("a").attr("href")).isEqualTo("#question");
        assertThat(summary.text()).contains("Your question:");
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

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.find("#question-error").text()).contains("Questions on stage 1 closed at");
        assertThat(refused.find("#error-summary").text()).contains("Your question was not sent");
        assertThat(refused.form(ASK_FORM).value("question")).isEqualTo(QUESTION);
        assertNoQuestions(company, id);

        Page later = member.open("/challenges/" + id);
        assertThat(later.has(ASK_FORM)).as("no form once questions are closed").isFalse();
        assertThat(later.find("#questions .questions-window").text()).contains("before the deadline of stage 1");
        assertThat(later.find("#questions .questions-window").text()).startsWith("Questions closed on");
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

        assertThat(answered.location())
                .isEqualTo("/agency/challenges/" + id + "/questions?notice=extended&amendment=1");
        Element notice = officer.follow(answered).find(".notice");
        assertThat(notice.text()).contains("the deadline moved later");
        assertThat(notice.text()).contains("Amendment 1 is published:");
        assertThat(notice.text()).contains("The deadline of stage 1 moves later by the shortfall");
        Page publicPage = PortalBrowser.anonymous().open("/challenges/" + id);
        assertThat(publicPage.find("#amendments article").text()).contains("Answer 1");
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
        assertThat(tooShort.status()).isEqualTo(400);
        Element field = tooShort.find("#open-questions textarea");
        assertThat(field.attr("aria-invalid")).isEqualTo("true");
        assertThat(tooShort.find("#" + field.id() + "-error").text()).contains("must be 10 to 5000 characters");
        assertThat(field.attr("aria-describedby")).contains(field.id() + "-error");
        assertThat(tooShort.find("#error-summary a").attr("href")).isEqualTo("#" + field.id());

        assertThat(officer.submit(first.set("answer", ANSWER)).status()).isEqualTo(303);
        Page again = officer.submit(second.set("answer", "A different answer, typed in a second tab."));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.find("#error-summary").text()).contains("published answers are final");
        assertThat(again.find("#answered-questions").text()).contains(ANSWER);
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
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.find("h1").text()).isEqualTo("Page not found");
        assertThat(stranger.open("/challenges/" + id).has("a[href$=/questions]"))
                .as("no link for them")
                .isFalse();

        Page refused = stranger.submit(form.set("csrf-token", stranger.cookie("cm_csrf")));
        assertThat(refused.status()).isEqualTo(404);
        JsonPath json = as(company.token("company_member"))
                .get("/api/v1/challenges/" + id + "/questions")
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("items[0].status")).isEqualTo("OPEN");
    }

    @Test
    void aQuestionWithoutTheCsrfTokenIsRefusedAndNothingIsAsked() {
        Org agency = Fixtures.agency();
        Org company = Fixtures.company();
        String id = Fixtures.published(agency, "Forged " + agency.id());
        PortalBrowser member = PortalBrowser.signedInWith(company.token("company_member"));
        HtmlForm form = member.open("/challenges/" + id).form(ASK_FORM).set("question", QUESTION);

        Page refused = member.submit(form.without("csrf-token"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.find("h1").text()).isEqualTo("The form has expired");
        assertNoQuestions(company, id);
    }

    @Test
    void onlyCompanyMembersGetTheFormAndOfficersCannotAsk() {
        Org agency = Fixtures.agency();
        String id = Fixtures.published(agency, "Officers " + agency.id());
        PortalBrowser officer = PortalBrowser.signedInWith(agency.officer());

        Page page = officer.open("/challenges/" + id);
        assertThat(page.has(ASK_FORM)).isFalse();
        Page anonymous = PortalBrowser.anonymous().open("/challenges/" + id);
        assertThat(anonymous.has("#questions a[href^='/dev/sign-in']"))
                .as("a visitor is told to sign in to ask")
                .isTrue();

        HtmlForm forged = PortalBrowser.signedInWith(Fixtures.company().token("company_member"))
                .open("/challenges/" + id)
                .form(ASK_FORM)
                .set("question", QUESTION)
                .set("csrf-token", officer.cookie("cm_csrf"));
        Page refused = officer.submit(forged);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(questionsSeenBy(agency.officer(), id)).isEqualTo(List.of());
    }

    private static void assertNoQuestions(Org company, String id) {
        assertThat(questionsSeenBy(company.token("company_member"), id)).isEqualTo(List.of());
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
