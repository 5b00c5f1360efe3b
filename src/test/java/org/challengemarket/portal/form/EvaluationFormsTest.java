package org.challengemarket.portal.form;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.challengemarket.evaluation.dto.EvaluationDtos.ConsensusRequest;
import org.challengemarket.evaluation.dto.EvaluationDtos.ScoreRequest;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scoring, consensus and declaration forms read what an evaluator typed into the API's requests. */
class EvaluationFormsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validation() {
        factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void shouldReadAScoreDraftLeavingOutWhatIsEmpty() {
        MultivaluedHashMap<String, String> typed = new MultivaluedHashMap<>();
        typed.add("problemSolving.points", " 7 ");
        typed.add("problemSolving.justification", "");
        FormErrors errors = FormTexts.errors();

        ScoreRequest request = ScoreForm.read(typed).toRequest(errors, validator, "pointsRange");

        assertThat(errors.isEmpty()).isTrue();
        assertThat(request.problemSolving().points()).isEqualTo(7);
        assertThat(request.problemSolving().justification()).isNull();
        assertThat(request.teamMotivation().points()).isNull();
    }

    @Test
    void shouldRefusePointsOutsideZeroToTenOnTheirInput() {
        MultivaluedHashMap<String, String> typed = new MultivaluedHashMap<>();
        typed.add("teamMotivation.points", "11");
        typed.add("implementationCost.points", "many");
        FormErrors errors = FormTexts.errors();

        ScoreForm.read(typed).toRequest(errors, validator, "pointsRange");

        assertThat(errors.of("teamMotivation.points")).contains("pointsRange");
        assertThat(errors.of("implementationCost.points")).containsExactly("pointsRange");
    }

    @Test
    void shouldRefuseAConsensusThatAgreesOnNothingOnItsFirstInput() {
        FormErrors errors = FormTexts.errors();

        ConsensusRequest request =
                ConsensusForm.read(new MultivaluedHashMap<>()).toRequest(errors, validator, "pointsRange", "nothing");

        assertThat(request.problemSolving()).isNull();
        assertThat(errors.of("consensus.problemSolving.points")).containsExactly("nothing");
    }

    @Test
    void shouldNameAConsensusReasonThatIsTooShortUnderTheConsensusInputs() {
        MultivaluedHashMap<String, String> typed = new MultivaluedHashMap<>();
        typed.add("consensus.teamMotivation.points", "6");
        typed.add("consensus.teamMotivation.reason", "short");
        FormErrors errors = FormTexts.errors();

        ConsensusForm.read(typed).toRequest(errors, validator, "pointsRange", "nothing");

        assertThat(errors.has("consensus.teamMotivation.reason")).isTrue();
        assertThat(errors.has("consensus.problemSolving.points")).isFalse();
    }

    @Test
    void shouldAskForAChoiceBeforeADeclaration() {
        MultivaluedHashMap<String, String> typed = new MultivaluedHashMap<>();
        typed.add("reason", "I advised this company last year.");
        FormErrors errors = FormTexts.errors();

        DeclarationForm form = DeclarationForm.read(typed);
        form.toRequest(errors, validator, "chooseOne");

        assertThat(form.conflict()).isFalse();
        assertThat(errors.of("conflict")).containsExactly("chooseOne");
    }

    @Test
    void shouldSendTheReasonOfADeclaredConflict() {
        MultivaluedHashMap<String, String> typed = new MultivaluedHashMap<>();
        typed.add("conflict", "yes");
        typed.add("reason", "I advised this company last year.\r\n");
        FormErrors errors = FormTexts.errors();

        var request = DeclarationForm.read(typed).toRequest(errors, validator, "chooseOne");

        assertThat(errors.isEmpty()).isTrue();
        assertThat(request.conflict()).isTrue();
        assertThat(request.reason()).isEqualTo("I advised this company last year.");
    }
}
