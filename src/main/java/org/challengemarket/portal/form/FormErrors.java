package org.challengemarket.portal.form;

import io.quarkus.qute.TemplateData;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.challengemarket.platform.error.Problem;
import org.challengemarket.platform.error.ProblemException;
import org.challengemarket.platform.error.ProblemType;

/**
 * The reasons a form was refused, each on its field (a JSON path of the API such as
 * {@code stages[0].deadline}), for the error summary at the top of the page and the message next
 * to each input. Input ids are derived from the same paths, so the summary links to the inputs.
 */
@TemplateData
public final class FormErrors {

    private static final Pattern LANGUAGE_ITEM = Pattern.compile("^languages\\[\\d+]$");
    private static final Pattern WHOLE_STAGE = Pattern.compile("^stages\\[(\\d+)]$");

    /** One reason, with the id of the input it belongs to (null when no input shows it). */
    public record Item(String field, String anchor, String label, String message) {}

    private final FieldLabels labels;
    private final List<Item> items = new ArrayList<>();
    private String general;

    public FormErrors(FieldLabels labels) {
        this.labels = labels;
    }

    /** No errors: a form shown for the first time. */
    public static FormErrors none(FieldLabels labels) {
        return new FormErrors(labels);
    }

    public FormErrors add(String path, String message) {
        String field = normalise(path);
        items.add(new Item(field, anchorOf(field), labels.of(path), message));
        return this;
    }

    public FormErrors addAll(Collection<Problem.FieldError> errors) {
        errors.forEach(error -> add(error.field(), error.message()));
        return this;
    }

    /** Bean Validation results on an API request record, by the request's field paths. */
    public FormErrors addViolations(Collection<? extends ConstraintViolation<?>> violations) {
        return addViolations("", violations);
    }

    /** Bean Validation results on a request whose fields the form names under {@code prefix}. */
    public FormErrors addViolations(String prefix, Collection<? extends ConstraintViolation<?>> violations) {
        violations.stream()
                .sorted(Comparator.comparing(
                        violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> add(prefix + path(violation.getPropertyPath()), violation.getMessage()));
        return this;
    }

    /**
     * Shows a service's refusal as the form's {@code how} says: its field reasons on their
     * inputs, its detail on an input or at the top, and a summary at the top when the reasons
     * are on the fields. A refusal the form does not show (not found, forbidden) is thrown again,
     * for the error pages.
     *
     * @return the status of the page: 409 for a stale version, else the refusal's own
     */
    public int refusal(ProblemException e, Refusal how) {
        ProblemType type = e.type();
        if (!how.shows(type)) {
            throw e;
        }
        e.errors().forEach(reason -> add(how.input(reason.field()), reason.message()));
        String told = how.text(type, e.getMessage());
        String input = how.detailInput(type);
        if (input != null) {
            add(input, told);
        }
        boolean onFields = input != null || !e.errors().isEmpty();
        if (input == null && (how.saysOwnWords(type) || !onFields || how.summary() == null)) {
            general(told);
        } else if (how.summary() != null) {
            general(how.summary());
        }
        return type == ProblemType.PRECONDITION_FAILED || type == ProblemType.PRECONDITION_REQUIRED
                ? 409
                : type.status();
    }

    /** A reason that belongs to no single field, shown at the top. */
    public FormErrors general(String message) {
        this.general = message;
        return this;
    }

    public boolean isEmpty() {
        return items.isEmpty() && general == null;
    }

    public String general() {
        return general;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    public boolean has(String field) {
        return items.stream().anyMatch(item -> item.field().equals(field));
    }

    public List<String> of(String field) {
        return items.stream()
                .filter(item -> item.field().equals(field))
                .map(Item::message)
                .toList();
    }

    /** The id of the input (or first input of the group) that shows {@code field}. */
    public String anchor(String field) {
        return anchorOf(normalise(field));
    }

    /** The id of the message that shows {@code field}'s errors, for {@code aria-describedby}. */
    public String errorId(String field) {
        return slug(normalise(field)) + "-error";
    }

    /**
     * Folds the API's paths onto the fields a form shows: a missing budget is the amount's, a
     * language's error the group's, a whole stage's its opening time.
     */
    static String normalise(String path) {
        if (path == null || path.isBlank()) {
            return "body";
        }
        if (path.equals("budget")) {
            return "budget.amount";
        }
        if (LANGUAGE_ITEM.matcher(path).matches()) {
            return "languages";
        }
        var stage = WHOLE_STAGE.matcher(path);
        if (stage.matches()) {
            return "stages[" + stage.group(1) + "].opensAt";
        }
        return path;
    }

    private static String anchorOf(String field) {
        return switch (field) {
            case "body" -> null;
            case "weights" -> "weights-problemSolving";
            case "stages" -> "stages-0-opensAt";
            case "languages" -> "languages";
            default -> slug(field);
        };
    }

    static String slug(String field) {
        return field.replace("[", "-").replace("]", "").replace('.', '-');
    }

    private static String path(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getIndex() != null && path.length() > 0) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.toString();
    }
}
