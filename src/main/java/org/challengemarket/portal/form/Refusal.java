package org.challengemarket.portal.form;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.challengemarket.platform.error.ProblemType;

/**
 * How a form shows a service's refusal (see {@link FormErrors#refusal}): the problem types it
 * shows (any other is for the error pages), the input each field reason goes to, and what the top
 * of the form says. Unless told otherwise, a refusal's field reasons go to the inputs of the same
 * name and its detail to the top. Immutable: each choice answers a new refusal.
 */
public final class Refusal {

    private final Set<ProblemType> shown;
    private final UnaryOperator<String> input;
    private final Map<ProblemType, String> detailInputs;
    private final Map<ProblemType, String> texts;
    private final String summary;

    private Refusal(
            Set<ProblemType> shown,
            UnaryOperator<String> input,
            Map<ProblemType, String> detailInputs,
            Map<ProblemType, String> texts,
            String summary) {
        this.shown = shown;
        this.input = input;
        this.detailInputs = detailInputs;
        this.texts = texts;
        this.summary = summary;
    }

    /** A refusal of one of these types is shown on the form. */
    public static Refusal showing(ProblemType... types) {
        Set<ProblemType> shown = EnumSet.noneOf(ProblemType.class);
        shown.addAll(Arrays.asList(types));
        return new Refusal(
                shown,
                UnaryOperator.identity(),
                new EnumMap<>(ProblemType.class),
                new EnumMap<>(ProblemType.class),
                null);
    }

    /** The input that shows the reason the service gives for its field {@code path}. */
    public Refusal inputs(UnaryOperator<String> input) {
        return new Refusal(shown, input, detailInputs, texts, summary);
    }

    /** A refusal of one of {@code types} is told on {@code input} rather than at the top. */
    public Refusal detailOn(String input, ProblemType... types) {
        return new Refusal(shown, this.input, with(detailInputs, input, types), texts, summary);
    }

    /** A refusal of one of {@code types} is told in the form's own words rather than the service's. */
    public Refusal saying(String text, ProblemType... types) {
        return new Refusal(shown, input, detailInputs, with(texts, text, types), summary);
    }

    /** What the top says when the reasons are on the fields. */
    public Refusal summary(String text) {
        return new Refusal(shown, input, detailInputs, texts, text);
    }

    boolean shows(ProblemType type) {
        return shown.contains(type);
    }

    String input(String path) {
        return input.apply(path);
    }

    String detailInput(ProblemType type) {
        return detailInputs.get(type);
    }

    boolean saysOwnWords(ProblemType type) {
        return texts.containsKey(type);
    }

    String text(ProblemType type, String detail) {
        return texts.getOrDefault(type, detail);
    }

    String summary() {
        return summary;
    }

    private static Map<ProblemType, String> with(Map<ProblemType, String> map, String value, ProblemType... types) {
        Map<ProblemType, String> copy = new EnumMap<>(ProblemType.class);
        copy.putAll(map);
        for (ProblemType type : types) {
            copy.put(type, value);
        }
        return copy;
    }
}
