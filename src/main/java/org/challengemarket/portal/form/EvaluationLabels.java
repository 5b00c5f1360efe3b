package org.challengemarket.portal.form;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.evaluation.ScoreFields;
import org.challengemarket.portal.messages.AgencyMessages;
import org.challengemarket.portal.messages.EvaluationMessages;

/** The labels of the evaluation forms' fields: declarations, scores, consensus, departures. */
@ApplicationScoped
public class EvaluationLabels {

    @Inject
    AgencyMessages agencyMsg;

    @Inject
    EvaluationMessages evaluationMsg;

    public Optional<String> label(String field) {
        if (field.equals("conflict")) {
            return Optional.of(evaluationMsg.declarationField());
        }
        if (field.equals("departureReason")) {
            return Optional.of(agencyMsg.departureReason());
        }
        for (Criterion c : Criterion.values()) {
            String name = evaluationMsg.criterionName(c);
            if (field.equals(ScoreFields.points(c))) {
                return Optional.of(evaluationMsg.pointsLabel(name));
            }
            if (field.equals(ScoreFields.justification(c))) {
                return Optional.of(evaluationMsg.justificationLabel(name));
            }
            if (field.equals("consensus." + ScoreFields.points(c))) {
                return Optional.of(evaluationMsg.consensusPoints(name));
            }
            if (field.equals("consensus." + ScoreFields.of(c) + ".reason")) {
                return Optional.of(evaluationMsg.consensusReason(name));
            }
        }
        return Optional.empty();
    }
}
