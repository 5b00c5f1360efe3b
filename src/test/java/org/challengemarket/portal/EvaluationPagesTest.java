package org.challengemarket.portal;

import static org.challengemarket.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.challengemarket.platform.clock.ServiceClock;
import org.challengemarket.portal.PortalBrowser.HtmlForm;
import org.challengemarket.portal.PortalBrowser.Page;
import org.challengemarket.support.Evaluations;
import org.challengemarket.support.Evaluations.Bid;
import org.challengemarket.support.Evaluations.Panel;
import org.challengemarket.support.Fixtures;
import org.challengemarket.support.Fixtures.Org;
import org.challengemarket.support.Members;
import org.challengemarket.support.Members.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The evaluator's queue and scoring form, the chair's moderation, the agency's ranking, the company's feedback. */
@QuarkusTest
class EvaluationPagesTest {

    private static final String SCORE_FORM = "form[action$='/score']";
    private static final String CONSENSUS_FORM = "form[action$='/consensus']";

    @Inject
    ServiceClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Scene(Org agency, String challenge, Panel panel, Bid first, Bid second) {
        String proposalPage(Bid bid) {
            return "/evaluations/" + challenge + "/stages/1/proposals/" + bid.proposalId();
        }
    }

    private Scene scene() {
        Org agency = Fixtures.agency();
        String challenge = Fixtures.published(agency, "Scored in the portal " + agency.id());
        Panel panel = Evaluations.panel(agency, challenge, 1);
        Bid first = Evaluations.submittedProposal(challenge, "Text message when it is your turn.");
        Bid second = Evaluations.submittedProposal(challenge, "Cameras counting the queue.");
        clock.advance(Duration.between(clock.instant(), ProposalPagesTest.firstDeadline(challenge))
                .plusSeconds(1));
        return new Scene(agency, challenge, panel, first, second);
    }

    @Test
    void anEvaluatorDeclaresScoresWithTheDescriptorsAndThenSeesThePanelsScores() {
        Scene s = scene();
        Person evaluator = s.panel().evaluators().get(1);
        PortalBrowser browser = PortalBrowser.signedInWith(evaluator.token());

        Page assignments = browser.open("/evaluations");
        assertEquals(200, assignments.status());
        assertThat(assignments.find("table").text(), containsString("0 scored of 2 (0 recused)"));
        Page queue = browser.open(assignments.find("a[href$='/stages/1']").attr("href"));
        assertEquals(2, queue.html().select("tbody tr").size());
        assertThat(queue.text(), containsString("Not declared yet"));

        Page proposal = browser.open(s.proposalPage(s.first()));
        assertFalse(proposal.text().contains("Text message when it is your turn."), "sealed until declared");
        Page unanswered = browser.submit(proposal.form("form[action$='/conflict']"));
        assertEquals(400, unanswered.status());
        assertEquals("#conflict", unanswered.find("#error-summary a").attr("href"));

        Page declared =
                browser.submit(unanswered.form("form[action$='/conflict']").set("conflict", "no"));
        assertEquals(303, declared.status());
        Page form = browser.follow(declared);
        assertThat(form.find(".notice").text(), containsString("You can read and score the proposal now"));
        assertThat(form.text(), containsString("Text message when it is your turn."));
        assertThat(form.find("dl.descriptors").text(), containsString("10 – Outstanding"));
        assertEquals(
                "Score for Problem solving",
                form.find("label[for=problemSolving-points]").text());

        Page tooShort = browser.submit(form.form(SCORE_FORM)
                .set("problemSolving.points", "8")
                .set("problemSolving.justification", "Good.")
                .pressing("action", "save"));
        assertEquals(400, tooShort.status());
        assertEquals(
                "#problemSolving-justification",
                tooShort.find("#error-summary a").attr("href"));
        assertEquals("true", tooShort.find("#problemSolving-justification").attr("aria-invalid"));
        assertEquals(
                "8", tooShort.find("#problemSolving-points option[selected]").attr("value"));

        HtmlForm complete = tooShort.form(SCORE_FORM)
                .set("problemSolving.justification", "Directly answers the waiting problem with phones.")
                .set("teamMotivation.points", "6")
                .set("teamMotivation.justification", "Small team, but they ran queues at a festival.")
                .set("implementationCost.points", "7")
                .set("implementationCost.justification", "Within the band and cheap to run after the pilot.");
        Page saved = browser.submit(complete.pressing("action", "save"));
        assertEquals(303, saved.status());
        Page draft = browser.follow(saved);
        assertThat(draft.find(".notice").text(), containsString("draft score is saved"));
        assertEquals("6", draft.find("#teamMotivation-points option[selected]").attr("value"));

        Page submitted = browser.submit(draft.form(SCORE_FORM).pressing("action", "submit"));
        assertEquals(303, submitted.status());
        Page done = browser.follow(submitted);
        assertThat(done.find(".notice").text(), containsString("can no longer change"));
        assertFalse(done.has(SCORE_FORM), "a submitted score never changes");
        assertThat(done.find("section:has(#panel-heading)").text(), containsString("Within the band"));
        assertThat(done.text(), containsString("Some evaluators have not submitted yet."));
        as(evaluator.token())
                .get(s.panel().proposal(s.first().proposalId()))
                .then()
                .body("ownScore.status", org.hamcrest.Matchers.equalTo("SUBMITTED"))
                .body("ownScore.implementationCost.points", org.hamcrest.Matchers.equalTo(7));
    }

