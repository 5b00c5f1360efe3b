package org.challengemarket.portal.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.portal.messages.CommonMessages;
import org.challengemarket.proposal.StageForm;
import org.challengemarket.proposal.StageForm.Field;
import org.challengemarket.proposal.StageForm.FieldType;
import org.challengemarket.proposal.dto.ProposalDtos.DraftRequest;

/**
 * A stage's form as the company filled it in: one row per field the stage asks for (see {@link
 * StageForm}), its text as typed, so a refused form comes back as it was sent. Input names are the
 * API's paths ({@code fields.solutionIdea}, {@code fields.costEstimate.amount}), so the service's
 * reasons land on their inputs.
 */
@TemplateData
public record ProposalForm(StageKind kind, List<Row> rows) {

    /** One field, with its text (for money: the amount) and, for money, the currency. */
    @TemplateData
    public record Row(Field field, String value, String currency) {

        public String name() {
            return "fields." + field.name();
        }

        public String amountName() {
            return name() + ".amount";
        }

        public String currencyName() {
            return name() + ".currency";
        }

        public boolean isText() {
            return field.type() == FieldType.TEXT;
        }

        public boolean isMoney() {
            return field.type() == FieldType.MONEY;
        }

        public boolean isDateTime() {
            return field.type() == FieldType.DATETIME;
        }

        public boolean isChoice() {
            return field.type() == FieldType.CHOICE;
        }

        public boolean chosen(String choice) {
            return choice.equals(value);
        }

        /** The first radio of a group carries the field's own id, so the error summary links to it. */
        public String choiceId(String choice) {
            String id = FormErrors.slug(name());
            return field.choices().indexOf(choice) == 0
                    ? id
                    : id + "-" + field.choices().indexOf(choice);
        }
    }

    public ProposalForm {
        rows = List.copyOf(rows);
    }

    /** The form of a stored draft ({@code fields} may be null when nothing is saved yet). */
    public static ProposalForm from(StageKind kind, JsonNode fields, String defaultCurrency) {
        JsonNode values = fields == null ? JsonNodeFactory.instance.objectNode() : fields;
        return new ProposalForm(
                kind,
                StageForm.fields(kind).stream()
                        .map(field -> stored(field, values.path(field.name()), defaultCurrency))
                        .toList());
    }

    /** The form as submitted. */
    public static ProposalForm read(StageKind kind, MultivaluedMap<String, String> body, String defaultCurrency) {
        FormValues form = new FormValues(body);
        return new ProposalForm(
                kind,
                StageForm.fields(kind).stream()
                        .map(field -> {
                            String name = "fields." + field.name();
                            if (field.type() == FieldType.MONEY) {
                                String currency = form.text(name + ".currency");
                                return new Row(
                                        field,
                                        form.text(name + ".amount"),
                                        currency.isBlank() ? defaultCurrency : currency);
                            }
                            return new Row(field, form.text(name), null);
                        })
                        .toList());
    }

    /**
     * The draft this form stands for; what cannot be read (a word where an amount goes) is
     * reported in {@code errors} and left out. Empty fields are left out too: a draft may be
     * incomplete.
     */
    public DraftRequest toRequest(FormErrors errors, CommonMessages commonMsg) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (Row row : rows) {
            if (FormValues.blank(row.value())) {
                continue;
            }
            switch (row.field().type()) {
                case TEXT, CHOICE -> fields.put(row.field().name(), row.value());
                case DATETIME -> {
                    Instant at = FormValues.instant(row.value(), row.name(), errors, commonMsg.invalidDateTime());
                    if (at != null) {
                        fields.put(row.field().name(), at.toString());
                    }
                }
                case MONEY -> {
                    BigDecimal amount =
                            FormValues.amount(row.value(), row.amountName(), errors, commonMsg.invalidAmount());
                    if (amount != null) {
                        fields.putObject(row.field().name())
                                .put("amount", amount)
                                .put("currency", row.currency().strip().toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return new DraftRequest(fields);
    }

    /** The input that shows the service's reason for {@code path}: a missing amount's is the amount's. */
    public String input(String path) {
        boolean money =
                rows.stream().anyMatch(row -> row.isMoney() && row.name().equals(path));
        return money ? path + ".amount" : path;
    }

    private static Row stored(Field field, JsonNode value, String defaultCurrency) {
        if (value.isMissingNode() || value.isNull()) {
            return new Row(field, "", field.type() == FieldType.MONEY ? defaultCurrency : null);
        }
        return switch (field.type()) {
            case MONEY ->
                new Row(
                        field,
                        value.path("amount").decimalValue().toPlainString(),
                        value.path("currency").asText(defaultCurrency));
            case DATETIME -> new Row(field, localTime(value.asText()), null);
            default -> new Row(field, value.asText(), null);
        };
    }

    private static String localTime(String instant) {
        try {
            return FormValues.toInput(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }
}
