package org.challengemarket.portal.form;

import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.challengemarket.challenge.Challenge;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeRequest;
import org.challengemarket.challenge.dto.ChallengeDtos.CriterionDto;
import org.challengemarket.challenge.dto.ChallengeDtos.StageRequest;
import org.challengemarket.challenge.dto.ChallengeDtos.WeightsDto;
import org.challengemarket.knowledge.TemplateService.TemplateDto;
import org.challengemarket.platform.money.MoneyDto;
import org.challengemarket.portal.Messages;

/**
 * The draft form as a person filled it in: text as typed, so that a refused form comes back
 * exactly as it was sent. Field names are the API's JSON paths ({@code budget.amount},
 * {@code stages[0].deadline}), so the service's reasons land on the right inputs.
 */
@TemplateData
public record ChallengeForm(
        String title,
        String problemStatement,
        String context,
        String expectedOutcomes,
        String sector,
        String budgetAmount,
        String budgetCurrency,
        String numberOfPilots,
        List<String> languages,
        List<StageRow> stages,
        String weightProblemSolving,
        String weightTeamMotivation,
        String weightImplementationCost) {

    /** The most stages a form sends, as the API allows. */
    static final int MAX_STAGES = 5;

    /** One stage's inputs, the {@code index}-th of the list; times are local times in Brussels. */
    @TemplateData
    public record StageRow(int index, StageKind kind, String opensAt, String deadline, String shortlistSize) {

        /** The input name of one of this stage's fields, e.g. {@code stages[0].deadline}. */
        public String field(String name) {
            return "stages[" + index + "]." + name;
        }
    }

    public ChallengeForm {
        languages = List.copyOf(languages);
        stages = List.copyOf(stages);
    }

    /** An empty draft with the default stages. */
    public static ChallengeForm blank(String currency) {
        return new ChallengeForm("", "", "", "", "", "", currency, "", List.of(), defaultStages(), "", "", "");
    }

    /** A new draft worded from a template. */
    public static ChallengeForm from(TemplateDto template, String currency) {
        return new ChallengeForm(
                template.title(),
                template.problemStatement(),
                template.context(),
                template.expectedOutcomes(),
                template.sector(),
                "",
                currency,
                "",
                List.of(),
                defaultStages(),
                "",
                "",
                "");
    }

    /** The form of a stored challenge. */
    public static ChallengeForm from(ChallengeDto c, String defaultCurrency) {
        return new ChallengeForm(
                c.title(),
                orEmpty(c.problemStatement()),
                orEmpty(c.context()),
                orEmpty(c.expectedOutcomes()),
                orEmpty(c.sector()),
                c.budget() == null ? "" : c.budget().amount().toPlainString(),
                c.budget() == null ? defaultCurrency : c.budget().currency(),
                c.numberOfPilots() == null ? "" : c.numberOfPilots().toString(),
                c.languages(),
                c.stages().stream()
                        .map(s -> new StageRow(
                                s.position() - 1,
                                s.kind(),
                                FormValues.toInput(s.opensAt()),
                                FormValues.toInput(s.deadline()),
                                s.shortlistSize() == null
                                        ? ""
                                        : s.shortlistSize().toString()))
                        .toList(),
                weight(c, Criterion.PROBLEM_SOLVING),
                weight(c, Criterion.TEAM_MOTIVATION),
                weight(c, Criterion.IMPLEMENTATION_COST));
    }

    /** The form as submitted. */
    public static ChallengeForm read(MultivaluedMap<String, String> submitted) {
        FormValues form = new FormValues(submitted);
        List<StageRow> stages = new ArrayList<>();
        for (int i = 0; i < MAX_STAGES && form.has("stages[" + i + "].kind"); i++) {
            String at = "stages[" + i + "].";
            stages.add(new StageRow(
                    i,
                    kind(form.text(at + "kind")),
                    form.text(at + "opensAt"),
                    form.text(at + "deadline"),
                    form.text(at + "shortlistSize")));
        }
        return new ChallengeForm(
                form.text("title"),
                form.text("problemStatement"),
                form.text("context"),
                form.text("expectedOutcomes"),
                form.text("sector"),
                form.text("budget.amount"),
                form.text("budget.currency"),
                form.text("numberOfPilots"),
                form.all("languages").stream().distinct().toList(),
                stages.isEmpty() ? defaultStages() : stages,
                form.text("weights.problemSolving"),
                form.text("weights.teamMotivation"),
                form.text("weights.implementationCost"));
    }

    /**
     * The API request this form stands for; what cannot be read (a word where a number goes) is
     * reported in {@code errors} and left empty.
     */
    public ChallengeRequest toRequest(FormErrors errors, Messages msg) {
        BigDecimal amount = FormValues.amount(budgetAmount, "budget.amount", errors, msg.invalidAmount());
        List<StageRequest> stageRequests = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            StageRow row = stages.get(i);
            stageRequests.add(new StageRequest(
                    row.kind(),
                    FormValues.instant(row.opensAt(), row.field("opensAt"), errors, msg.invalidDateTime()),
                    FormValues.instant(row.deadline(), row.field("deadline"), errors, msg.invalidDateTime()),
                    FormValues.whole(
                            row.shortlistSize(), row.field("shortlistSize"), errors, msg.invalidWholeNumber())));
        }
        return new ChallengeRequest(
                title.strip(),
                FormValues.blankToNull(problemStatement),
                FormValues.blankToNull(context),
                FormValues.blankToNull(expectedOutcomes),
                FormValues.blankToNull(sector),
                amount == null ? null : new MoneyDto(amount, FormValues.blankToNull(budgetCurrency)),
                FormValues.whole(numberOfPilots, "numberOfPilots", errors, msg.invalidWholeNumber()),
                languages,
                stageRequests,
                new WeightsDto(
                        FormValues.whole(
                                weightProblemSolving, "weights.problemSolving", errors, msg.invalidWholeNumber()),
                        FormValues.whole(
                                weightTeamMotivation, "weights.teamMotivation", errors, msg.invalidWholeNumber()),
                        FormValues.whole(
                                weightImplementationCost,
                                "weights.implementationCost",
                                errors,
                                msg.invalidWholeNumber())));
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }

    private static List<StageRow> defaultStages() {
        return Challenge.defaultStages().stream()
                .map(s -> new StageRow(s.position - 1, s.kind, "", "", ""))
                .toList();
    }

    private static StageKind kind(String value) {
        for (StageKind kind : StageKind.values()) {
            if (kind.name().equals(value.strip())) {
                return kind;
            }
        }
        return StageKind.EXPRESSION_OF_INTEREST;
    }

    private static String weight(ChallengeDto c, Criterion criterion) {
        return c.criteria().stream()
                .filter(x -> x.criterion() == criterion)
                .map(CriterionDto::weight)
                .filter(w -> w != null)
                .map(String::valueOf)
                .findFirst()
                .orElse("");
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
