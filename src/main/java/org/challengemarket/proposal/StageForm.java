package org.challengemarket.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.platform.error.RuleViolations;

/**
 * The fields each kind of stage asks for, with their size limits: the design's defaults, written
 * once as data. Nothing here repeats what the company profile holds (name, numbers, contact).
 */
public final class StageForm {

    /** How a field's value is written in JSON. */
    public enum FieldType {
        /** A string of at most {@code maxLength} characters. */
        TEXT,
        /** {@code {"amount": 12500.00, "currency": "EUR"}}. */
        MONEY,
        /** An ISO-8601 instant. */
        DATETIME,
        /** One of the listed choices. */
        CHOICE
    }

    /** One field of a stage. */
    public record Field(String name, FieldType type, boolean required, Integer maxLength, List<String> choices) {}

    private static final Map<StageKind, List<Field>> FORMS = Map.of(
            StageKind.EXPRESSION_OF_INTEREST,
            List.of(
                    new Field("solutionIdea", FieldType.TEXT, true, 3500, null),
                    new Field("teamInBrief", FieldType.TEXT, true, 1000, null),
                    new Field(
                            "costBand",
                            FieldType.CHOICE,
                            true,
                            null,
                            List.of("UP_TO_10000", "10000_TO_20000", "20000_TO_30000", "ABOVE_30000"))),
            StageKind.FULL_PROPOSAL,
            List.of(
                    new Field("approach", FieldType.TEXT, true, 10000, null),
                    new Field("workPlan", FieldType.TEXT, true, 10000, null),
                    new Field("teamMotivation", FieldType.TEXT, true, 5000, null),
                    new Field("costEstimate", FieldType.MONEY, true, null, null)),
            StageKind.PITCH,
            List.of(
                    new Field("preferredSlot", FieldType.DATETIME, true, null, null),
                    new Field("demoNotes", FieldType.TEXT, false, 3000, null),
                    new Field("finalPrice", FieldType.MONEY, true, null, null)));

    private StageForm() {}

    public static List<Field> fields(StageKind kind) {
        return FORMS.get(kind);
    }

    /**
     * Checks the shape of a draft's fields (known names, types, sizes) and returns them
     * normalised: texts as given, money with two decimals, instants in UTC. Missing fields are
     * allowed in a draft.
     */
    public static ObjectNode normalise(StageKind kind, JsonNode input, RuleViolations violations) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (input == null || input.isNull()) {
            return out;
        }
        if (!input.isObject()) {
            violations.add("fields", "must be an object of field name to value");
            return out;
        }
        Map<String, Field> byName = new java.util.HashMap<>();
        fields(kind).forEach(f -> byName.put(f.name(), f));
        Iterator<Map.Entry<String, JsonNode>> entries = input.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String path = "fields." + entry.getKey();
            Field field = byName.get(entry.getKey());
            JsonNode value = entry.getValue();
            if (field == null) {
                violations.add(path, "is not a field of a " + kind + " stage");
            } else if (!value.isNull()) {
                JsonNode normal = normaliseValue(field, value, path, violations);
                if (normal != null) {
                    out.set(field.name(), normal);
                }
            }
        }
        return out;
    }

    /** The required fields still missing from a draft, as violations. */
    public static void checkComplete(StageKind kind, JsonNode fields, RuleViolations violations) {
        for (Field field : fields(kind)) {
            JsonNode value = fields.get(field.name());
            boolean blank = value == null
                    || value.isNull()
                    || value.isTextual() && value.asText().isBlank();
            violations.check(!field.required() || !blank, "fields." + field.name(), "is required to submit");
        }
    }

    private static JsonNode normaliseValue(Field field, JsonNode value, String path, RuleViolations v) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        switch (field.type()) {
            case TEXT -> {
                if (!value.isTextual()) {
                    v.add(path, "must be text");
                    return null;
                }
                v.check(
                        value.asText().length() <= field.maxLength(),
                        path,
                        "must be at most " + field.maxLength() + " characters");
                return value;
            }
            case CHOICE -> {
                if (!value.isTextual() || !field.choices().contains(value.asText())) {
                    v.add(path, "must be one of " + field.choices());
                    return null;
                }
                return value;
            }
            case DATETIME -> {
                try {
                    return json.textNode(Instant.parse(value.asText()).toString());
                } catch (DateTimeParseException e) {
                    v.add(path, "must be an ISO-8601 instant such as 2027-03-01T10:00:00Z");
                    return null;
                }
            }
            case MONEY -> {
                JsonNode amount = value.get("amount");
                JsonNode currency = value.get("currency");
                if (!value.isObject()
                        || amount == null
                        || !amount.isNumber()
                        || currency == null
                        || !currency.isTextual()
                        || value.size() != 2) {
                    v.add(path, "must be {\"amount\": 12500.00, \"currency\": \"EUR\"}");
                    return null;
                }
                BigDecimal number = amount.decimalValue();
                if (number.signum() < 0 || number.scale() > 2 || number.precision() - number.scale() > 17) {
                    v.add(path + ".amount", "must be a positive amount with at most two decimals");
                    return null;
                }
                try {
                    Currency.getInstance(currency.asText());
                } catch (IllegalArgumentException e) {
                    v.add(path + ".currency", "must be an ISO 4217 code such as EUR");
                    return null;
                }
                ObjectNode money = json.objectNode();
                money.put("amount", number.setScale(2, RoundingMode.UNNECESSARY));
                money.put("currency", currency.asText());
                return money;
            }
            default -> throw new IllegalStateException("Unknown field type " + field.type());
        }
    }
}
