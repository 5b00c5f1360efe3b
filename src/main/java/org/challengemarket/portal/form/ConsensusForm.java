package org.challengemarket.portal.form;

import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.evaluation.ScoreFields;
import org.challengemarket.evaluation.dto.EvaluationDtos.ConsensusMark;
import org.challengemarket.evaluation.dto.EvaluationDtos.ConsensusRequest;
import org.challengemarket.evaluation.dto.EvaluationDtos.CriterionDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.CriterionSummaryDto;
import org.challengemarket.portal.form.CriterionMarks.Mark;

/**
 * The chair's consensus on one proposal as typed: for each criterion it names, the agreed points
 * and the reason. Input names are the API's paths under {@code consensus.}
 * ({@code consensus.problemSolving.reason}), so the service's reasons land on their inputs.
 */
public final class ConsensusForm {

    /** Where the form's inputs are, and so the service's reasons. */
    public static final String PREFIX = "consensus.";

    private static final CriterionMarks.Inputs INPUTS = new CriterionMarks.Inputs(
            criterion -> PREFIX + ScoreFields.points(criterion),
            criterion -> PREFIX + ScoreFields.of(criterion) + ".reason");

    private final CriterionMarks marks;

    private ConsensusForm(CriterionMarks marks) {
        this.marks = marks;
    }

    /** The consensus recorded so far, per criterion. */
    public static ConsensusForm of(List<CriterionSummaryDto> summaries) {
        Map<Criterion, Mark> marks = new EnumMap<>(Criterion.class);
        for (CriterionSummaryDto summary : summaries) {
            marks.putIfAbsent(summary.criterion(), Mark.of(summary.consensus(), summary.consensusReason()));
        }
        return new ConsensusForm(new CriterionMarks(INPUTS, marks));
    }

    /** The form as submitted. */
    public static ConsensusForm read(MultivaluedMap<String, String> body) {
        return new ConsensusForm(CriterionMarks.read(INPUTS, body));
    }

    /**
     * The consensus request this form stands for: a mark for each criterion given points or a
     * reason, with what cannot be read and what the API would refuse in {@code errors}. A form
     * that agrees on nothing is refused on its first input.
     */
    public ConsensusRequest toRequest(
            FormErrors errors, Validator validator, String pointsOutOfRange, String nothingAgreed) {
        Map<Criterion, ConsensusMark> agreed = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            Mark mark = marks.of(criterion);
            if (!mark.points().isEmpty() || !mark.text().isEmpty()) {
                agreed.put(
                        criterion, new ConsensusMark(marks.points(criterion, errors, pointsOutOfRange), mark.text()));
            }
        }
        ConsensusRequest request = new ConsensusRequest(
                agreed.get(Criterion.PROBLEM_SOLVING),
                agreed.get(Criterion.TEAM_MOTIVATION),
                agreed.get(Criterion.IMPLEMENTATION_COST));
        errors.addViolations(PREFIX, validator.validate(request));
        if (agreed.isEmpty()) {
            errors.add(INPUTS.points().apply(Criterion.PROBLEM_SOLVING), nothingAgreed);
        }
        return request;
    }

    /** The form's rows, one per criterion. */
    public List<CriterionRow> rows(
            List<CriterionDto> criteria, Function<Criterion, String> label, Function<Criterion, Integer> weight) {
        return marks.rows(criteria, label, weight);
    }
}
