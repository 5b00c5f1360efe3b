package org.challengemarket.portal.form;

import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.evaluation.ScoreFields;
import org.challengemarket.evaluation.dto.EvaluationDtos.CriterionDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.MarkDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.MarkRequest;
import org.challengemarket.evaluation.dto.EvaluationDtos.ScoreDto;
import org.challengemarket.evaluation.dto.EvaluationDtos.ScoreRequest;
import org.challengemarket.portal.form.CriterionMarks.Mark;

/**
 * An evaluator's score of one proposal as typed: points and a justification per criterion, so a
 * refused form comes back as it was sent. Input names are the API's paths
 * ({@code problemSolving.points}), so the service's reasons land on their inputs.
 */
public final class ScoreForm {

    private static final CriterionMarks.Inputs INPUTS =
            new CriterionMarks.Inputs(ScoreFields::points, ScoreFields::justification);

    private final CriterionMarks marks;

    private ScoreForm(CriterionMarks marks) {
        this.marks = marks;
    }

    /** The evaluator's stored score, or an empty form before the first save. */
    public static ScoreForm of(ScoreDto stored) {
        Map<Criterion, Mark> marks = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            MarkDto mark = stored == null ? null : markOf(stored, criterion);
            if (mark != null) {
                marks.put(criterion, Mark.of(mark.points(), mark.justification()));
            }
        }
        return new ScoreForm(new CriterionMarks(INPUTS, marks));
    }

    /** The form as submitted. */
    public static ScoreForm read(MultivaluedMap<String, String> body) {
        return new ScoreForm(CriterionMarks.read(INPUTS, body));
    }

    /**
     * The score request this form stands for, with what cannot be read and what the API would
     * refuse in {@code errors}. What is left empty is left out: a draft may be incomplete.
     */
    public ScoreRequest toRequest(FormErrors errors, Validator validator, String pointsOutOfRange) {
        Map<Criterion, MarkRequest> requests = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            String justification = marks.of(criterion).text();
            requests.put(
                    criterion,
                    new MarkRequest(
                            marks.points(criterion, errors, pointsOutOfRange),
                            justification.isEmpty() ? null : justification));
        }
        ScoreRequest request = new ScoreRequest(
                requests.get(Criterion.PROBLEM_SOLVING),
                requests.get(Criterion.TEAM_MOTIVATION),
                requests.get(Criterion.IMPLEMENTATION_COST));
        errors.addViolations(validator.validate(request));
        return request;
    }

    /** The form's rows, one per criterion. */
    public List<CriterionRow> rows(
            List<CriterionDto> criteria, Function<Criterion, String> label, Function<Criterion, Integer> weight) {
        return marks.rows(criteria, label, weight);
    }

    private static MarkDto markOf(ScoreDto score, Criterion criterion) {
        return switch (criterion) {
            case PROBLEM_SOLVING -> score.problemSolving();
            case TEAM_MOTIVATION -> score.teamMotivation();
            case IMPLEMENTATION_COST -> score.implementationCost();
        };
    }
}
