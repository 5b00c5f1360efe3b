package org.challengemarket.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.challengemarket.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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
        assertThat(assignments.status()).isEqualTo(200);
        assertThat(assignments.find("table").text()).contains("0 scored of 2 (0 recused)");
        Page queue = browser.open(assignments.find("a[href$='/stages/1']").attr("href"));
        assertThat(queue.html().select("tbody tr").size()).isEqualTo(2);
        assertThat(queue.text()).contains("Not declared yet");

        Page proposal = browser.open(s.proposalPage(s.first()));
        assertThat(proposal.text()).as("sealed until declared").doesNotContain("Text message when it is your turn.");
        Page unanswered = browser.submit(proposal.form("form[action$='/conflict']"));
        assertThat(unanswered.status()).isEqualTo(400);
        assertThat(unanswered.find("#error-summary a").attr("href")).isEqualTo("#conflict");

        Page declared =
                browser.submit(unanswered.form("form[action$='/conflict']").set("conflict", "no"));
        assertThat(declared.status()).isEqualTo(303);
        Page form = browser.follow(declared);
        assertThat(form.find(".notice").text()).contains("You can read and score the proposal now");
        assertThat(form.text()).contains("Text message when it is your turn.");
        assertThat(form.find("dl.descriptors").text()).contains("10 – Outstanding");
        assertThat(form.find("label[for=problemSolving-points]").text()).isEqualTo("Score for Problem solving");

        Page tooShort = browser.submit(form.form(SCORE_FORM)
                .set("problemSolving.points", "8")
                .set("problemSolving.justification", "Good.")
                .pressing("action", "save"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.find("#error-summary a").attr("href")).isEqualTo("#problemSolving-justification");
        assertThat(tooShort.find("#problemSolving-justification").attr("aria-invalid"))
                .isEqualTo("true");
        assertThat(tooShort.find("#problemSolving-points option[selected]").attr("value"))
                .isEqualTo("8");

        HtmlForm complete = tooShort.form(SCORE_FORM)
                .set("problemSolving.justification", "Directly answers the waiting problem with phones.")
                .set("teamMotivation.points", "6")
                .set("teamMotivation.justification", "Small team, but they ran queues at a festival.")
                .set("implementationCost.points", "7")
                .set("implementationCost.justification", "Within the band and cheap to run after the pilot.");
        Page saved = browser.submit(complete.pressing("action", "save"));
        assertThat(saved.status()).isEqualTo(303);
        Page draft = browser.follow(saved);
        assertThat(draft.find(".notice").text()).contains("draft score is saved");
        assertThat(draft.find("#teamMotivation-points option[selected]").attr("value"))
                .isEqualTo("6");

        Page submitted = browser.submit(draft.form(SCORE_FORM).pressing("action", "submit"));
        assertThat(submitted.status()).isEqualTo(303);
        Page done = browser.follow(submitted);
        assertThat(done.find(".notice").text()).contains("can no longer change");
        assertThat(done.has(SCORE_FORM)).as("a submitted score never changes").isFalse();
        assertThat(done.find("section:has(#panel-heading)").text()).contains("Within the band");
        assertThat(done.text()).contains("Some evaluators have not submitted yet.");
        JsonPath json = as(evaluator.token())
                .get(s.panel().proposal(s.first().proposalId()))
                .then()
                .extract()
                .jsonPath();
        assertThat(json.getString("ownScore.status")).isEqualTo("SUBMITTED");
        assertThat(json.getInt("ownScore.implementationCost.points")).isEqualTo(7);
    }

    @Test
    void aConflictRecusesTheEvaluatorFromTheProposal() {
        Scene s = scene();
        Person evaluator = s.panel().evaluators().get(1);
        PortalBrowser browser = PortalBrowser.signedInWith(evaluator.token());
        Page proposal = browser.open(s.proposalPage(s.second()));

        Page noReason =
                browser.submit(proposal.form("form[action$='/conflict']").set("conflict", "yes"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.find("#error-summary a").attr("href")).isEqualTo("#reason");
        Page recused = browser.submit(noReason.form("form[action$='/conflict']")
                .set("conflict", "yes")
                .set("reason", "I sit on this company's advisory board."));
        assertThat(recused.status()).isEqualTo(303);
        assertThat(browser.follow(recused).status()).isEqualTo(404);
        Page queue = browser.open("/evaluations/" + s.challenge() + "/stages/1");
        assertThat(queue.text()).contains("Conflict: recused");
        assertThat(queue.has("a[href$='" + s.second().proposalId() + "']")).isFalse();
    }

    @Test
    void theChairSeesFlaggedSpreadsAndRecordsAConsensus() {
        Scene s = scene();
        Person chair = s.panel().chair();
        s.panel().score(chair, s.first().proposalId(), 9, 7, 7);
        s.panel().score(s.panel().evaluators().get(1), s.first().proposalId(), 4, 7, 7);
        PortalBrowser browser = PortalBrowser.signedInWith(chair.token());

        Page moderation = browser.open("/evaluations/" + s.challenge() + "/stages/1/moderation");
        assertThat(moderation.status()).isEqualTo(200);
        assertThat(moderation.find(".callout").text()).contains("1 proposal has a wide spread");
        assertThat(moderation.find("tr.row--flagged").text()).contains("mean 6.50, spread 5");

        Page proposal = browser.open(s.proposalPage(s.first()));
        assertThat(proposal.find("#consensus").text()).contains("Scores spread widely");
        Page noReason = browser.submit(proposal.form(CONSENSUS_FORM).set("consensus.problemSolving.points", "7"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.find("#error-summary a").attr("href")).isEqualTo("#consensus-problemSolving-reason");
        Page recorded = browser.submit(noReason.form(CONSENSUS_FORM)
                .set("consensus.problemSolving.points", "7")
                .set("consensus.problemSolving.reason", "Agreed after discussing the pilot scope."));
        assertThat(recorded.status()).isEqualTo(303);
        assertThat(browser.follow(recorded).find(".notice").text()).contains("consensus is recorded");

        PortalBrowser member =
                PortalBrowser.signedInWith(s.panel().evaluators().get(1).token());
        assertThat(member.open("/evaluations/" + s.challenge() + "/stages/1/moderation")
                        .status())
                .isEqualTo(403);
        assertThat(member.open(s.proposalPage(s.first())).has(CONSENSUS_FORM))
                .as("only the chair")
                .isFalse();
    }

    @Test
    void theAgencySeesWhatIsMissingThenTheRankingAndDecidesOnIt() {
        Scene s = scene();
        PortalBrowser officer = PortalBrowser.signedInWith(s.agency().officer());
        String ranking = "/agency/challenges/" + s.challenge() + "/stages/1/ranking";
        String shortlist = "/agency/challenges/" + s.challenge() + "/stages/1/shortlist";

        Page missing = officer.open(ranking);
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.find("section:has(#missing-heading)").text()).contains("has not submitted");
        Page noForm = officer.open(shortlist);
        assertThat(noForm.has("form[action$='/shortlist']"))
                .as("the decision waits for the ranking")
                .isFalse();
        assertThat(noForm.text()).contains("decided on the stage's complete ranking");

        s.panel().scoreInOrder(List.of(s.second().proposalId(), s.first().proposalId()));
        Page complete = officer.open(ranking);
        assertThat(complete.html().select("tbody th").eachText().stream()
                        .map(t -> t.replace(" (consensus)", ""))
                        .toList())
                .isEqualTo(
                        List.of(s.second().company().name(), s.first().company().name()));
        assertThat(complete.find("tbody tr").text()).contains("10.00");

        Page page = officer.open(shortlist);
        assertThat(page.find("article.submission .rank").text()).contains("Rank 1, weighted total 10.00");
        Page departs = officer.submit(page.form("form[action$='/shortlist']")
                .setAll("proposalIds", s.first().proposalId())
                .set("decisionReason", "Only the text-message idea fits the counters."));
        assertThat(departs.status()).isEqualTo(422);
        assertThat(departs.find("#error-summary a").attr("href")).isEqualTo("#departureReason");
        Page decided = officer.submit(departs.form("form[action$='/shortlist']")
                .set("departureReason", "The camera idea needs hardware the offices cannot host."));
        assertThat(decided.status()).isEqualTo(303);
        assertThat(officer.follow(decided)
                        .find("section:has(#decision-heading)")
                        .text())
                .contains("The camera idea needs hardware");
    }

    @Test
    void eachCompanyReadsOnlyItsOwnFeedbackAfterTheDecision() {
        Scene s = scene();
        s.panel().scoreInOrder(List.of(s.first().proposalId(), s.second().proposalId()));
        PortalBrowser company = PortalBrowser.signedInWith(s.second().token());
        String feedback = "/proposals/" + s.second().proposalId() + "/feedback";
        assertThat(company.open(feedback).find(".callout").text()).contains("as soon as the agency has decided");

        as(s.agency().officer())
                .contentType(ContentType.JSON)
                .body(Map.of("proposalIds", List.of(s.first().proposalId()), "reason", "The clearest idea goes on."))
                .post("/api/v1/challenges/" + s.challenge() + "/stages/1/shortlist")
                .then()
                .statusCode(200);

        Page page = company.open(feedback);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.find("dl.facts").text()).contains("Did not go on");
        assertThat(page.find("dl.facts").text()).contains("2nd of 2");
        assertThat(page.find("dl.facts").text()).contains("10.00");
        assertThat(page.text()).contains(Evaluations.JUSTIFICATION);
        for (Person evaluator : s.panel().evaluators()) {
            assertThat(page.text()).doesNotContain(evaluator.username());
        }
        assertThat(page.text()).doesNotContain(s.first().company().name());
        assertThat(company.open("/proposals/" + s.first().proposalId() + "/feedback")
                        .status())
                .isEqualTo(404);
        assertThat(company.open("/proposals").has("a[href$='/feedback']")).isTrue();
    }

    @Test
    void anEvaluatorNotOnThePanelGetsPageNotFound() {
        Scene s = scene();
        Person outsider = Members.member(s.agency(), "evaluator");
        Page page = PortalBrowser.signedInWith(outsider.token()).open(s.proposalPage(s.first()));
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).doesNotContain("Text message");
        assertThat(PortalBrowser.signedInWith(outsider.token())
                        .open("/evaluations")
                        .text())
                .contains("No panel names you yet.");
    }
}
