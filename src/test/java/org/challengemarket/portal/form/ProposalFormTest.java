package org.challengemarket.portal.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.List;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.platform.error.Problem;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.challengemarket.portal.messages.ChallengeMessages;
import org.challengemarket.portal.messages.CommonMessages;
import org.challengemarket.portal.messages.ProposalMessages;
import org.junit.jupiter.api.Test;

/** The stage form's conversions between what a person types and a draft's JSON fields. */
class ProposalFormTest {

    private final CommonMessages commonMsg = texts(CommonMessages.class);

    @Test
    void pitchSlotTypedInBrusselsTimeIsStoredAsAnInstantAndShownBackTheSame() {
        MultivaluedHashMap<String, String> typed = new MultivaluedHashMap<>();
        typed.add("fields.preferredSlot", "2027-03-15T10:30");
        typed.add("fields.finalPrice.amount", "24 500.5");
        typed.add("fields.finalPrice.currency", "eur");
        typed.add("fields.demoNotes", "");
        FormErrors errors = errors();

        JsonNode fields = ProposalForm.read(StageKind.PITCH, typed, "EUR")
                .toRequest(errors, commonMsg)
                .fields();

        assertThat(errors.isEmpty()).isTrue();
        assertThat(fields.get("preferredSlot").asText())
                .as("CET is UTC+1 in March")
                .isEqualTo("2027-03-15T09:30:00Z");
        assertThat(fields.get("finalPrice").get("amount").decimalValue()).isEqualTo(new BigDecimal("24500.5"));
        assertThat(fields.get("finalPrice").get("currency").asText()).isEqualTo("EUR");
        assertThat(fields.has("demoNotes"))
                .as("an empty optional field is left out of the draft")
                .isFalse();

        ObjectNode stored = JsonNodeFactory.instance.objectNode();
        stored.put("preferredSlot", "2027-07-01T08:00:00Z");
        stored.putObject("finalPrice").put("amount", new BigDecimal("24500.50")).put("currency", "EUR");
        ProposalForm shown = ProposalForm.from(StageKind.PITCH, stored, "EUR");
        assertThat(row(shown, "preferredSlot").value())
                .as("CEST is UTC+2 in July")
                .isEqualTo("2027-07-01T10:00");
        assertThat(row(shown, "finalPrice").value()).isEqualTo("24500.50");
        assertThat(row(shown, "finalPrice").currency()).isEqualTo("EUR");
    }

    @Test
    void wordsWhereAnAmountOrATimeGoesAreReportedOnTheirInputs() {
        MultivaluedHashMap<String, String> typed = new MultivaluedHashMap<>();
        typed.add("fields.preferredSlot", "next Tuesday");
        typed.add("fields.finalPrice.amount", "a lot");
        FormErrors errors = errors();

        JsonNode fields = ProposalForm.read(StageKind.PITCH, typed, "EUR")
                .toRequest(errors, commonMsg)
                .fields();

        assertThat(errors.has("fields.preferredSlot")).isTrue();
        assertThat(errors.has("fields.finalPrice.amount")).isTrue();
        assertThat(fields.size()).isEqualTo(0);
    }

    @Test
    void aMissingAmountIsShownOnTheAmountInput() {
        ProposalForm form = ProposalForm.from(StageKind.FULL_PROPOSAL, null, "EUR");
        FormErrors errors = errors();

        errors.refusal(
                new ProblemException(
                        ProblemType.RULE_VIOLATION,
                        "The stage is not complete yet",
                        List.of(
                                new Problem.FieldError("fields.costEstimate", "is required to submit"),
                                new Problem.FieldError("fields.approach", "is required to submit"))),
                Refusal.showing(ProblemType.RULE_VIOLATION).inputs(form::input));

        assertThat(errors.has("fields.costEstimate.amount")).isTrue();
        assertThat(errors.anchor("fields.costEstimate.amount")).isEqualTo("fields-costEstimate-amount");
        assertThat(errors.has("fields.approach")).isTrue();
        assertThat(errors.anchor("fields.approach")).isEqualTo("fields-approach");
    }

    @Test
    void theFirstRadioOfAChoiceCarriesTheFieldsId() {
        ProposalForm.Row band = row(ProposalForm.from(StageKind.EXPRESSION_OF_INTEREST, null, "EUR"), "costBand");

        assertThat(band.choiceId("UP_TO_10000")).isEqualTo("fields-costBand");
        assertThat(band.choiceId("10000_TO_20000")).isEqualTo("fields-costBand-1");
    }

    private static ProposalForm.Row row(ProposalForm form, String name) {
        return form.rows().stream()
                .filter(r -> r.field().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private FormErrors errors() {
        FieldLabels labels = new FieldLabels();
        labels.commonMsg = commonMsg;
        labels.challengeMsg = texts(ChallengeMessages.class);
        labels.proposalMsg = texts(ProposalMessages.class);
        return new FormErrors(labels);
    }

    /** A message bundle whose every text is its key, enough for conversions. */
    private static <T> T texts(Class<T> bundle) {
        return bundle.cast(Proxy.newProxyInstance(
                bundle.getClassLoader(), new Class<?>[] {bundle}, (proxy, method, args) -> method.getName()));
    }
}
