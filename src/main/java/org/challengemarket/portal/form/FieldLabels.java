package org.challengemarket.portal.form;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.challengemarket.portal.Messages;
import org.challengemarket.portal.PaymentMessages;
import org.challengemarket.portal.ProposalMessages;

/**
 * The label a person knows a field by, for an error summary or an amendment's list of changes:
 * {@code stages[1].deadline} is "Stage 2 deadline", {@code fields.solutionIdea} "Solution idea".
 */
@ApplicationScoped
public class FieldLabels {

    private static final Pattern STAGE = Pattern.compile("^stages\\[(\\d+)]\\.(\\w+)$");
    private static final Pattern STAGE_FIELD = Pattern.compile("^fields\\.(\\w+)(\\.(amount|currency))?$");

    @Inject
    Messages msg;

    @Inject
    ProposalMessages pmsg;

    @Inject
    EvaluationLabels evaluation;

    @Inject
    PaymentMessages paymsg;

    public String of(String path) {
        Matcher stage = STAGE.matcher(path);
        if (stage.matches()) {
            int number = Integer.parseInt(stage.group(1)) + 1;
            return switch (stage.group(2)) {
                case "opensAt" -> msg.stageOpensNumbered(number);
                case "deadline" -> msg.stageDeadlineNumbered(number);
                case "shortlistSize" -> msg.stageShortlistNumbered(number);
                default -> msg.stageNumbered(number);
            };
        }
        Matcher field = STAGE_FIELD.matcher(path);
        if (field.matches()) {
            String label = pmsg.fieldLabel(field.group(1), true);
            return "currency".equals(field.group(3)) ? pmsg.fieldPart(label, pmsg.currencyLabel()) : label;
        }
        String normalised = FormErrors.normalise(path);
        if (normalised.startsWith("answer-")) {
            return msg.fieldAnswer();
        }
        return switch (normalised) {
            case "title" -> msg.fieldTitle();
            case "problemStatement" -> msg.fieldProblemStatement();
            case "context" -> msg.fieldContext();
            case "expectedOutcomes" -> msg.fieldExpectedOutcomes();
            case "sector" -> msg.fieldSector();
            case "budget.amount" -> msg.fieldBudgetAmount();
            case "budget.currency" -> msg.fieldBudgetCurrency();
            case "numberOfPilots" -> msg.fieldNumberOfPilots();
            case "languages" -> msg.fieldLanguages();
            case "weights" -> msg.fieldWeights();
            case "weights.problemSolving" -> msg.weightProblemSolving();
            case "weights.teamMotivation" -> msg.weightTeamMotivation();
            case "weights.implementationCost" -> msg.weightImplementationCost();
            case "stages" -> msg.fieldStages();
            case "summary" -> msg.fieldSummary();
            case "material" -> msg.fieldMaterial();
            case "reason" -> msg.fieldReason();
            case "question" -> msg.fieldQuestion();
            case "file" -> pmsg.fieldFile();
            case "legalName" -> pmsg.fieldLegalName();
            case "enterpriseNumber" -> pmsg.fieldEnterpriseNumber();
            case "size" -> pmsg.fieldCompanySize();
            case "teamSummary" -> pmsg.fieldTeamSummary();
            case "references" -> pmsg.fieldReferences();
            case "contact.name" -> pmsg.fieldContactName();
            case "contact.email" -> pmsg.fieldContactEmail();
            case "contact.phone" -> pmsg.fieldContactPhone();
            case "decisionReason" -> pmsg.shortlistReason();
            case "proposalIds" -> pmsg.fieldProposalIds();
            case "milestoneId" -> paymsg.fieldMilestone();
            case "number" -> paymsg.fieldNumber();
            case "issueDate" -> paymsg.fieldIssueDate();
            case "amountExclVat" -> paymsg.fieldAmountExclVat();
            case "vatAmount" -> paymsg.fieldVatAmount();
            default -> evaluation.label(normalised).orElse(msg.fieldForm());
        };
    }
}
