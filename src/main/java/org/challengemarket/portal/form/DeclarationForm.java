package org.challengemarket.portal.form;

import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import org.challengemarket.evaluation.dto.EvaluationDtos.DeclarationRequest;

/**
 * An evaluator's declaration on a proposal as typed: whether it has a conflict of interest, and
 * why when it has one.
 */
public record DeclarationForm(String choice, String reason) {

    private static final String CONFLICT = "conflict";
    private static final String YES = "yes";

    /** The form as submitted, its text stripped and with line breaks as {@code \n}. */
    public static DeclarationForm read(MultivaluedMap<String, String> body) {
        FormValues form = new FormValues(body);
        return new DeclarationForm(
                form.text(CONFLICT).strip(), form.text("reason").strip());
    }

    /** True when the evaluator declares a conflict, and so takes no part in this proposal. */
    public boolean conflict() {
        return choice.equals(YES);
    }

    /** The declaration this form stands for, with a missing choice and what the API would refuse in {@code errors}. */
    public DeclarationRequest toRequest(FormErrors errors, Validator validator, String chooseOne) {
        if (!choice.equals(YES) && !choice.equals("no")) {
            errors.add(CONFLICT, chooseOne);
        }
        DeclarationRequest request = new DeclarationRequest(conflict(), conflict() ? reason : null);
        errors.addViolations(validator.validate(request));
        return request;
    }
}
