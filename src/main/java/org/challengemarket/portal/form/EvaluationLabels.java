package org.challengemarket.portal.form;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.evaluation.ScoreFields;
import org.challengemarket.portal.EvaluationMessages;

/** The labels of the evaluation forms' fields: declarations, scores, consensus, departures. */
@ApplicationScoped
public class EvaluationLabels {

    @Inject
    EvaluationMessages emsg;

    public Optional<String> label(String field) {
        if (field.equals("conflict")) {
            return Optional.of(emsg.declarationField());
        }
        if (field.equals("departureReason")) {
            return Optional.of(emsg.departureReason());
        }
        for (Criterion c : Criterion.values()) {
            String name = emsg.criterionName(c);
            if (field.equals(ScoreFields.points(c))) {
                return Optional.of(emsg.pointsLabel(name));
            }
            if (field.equals(ScoreFields.justification(c))) {
                return Optional.of(emsg.justificationLabel(name));
            }
            if (field.equals("consensus." + ScoreFields.points(c))) {
                return Optional.of(emsg.consensusPoints(name));
            }
            if (field.equals("consensus." + ScoreFields.of(c) + ".reason")) {
                return Optional.of(emsg.consensusReason(name));
            }
        }
        return Optional.empty();
    }
}
