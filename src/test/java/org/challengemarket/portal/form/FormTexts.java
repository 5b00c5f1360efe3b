package org.challengemarket.portal.form;

import java.lang.reflect.Proxy;
import org.challengemarket.portal.messages.AgencyMessages;
import org.challengemarket.portal.messages.ChallengeMessages;
import org.challengemarket.portal.messages.CommonMessages;
import org.challengemarket.portal.messages.EvaluationMessages;
import org.challengemarket.portal.messages.PaymentMessages;
import org.challengemarket.portal.messages.ProposalMessages;

/** Message bundles whose every text is its key, and field labels made of them: enough to read forms. */
final class FormTexts {

    private FormTexts() {}

    static <T> T texts(Class<T> bundle) {
        return bundle.cast(Proxy.newProxyInstance(
                bundle.getClassLoader(), new Class<?>[] {bundle}, (proxy, method, args) -> method.getName()));
    }

    static FormErrors errors() {
        FieldLabels labels = new FieldLabels();
        labels.commonMsg = texts(CommonMessages.class);
        labels.challengeMsg = texts(ChallengeMessages.class);
        labels.agencyMsg = texts(AgencyMessages.class);
        labels.proposalMsg = texts(ProposalMessages.class);
        labels.paymentMsg = texts(PaymentMessages.class);
        labels.evaluation = new EvaluationLabels();
        labels.evaluation.agencyMsg = labels.agencyMsg;
        labels.evaluation.evaluationMsg = texts(EvaluationMessages.class);
        return new FormErrors(labels);
    }
}
