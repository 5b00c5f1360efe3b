package org.challengemarket.portal.form;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.challengemarket.portal.messages.CommonMessages;

/**
 * What every portal form needs: reasons named by the labels people know the fields by, the API's
 * Bean Validation rules to check a request before it is sent, and the texts all forms share.
 */
@ApplicationScoped
public class Forms {

    @Inject
    FieldLabels labels;

    @Inject
    Validator validator;

    @Inject
    CommonMessages commonMsg;

    /** No reasons yet: a form shown for the first time, or one about to be read. */
    public FormErrors errors() {
        return new FormErrors(labels);
    }

    public Validator validator() {
        return validator;
    }

    /** The texts all forms share: a value that cannot be read, a refused form's summary. */
    public CommonMessages texts() {
        return commonMsg;
    }

    /** What the top of a form says when it cannot be read, or its reasons are on its fields. */
    public String refusedSummary() {
        return commonMsg.formRefused();
    }
}
