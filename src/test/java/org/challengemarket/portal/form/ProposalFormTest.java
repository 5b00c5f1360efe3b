package org.challengemarket.portal.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

        assertTrue(errors.isEmpty());
        assertEquals("2027-03-15T09:30:00Z", fields.get("preferredSlot").asText(), "CET is UTC+1 in March");
        assertEquals(
                new BigDecimal("24500.5"),
                fields.get("finalPrice").get("amount").decimalValue());
        assertEquals("EUR", fields.get("finalPrice").get("currency").asText());
        assertFalse(fields.has("demoNotes"), "an empty optional field is left out of the draft");

        ObjectNode stored = JsonNodeFactory.instance.objectNode();
        stored.put("preferredSlot", "2027-07-01T08:00:00Z");
        stored.putObject("finalPrice").put("amount", new BigDecimal("24500.50")).put("currency", "EUR");
        ProposalForm shown = ProposalForm.from(StageKind.PITCH, stored, "EUR");
        assertEquals("2027-07-01T10:00", row(shown, "preferredSlot").value(), "CEST is UTC+2 in July");
        assertEquals("24500.50", row(shown, "finalPrice").value());
        assertEquals("EUR", row(shown, "finalPrice").currency());
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

        assertTrue(errors.has("fields.preferredSlot"));
        assertTrue(errors.has("fields.finalPrice.amount"));
        assertEquals(0, fields.size());
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

        assertTrue(errors.has("fields.costEstimate.amount"));
        assertEquals("fields-costEstimate-amount", errors.anchor("fields.costEstimate.amount"));
        assertTrue(errors.has("fields.approach"));
        assertEquals("fields-approach", errors.anchor("fields.approach"));
    }

    @Test
    void theFirstRadioOfAChoiceCarriesTheFieldsId() {
        ProposalForm.Row band = row(ProposalForm.from(StageKind.EXPRESSION_OF_INTEREST, null, "EUR"), "costBand");

        assertEquals("fields-costBand", band.choiceId("UP_TO_10000"));
        assertEquals("fields-costBand-1", band.choiceId("10000_TO_20000"));
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
