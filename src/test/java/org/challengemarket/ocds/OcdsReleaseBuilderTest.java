package org.challengemarket.ocds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.ChallengeAmendment;
import org.challengemarket.challenge.ChallengeContent;
import org.challengemarket.challenge.PublicationRules;
import org.challengemarket.challenge.Stage;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.challenge.Weights;
import org.challengemarket.clarification.Question;
import org.challengemarket.organisation.Organisation;
import org.challengemarket.organisation.OrganisationType;
import org.challengemarket.platform.money.Money;
import org.junit.jupiter.api.Test;

/** The shapes of the OCDS releases, built from public facts alone, without a database. */
class OcdsReleaseBuilderTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private static final Instant DEADLINE = NOW.plus(Duration.ofDays(30));
    private final OcdsReleaseBuilder builder = new OcdsReleaseBuilder("ocds-test01", "nl");
    private final Organisation agency = new Organisation("City of Leuven", OrganisationType.AGENCY, NOW);

    private Challenge published() {
        agency.id = UUID.randomUUID();
        Instant d2 = DEADLINE.plus(Duration.ofDays(30));
        ChallengeContent content = new ChallengeContent(
                "Quieter night buses",
                "Night buses wake people up along the route.",
                "Twelve lines, diesel and electric.",
                "Fewer complaints in a three-month pilot.",
                "mobility",
                Money.eur("40000.00"),
                2,
                List.of("nl", "fr"),
                List.of(
                        new Stage(1, StageKind.EXPRESSION_OF_INTEREST, NOW, DEADLINE, 6),
                        new Stage(2, StageKind.FULL_PROPOSAL, DEADLINE, d2, 3),
                        new Stage(3, StageKind.PITCH, d2, d2.plus(Duration.ofDays(14)), null)),
                new Weights(50, 30, 20));
        Challenge challenge = Challenge.draft(agency, content, NOW.minus(Duration.ofDays(1)));
        challenge.publish(
                NOW.minus(Duration.ofDays(1)),
                new PublicationRules(
                        Money.eur("30000.00"), Duration.ofDays(15), Duration.ofDays(7), Set.of("nl", "fr", "en")));
        return challenge;
    }

    @Test
    void shouldBuildTenderWithStagesAsMilestonesAndBudgetAsValue() {
        Challenge challenge = published();

        ObjectNode release = builder.tender(challenge, List.of(), List.of(), "tender", NOW);

        assertThat(release.path("ocid").asText()).isEqualTo("ocds-test01-" + challenge.id);
        assertThat(release.path("id").asText()).startsWith("tender-");
        assertThat(release.path("tag").toString()).isEqualTo("[\"tender\"]");
        assertThat(release.path("language").asText()).isEqualTo("nl");
        assertThat(release.path("buyer").path("name").asText()).isEqualTo("City of Leuven");
        JsonNode tender = release.path("tender");
        assertThat(tender.path("status").asText()).isEqualTo("active");
        assertThat(tender.path("value").path("amount").decimalValue()).isEqualByComparingTo("40000.00");
        assertThat(tender.path("value").path("currency").asText()).isEqualTo("EUR");
        assertThat(tender.path("awardCriteriaDetails").asText())
                .isEqualTo("Scored 0-10 on fixed criteria: problem solving 50%, team motivation 30%,"
                        + " implementation cost 20%");
        assertThat(tender.path("description").asText())
                .isEqualTo("Night buses wake people up along the route.\n\n"
                        + "Expected outcomes: Fewer complaints in a three-month pilot.");
        assertThat(tender.path("tenderPeriod").path("endDate").asText()).isEqualTo(DEADLINE.toString());
        assertThat(tender.path("milestones")).hasSize(3);
        assertThat(tender.path("milestones").get(0).path("title").asText())
                .isEqualTo("Stage 1: expression of interest");
        assertThat(tender.path("milestones").get(0).path("status").asText()).isEqualTo("scheduled");
        assertThat(tender.path("hasEnquiries").asBoolean()).isFalse();
        assertThat(tender.has("amendments")).isFalse();
    }

    @Test
    void shouldMarkStagesWhoseDeadlinePassedAsMet() {
        ObjectNode release = builder.tender(published(), List.of(), List.of(), "tenderUpdate", DEADLINE.plusSeconds(1));

        JsonNode milestones = release.path("tender").path("milestones");
        assertThat(milestones.get(0).path("status").asText()).isEqualTo("met");
        assertThat(milestones.get(1).path("status").asText()).isEqualTo("scheduled");
    }

    @Test
    void shouldListAmendmentsAndAnswersWithoutTheAsker() {
        Challenge challenge = published();
        ChallengeAmendment amendment =
                new ChallengeAmendment(challenge, 1, "Clarified the streets in scope", true, "{}", NOW);
        UUID asker = UUID.randomUUID();
        Question question = Question.ask(challenge.id, asker, 1, "Do the counters export their data?", NOW);
        question.answer("Yes, as CSV every five minutes.", 1, NOW.plusSeconds(60));

        ObjectNode release = builder.tender(challenge, List.of(amendment), List.of(question), "tenderAmendment", NOW);

        JsonNode tender = release.path("tender");
        assertThat(tender.path("amendments").get(0).path("description").asText())
                .isEqualTo("Material amendment 1: Clarified the streets in scope");
        assertThat(tender.path("hasEnquiries").asBoolean()).isTrue();
        JsonNode enquiry = tender.path("enquiries").get(0);
        assertThat(enquiry.path("title").asText()).isEqualTo("Question 1");
        assertThat(enquiry.path("answer").asText()).isEqualTo("Yes, as CSV every five minutes.");
        assertThat(release.toString()).doesNotContain(asker.toString());
    }

    @Test
    void shouldGiveTheSameAwardIdToACompanyWhateverItsSpelling() {
        Challenge challenge = published();
        ObjectNode award = builder.award(
                challenge,
                new OcdsAwardFacts(
                        challenge.id,
                        NOW,
                        List.of(new OcdsAwardFacts.Award("RouteWise BV", new BigDecimal("20000.00"), "EUR"))));
        ObjectNode contract = builder.contract(
                challenge,
                new OcdsContractFacts(
                        challenge.id,
                        UUID.randomUUID(),
                        " routewise bv ",
                        null,
                        new BigDecimal("20000.00"),
                        "EUR",
                        NOW,
                        null,
                        null,
                        List.of()));

        String awardId = award.path("awards").get(0).path("id").asText();
        assertThat(contract.path("contracts").get(0).path("awardID").asText()).isEqualTo(awardId);
        assertThat(award.path("tender").path("status").asText()).isEqualTo("complete");
        assertThat(award.path("parties").get(1).path("roles").toString()).isEqualTo("[\"supplier\"]");
        assertThat(contract.path("contracts").get(0).path("title").asText())
                .isEqualTo("Pilot contract with  routewise bv ");
        assertThat(contract.path("contracts").get(0).has("period")).isFalse();
    }

    @Test
    void shouldReportMetMilestonesAndPaymentsInTheImplementation() {
        Challenge challenge = published();
        UUID contractId = UUID.randomUUID();
        OcdsPaymentFacts facts = new OcdsPaymentFacts(
                challenge.id,
                contractId,
                "RouteWise BV",
                List.of(
                        new OcdsPaymentFacts.Milestone(UUID.randomUUID(), "Sensors installed", NOW, NOW),
                        new OcdsPaymentFacts.Milestone(UUID.randomUUID(), "Report", NOW, null)),
                List.of(new OcdsPaymentFacts.Payment(UUID.randomUUID(), NOW, new BigDecimal("5000.00"), "EUR")));

        ObjectNode release = builder.implementation(challenge, facts, NOW);

        JsonNode implementation = release.path("contracts").get(0).path("implementation");
        assertThat(release.path("contracts").get(0).path("id").asText()).isEqualTo(contractId.toString());
        assertThat(implementation.path("milestones").get(0).path("status").asText())
                .isEqualTo("met");
        assertThat(implementation.path("milestones").get(1).path("status").asText())
                .isEqualTo("scheduled");
        JsonNode transaction = implementation.path("transactions").get(0);
        assertThat(transaction.path("value").path("amount").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(transaction.path("payer").path("name").asText()).isEqualTo("City of Leuven");
        assertThat(transaction.path("payee").path("name").asText()).isEqualTo("RouteWise BV");
        assertThat(release.path("parties").get(0).path("roles").toString())
                .isEqualTo("[\"buyer\",\"procuringEntity\",\"payer\"]");
    }
}
