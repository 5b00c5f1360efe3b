package org.challengemarket.portal.form;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.challengemarket.portal.messages.AgencyMessages;
import org.challengemarket.portal.messages.ChallengeMessages;
import org.challengemarket.portal.messages.CommonMessages;
import org.challengemarket.portal.messages.PaymentMessages;
import org.challengemarket.portal.messages.ProposalMessages;

/**
 * The label a person knows a field by, for an error summary or an amendment's list of changes:
 * {@code stages[1].deadline} is "Stage 2 deadline", {@code fields.solutionIdea} "Solution idea".
 */
@ApplicationScoped
public class FieldLabels {

    private static final Pattern STAGE = Pattern.compile("^stages\\[(\\d+)]\\.(\\w+)$");
    private static final Pattern STAGE_FIELD = Pattern.compile("^fields\\.(\\w+)(\\.(amount|currency))?$");

    @Inject
    CommonMessages commonMsg;

    @Inject
    ChallengeMessages challengeMsg;

    @Inject
    AgencyMessages agencyMsg;

    @Inject
    ProposalMessages proposalMsg;

    @Inject
    PaymentMessages paymentMsg;

    @Inject
    EvaluationLabels evaluation;

    public String of(String path) {
        Matcher stage = STAGE.matcher(path);
        if (stage.matches()) {
            int number = Integer.parseInt(stage.group(1)) + 1;
            return switch (stage.group(2)) {
                case "opensAt" -> challengeMsg.stageOpensNumbered(number);
                case "deadline" -> challengeMsg.stageDeadlineNumbered(number);
                case "shortlistSize" -> challengeMsg.stageShortlistNumbered(number);
                default -> challengeMsg.stageNumbered(number);
            };
        }
        Matcher field = STAGE_FIELD.matcher(path);
        if (field.matches()) {
            String label = proposalMsg.fieldLabel(field.group(1), true);
            return "currency".equals(field.group(3))
                    ? proposalMsg.fieldPart(label, proposalMsg.currencyLabel())
                    : label;
        }
        String normalised = FormErrors.normalise(path);
        if (normalised.startsWith("answer-")) {
            return agencyMsg.fieldAnswer();
        }
        return switch (normalised) {
            case "title" -> challengeMsg.fieldTitle();
            case "problemStatement" -> challengeMsg.fieldProblemStatement();
            case "context" -> challengeMsg.fieldContext();
            case "expectedOutcomes" -> challengeMsg.fieldExpectedOutcomes();
            case "sector" -> challengeMsg.fieldSector();
            case "budget.amount" -> challengeMsg.fieldBudgetAmount();
            case "budget.currency" -> challengeMsg.fieldBudgetCurrency();
            case "numberOfPilots" -> challengeMsg.fieldNumberOfPilots();
            case "languages" -> challengeMsg.fieldLanguages();
            case "weights" -> challengeMsg.fieldWeights();
            case "weights.problemSolving" -> challengeMsg.weightProblemSolving();
            case "weights.teamMotivation" -> challengeMsg.weightTeamMotivation();
            case "weights.implementationCost" -> challengeMsg.weightImplementationCost();
            case "stages" -> challengeMsg.fieldStages();
            case "summary" -> agencyMsg.fieldSummary();
            case "material" -> agencyMsg.fieldMaterial();
            case "reason" -> agencyMsg.fieldReason();
            case "question" -> challengeMsg.fieldQuestion();
            case "file" -> proposalMsg.fieldFile();
            case "legalName" -> proposalMsg.fieldLegalName();
            case "enterpriseNumber" -> proposalMsg.fieldEnterpriseNumber();
            case "size" -> proposalMsg.fieldCompanySize();
            case "teamSummary" -> proposalMsg.fieldTeamSummary();
            case "references" -> proposalMsg.fieldReferences();
            case "contact.name" -> proposalMsg.fieldContactName();
            case "contact.email" -> proposalMsg.fieldContactEmail();
            case "contact.phone" -> proposalMsg.fieldContactPhone();
            case "decisionReason" -> agencyMsg.shortlistReason();
            case "proposalIds" -> agencyMsg.fieldProposalIds();
            case "milestoneId" -> paymentMsg.fieldMilestone();
            case "number" -> paymentMsg.fieldNumber();
            case "issueDate" -> paymentMsg.fieldIssueDate();
            case "amountExclVat" -> paymentMsg.fieldAmountExclVat();
            case "vatAmount" -> paymentMsg.fieldVatAmount();
            default -> evaluation.label(normalised).orElse(commonMsg.fieldForm());
        };
    }
}
