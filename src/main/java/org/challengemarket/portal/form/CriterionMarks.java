package org.challengemarket.portal.form;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.evaluation.dto.EvaluationDtos.CriterionDto;

/**
 * The points and text of each criterion as typed on the scoring or the consensus form, which
 * differ only in their inputs' names and in their requests.
 */
final class CriterionMarks {

    /** One criterion's points and text as typed. */
    record Mark(String points, String text) {

        static Mark of(Object points, String text) {
            return new Mark(points == null ? "" : points.toString(), text == null ? "" : text);
        }
    }

    /** The names of a form's two inputs of each criterion. */
    record Inputs(Function<Criterion, String> points, Function<Criterion, String> text) {}

    private final Inputs inputs;
    private final Map<Criterion, Mark> marks;

    CriterionMarks(Inputs inputs, Map<Criterion, Mark> marks) {
        this.inputs = inputs;
        this.marks = new EnumMap<>(Criterion.class);
        this.marks.putAll(marks);
    }

    /** The form as submitted, its text stripped and with line breaks as {@code \n}. */
    static CriterionMarks read(Inputs inputs, MultivaluedMap<String, String> body) {
        FormValues form = new FormValues(body);
        Map<Criterion, Mark> typed = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            typed.put(
                    criterion,
                    new Mark(
                            form.text(inputs.points().apply(criterion)).strip(),
                            form.text(inputs.text().apply(criterion)).strip()));
        }
        return new CriterionMarks(inputs, typed);
    }

    Mark of(Criterion criterion) {
        return marks.getOrDefault(criterion, new Mark("", ""));
    }

    /** The rows of the form, one per criterion in the order given. */
    List<CriterionRow> rows(
            List<CriterionDto> criteria, Function<Criterion, String> label, Function<Criterion, Integer> weight) {
        return criteria.stream()
                .map(criterion -> new CriterionRow(
                        criterion,
                        label.apply(criterion.criterion()),
                        weight.apply(criterion.criterion()),
                        inputs.points().apply(criterion.criterion()),
                        inputs.text().apply(criterion.criterion()),
                        of(criterion.criterion()).points(),
                        of(criterion.criterion()).text()))
                .toList();
    }

    /** The points typed for {@code criterion}: none when empty, refused outside 0 to 10. */
    Integer points(Criterion criterion, FormErrors errors, String outOfRange) {
        String value = of(criterion).points();
        if (value.isEmpty()) {
            return null;
        }
        try {
            int points = Integer.parseInt(value);
            if (points < 0 || points > 10) {
                errors.add(inputs.points().apply(criterion), outOfRange);
            }
            return points;
        } catch (NumberFormatException e) {
            errors.add(inputs.points().apply(criterion), outOfRange);
            return null;
        }
    }
}