    @Test
    void aConflictRecusesTheEvaluatorFromTheProposal() {
        Scene s = scene();
        Person evaluator = s.panel().evaluators().get(1);
        PortalBrowser browser = PortalBrowser.signedInWith(evaluator.token());
        Page proposal = browser.open(s.proposalPage(s.second()));

        Page noReason =
                browser.submit(proposal.form("form[action$='/conflict']").set("conflict", "yes"));
        assertEquals(400, noReason.status());
        assertEquals("#reason", noReason.find("#error-summary a").attr("href"));
        Page recused = browser.submit(noReason.form("form[action$='/conflict']")
                .set("conflict", "yes")
                .set("reason", "I sit on this company's advisory board."));
        assertEquals(303, recused.status());
        assertEquals(404, browser.follow(recused).status());
        Page queue = browser.open("/evaluations/" + s.challenge() + "/stages/1");
        assertThat(queue.text(), containsString("Conflict: recused"));
        assertFalse(queue.has("a[href$='" + s.second().proposalId() + "']"));
    }

    @Test
    void theChairSeesFlaggedSpreadsAndRecordsAConsensus() {
        Scene s = scene();
        Person chair = s.panel().chair();
        s.panel().score(chair, s.first().proposalId(), 9, 7, 7);
        s.panel().score(s.panel().evaluators().get(1), s.first().proposalId(), 4, 7, 7);
        PortalBrowser browser = PortalBrowser.signedInWith(chair.token());

        Page moderation = browser.open("/evaluations/" + s.challenge() + "/stages/1/moderation");
        assertEquals(200, moderation.status());
        assertThat(moderation.find(".callout").text(), containsString("1 proposal has a wide spread"));
        assertThat(moderation.find("tr.row--flagged").text(), containsString("mean 6.50, spread 5"));

        Page proposal = browser.open(s.proposalPage(s.first()));
        assertThat(proposal.find("#consensus").text(), containsString("Scores spread widely"));
        Page noReason = browser.submit(proposal.form(CONSENSUS_FORM).set("consensus.problemSolving.points", "7"));
        assertEquals(400, noReason.status());
        assertEquals(
                "#consensus-problemSolving-reason",
                noReason.find("#error-summary a").attr("href"));
        Page recorded = browser.submit(noReason.form(CONSENSUS_FORM)
                .set("consensus.problemSolving.points", "7")
                .set("consensus.problemSolving.reason", "Agreed after discussing the pilot scope."));
        assertEquals(303, recorded.status());
        assertThat(browser.follow(recorded).find(".notice").text(), containsString("consensus is recorded"));

        PortalBrowser member =
                PortalBrowser.signedInWith(s.panel().evaluators().get(1).token());
        assertEquals(
                403,
                member.open("/evaluations/" + s.challenge() + "/stages/1/moderation")
                        .status());
        assertFalse(member.open(s.proposalPage(s.first())).has(CONSENSUS_FORM), "only the chair");
    }

