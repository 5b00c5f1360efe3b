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
import org.challengemarket.portal.messages.CommonMessages;

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
    public static ChallengeForm from(ChallengeDto challenge, String defaultCurrency) {
        return new ChallengeForm(
                challenge.title(),
                orEmpty(challenge.problemStatement()),
                orEmpty(challenge.context()),
                orEmpty(challenge.expectedOutcomes()),
                orEmpty(challenge.sector()),
                challenge.budget() == null ? "" : challenge.budget().amount().toPlainString(),
                challenge.budget() == null
                        ? defaultCurrency
                        : challenge.budget().currency(),
                challenge.numberOfPilots() == null
                        ? ""
                        : challenge.numberOfPilots().toString(),
                challenge.languages(),
                challenge.stages().stream()
                        .map(stage -> new StageRow(
                                stage.position() - 1,
                                stage.kind(),
                                FormValues.toInput(stage.opensAt()),
                                FormValues.toInput(stage.deadline()),
                                stage.shortlistSize() == null
                                        ? ""
                                        : stage.shortlistSize().toString()))
                        .toList(),
                weight(challenge, Criterion.PROBLEM_SOLVING),
                weight(challenge, Criterion.TEAM_MOTIVATION),
                weight(challenge, Criterion.IMPLEMENTATION_COST));
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
    public ChallengeRequest toRequest(FormErrors errors, CommonMessages commonMsg) {
        BigDecimal amount = FormValues.amount(budgetAmount, "budget.amount", errors, commonMsg.invalidAmount());
        List<StageRequest> stageRequests = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            StageRow row = stages.get(i);
            stageRequests.add(new StageRequest(
                    row.kind(),
                    FormValues.instant(row.opensAt(), row.field("opensAt"), errors, commonMsg.invalidDateTime()),
                    FormValues.instant(row.deadline(), row.field("deadline"), errors, commonMsg.invalidDateTime()),
                    FormValues.whole(
                            row.shortlistSize(), row.field("shortlistSize"), errors, commonMsg.invalidWholeNumber())));
        }
        return new ChallengeRequest(
                title.strip(),
                FormValues.blankToNull(problemStatement),
                FormValues.blankToNull(context),
                FormValues.blankToNull(expectedOutcomes),
                FormValues.blankToNull(sector),
                amount == null ? null : new MoneyDto(amount, FormValues.blankToNull(budgetCurrency)),
                FormValues.whole(numberOfPilots, "numberOfPilots", errors, commonMsg.invalidWholeNumber()),
                languages,
                stageRequests,
                new WeightsDto(
                        FormValues.whole(
                                weightProblemSolving, "weights.problemSolving", errors, commonMsg.invalidWholeNumber()),
                        FormValues.whole(
                                weightTeamMotivation, "weights.teamMotivation", errors, commonMsg.invalidWholeNumber()),
                        FormValues.whole(
                                weightImplementationCost,
                                "weights.implementationCost",
                                errors,
                                commonMsg.invalidWholeNumber())));
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }

    private static List<StageRow> defaultStages() {
        return Challenge.defaultStages().stream()
                .map(stage -> new StageRow(stage.position - 1, stage.kind, "", "", ""))
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

    private static String weight(ChallengeDto challenge, Criterion criterion) {
        return challenge.criteria().stream()
                .filter(weighted -> weighted.criterion() == criterion)
                .map(CriterionDto::weight)
                .filter(weight -> weight != null)
                .map(String::valueOf)
                .findFirst()
                .orElse("");
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
