package org.challengemarket.portal.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.challengemarket.platform.error.Problem;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;
import org.junit.jupiter.api.Test;

/** How a form shows a service's refusal: on its inputs, at the top, or not at all. */
class RefusalTest {

    private static final ProblemException INCOMPLETE = new ProblemException(
            ProblemType.RULE_VIOLATION,
            "The challenge cannot be published yet",
            List.of(new Problem.FieldError("title", "is required to publish")));

    @Test
    void shouldPutFieldReasonsOnTheirInputsAndTheDetailAtTheTop() {
        FormErrors errors = FormTexts.errors();

        int status = errors.refusal(INCOMPLETE, Refusal.showing(ProblemType.RULE_VIOLATION));

        assertThat(status).isEqualTo(422);
        assertThat(errors.of("title")).containsExactly("is required to publish");
        assertThat(errors.general()).isEqualTo("The challenge cannot be published yet");
    }

    @Test
    void shouldSummariseAtTheTopWhenTheReasonsAreOnTheFields() {
        FormErrors errors = FormTexts.errors();

        errors.refusal(INCOMPLETE, Refusal.showing(ProblemType.RULE_VIOLATION).summary("The form has errors"));

        assertThat(errors.general()).isEqualTo("The form has errors");
    }

    @Test
    void shouldTellARefusalWithoutFieldReasonsAtTheTopEvenWithASummary() {
        FormErrors errors = FormTexts.errors();

        errors.refusal(
                ProblemException.conflict("Stage 2 opens for submissions later"),
                Refusal.showing(ProblemType.CONFLICT).summary("The form has errors"));

        assertThat(errors.items()).isEmpty();
        assertThat(errors.general()).isEqualTo("Stage 2 opens for submissions later");
    }

    @Test
    void shouldPutFieldReasonsOnTheInputsTheFormNames() {
        FormErrors errors = FormTexts.errors();

        errors.refusal(INCOMPLETE, Refusal.showing(ProblemType.RULE_VIOLATION).inputs(path -> "consensus." + path));

        assertThat(errors.has("consensus.title")).isTrue();
        assertThat(errors.has("title")).isFalse();
    }

    @Test
    void shouldTellTheDetailOnAnInputWhenTheFormSaysSo() {
        FormErrors errors = FormTexts.errors();

        errors.refusal(
                ProblemException.conflict("Another company is registered with this number"),
                Refusal.showing(ProblemType.CONFLICT)
                        .detailOn("enterpriseNumber", ProblemType.CONFLICT)
                        .summary("The form has errors"));

        assertThat(errors.of("enterpriseNumber")).containsExactly("Another company is registered with this number");
        assertThat(errors.general()).isEqualTo("The form has errors");
    }

    @Test
    void shouldAnswerAStaleVersionWith409InTheFormsOwnWords() {
        FormErrors errors = FormTexts.errors();

        int status = errors.refusal(
                new ProblemException(ProblemType.PRECONDITION_FAILED, "The resource changed since you read it"),
                Refusal.showing(ProblemType.PRECONDITION_FAILED)
                        .saying("Someone changed it meanwhile", ProblemType.PRECONDITION_FAILED));

        assertThat(status).isEqualTo(409);
        assertThat(errors.general()).isEqualTo("Someone changed it meanwhile");
    }

    @Test
    void shouldThrowARefusalTheFormDoesNotShowForTheErrorPages() {
        FormErrors errors = FormTexts.errors();
        ProblemException notFound = ProblemException.notFound("Challenge 42");

        assertThatThrownBy(() -> errors.refusal(notFound, Refusal.showing(ProblemType.RULE_VIOLATION)))
                .isSameAs(notFound);
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void shouldLeaveTheRefusalItWasMadeFromUnchangedWhenAChoiceIsAdded() {
        Refusal shown = Refusal.showing(ProblemType.RULE_VIOLATION);
        shown.inputs(path -> "consensus." + path);
        FormErrors errors = FormTexts.errors();

        errors.refusal(INCOMPLETE, shown);

        assertThat(errors.has("title")).isTrue();
    }
}