    @Test
    void theAgencySeesWhatIsMissingThenTheRankingAndDecidesOnIt() {
        Scene s = scene();
        PortalBrowser officer = PortalBrowser.signedInWith(s.agency().officer());
        String ranking = "/agency/challenges/" + s.challenge() + "/stages/1/ranking";
        String shortlist = "/agency/challenges/" + s.challenge() + "/stages/1/shortlist";

        Page missing = officer.open(ranking);
        assertEquals(200, missing.status());
        assertThat(missing.find("section:has(#missing-heading)").text(), containsString("has not submitted"));
        Page noForm = officer.open(shortlist);
        assertFalse(noForm.has("form[action$='/shortlist']"), "the decision waits for the ranking");
        assertThat(noForm.text(), containsString("decided on the stage's complete ranking"));

        s.panel().scoreInOrder(List.of(s.second().proposalId(), s.first().proposalId()));
        Page complete = officer.open(ranking);
        assertEquals(
                List.of(s.second().company().name(), s.first().company().name()),
                complete.html().select("tbody th").eachText().stream()
                        .map(t -> t.replace(" (consensus)", ""))
                        .toList());
        assertThat(complete.find("tbody tr").text(), containsString("10.00"));

        Page page = officer.open(shortlist);
        assertThat(page.find("article.submission .rank").text(), containsString("Rank 1, weighted total 10.00"));
        Page departs = officer.submit(page.form("form[action$='/shortlist']")
                .setAll("proposalIds", s.first().proposalId())
                .set("decisionReason", "Only the text-message idea fits the counters."));
        assertEquals(422, departs.status());
        assertEquals("#departureReason", departs.find("#error-summary a").attr("href"));
        Page decided = officer.submit(departs.form("form[action$='/shortlist']")
                .set("departureReason", "The camera idea needs hardware the offices cannot host."));
        assertEquals(303, decided.status());
        assertThat(
                officer.follow(decided).find("section:has(#decision-heading)").text(),
                containsString("The camera idea needs hardware"));
    }

    @Test
    void eachCompanyReadsOnlyItsOwnFeedbackAfterTheDecision() {
        Scene s = scene();
        s.panel().scoreInOrder(List.of(s.first().proposalId(), s.second().proposalId()));
        PortalBrowser company = PortalBrowser.signedInWith(s.second().token());
        String feedback = "/proposals/" + s.second().proposalId() + "/feedback";
        assertThat(company.open(feedback).find(".callout").text(), containsString("as soon as the agency has decided"));

        as(s.agency().officer())
                .contentType(ContentType.JSON)
                .body(Map.of("proposalIds", List.of(s.first().proposalId()), "reason", "The clearest idea goes on."))
                .post("/api/v1/challenges/" + s.challenge() + "/stages/1/shortlist")
                .then()
                .statusCode(200);

        Page page = company.open(feedback);
        assertEquals(200, page.status());
        assertThat(page.find("dl.facts").text(), containsString("Did not go on"));
        assertThat(page.find("dl.facts").text(), containsString("2nd of 2"));
        assertThat(page.find("dl.facts").text(), containsString("10.00"));
        assertThat(page.text(), containsString(Evaluations.JUSTIFICATION));
        for (Person evaluator : s.panel().evaluators()) {
            assertThat(page.text(), not(containsString(evaluator.username())));
        }
        assertThat(page.text(), not(containsString(s.first().company().name())));
        assertEquals(
                404,
                company.open("/proposals/" + s.first().proposalId() + "/feedback")
                        .status());
        assertTrue(company.open("/proposals").has("a[href$='/feedback']"));
    }

    @Test
    void anEvaluatorNotOnThePanelGetsPageNotFound() {
        Scene s = scene();
        Person outsider = Members.member(s.agency(), "evaluator");
        Page page = PortalBrowser.signedInWith(outsider.token()).open(s.proposalPage(s.first()));
        assertEquals(404, page.status());
        assertFalse(page.text().contains("Text message"));
        assertThat(
                PortalBrowser.signedInWith(outsider.token())
                        .open("/evaluations")
                        .text(),
                containsString("No panel names you yet."));
    }
}
