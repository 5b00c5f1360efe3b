package org.challengemarket.portal.form;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.stream.IntStream;
import org.challengemarket.evaluation.dto.EvaluationDtos.CriterionDto;

/**
 * One criterion on the scoring or the consensus form: its anchored descriptors, the inputs' names
 * and the points and text chosen or typed.
 */
@TemplateData
public record CriterionRow(
        CriterionDto criterion,
        String label,
        Integer weight,
        String pointsField,
        String textField,
        String points,
        String text) {

    /** The points an evaluator may give, 0 to 10. */
    public static final List<Integer> SCALE =
            IntStream.rangeClosed(0, 10).boxed().toList();

    public List<Integer> scale() {
        return SCALE;
    }

    /** The anchor label of {@code value} points, or empty between anchors. */
    public String anchorLabel(int value) {
        return criterion.anchors().stream()
                .filter(anchor -> anchor.points() == value)
                .map(anchor -> anchor.label())
                .findFirst()
                .orElse("");
    }

    public boolean isChosen(int value) {
        return Integer.toString(value).equals(points);
    }
}
