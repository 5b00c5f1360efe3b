package org.challengemarket.portal.messages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.math.BigDecimal;
import org.challengemarket.challenge.Criterion;
import org.challengemarket.evaluation.ScoreStatus;
import org.challengemarket.evaluation.dto.EvaluationDtos.DeclarationState;
import org.challengemarket.portal.EvaluationNotice;

/**
 * The texts of the evaluator's pages: its panels, a stage's queue, scoring a proposal, the
 * consensus and the moderation list. As {@code {evaluationMsg:…}} in templates; the English texts
 * live in {@code messages/evaluationMsg.properties}, keyed by method name, and other languages
 * follow as {@code evaluationMsg_nl.properties} and the like, with the same keys.
 */
@MessageBundle("evaluationMsg")
public interface EvaluationMessages {

    // ---- evaluation words
    @Message
    String criterionName(Criterion criterion);

    @Message
    String problemSolvingColumn();

    @Message
    String teamMotivationColumn();

    @Message
    String implementationCostColumn();

    @Message
    String weightOf(Integer weight);

    @Message
    String actionsColumn();

    @Message
    String challengeColumn();

    @Message
    String companyColumn();

    @Message
    String stageColumn();

    @Message
    String roleColumn();

    @Message
    String progressColumn();

    @Message
    String chairRole();

    @Message
    String memberRole();

    @Message
    String flagged();

    @Message
    String recused();

    @Message
    String totalColumn();

    // ---- assignments and queue
    @Message
    String assignmentsTitle();

    @Message
    String assignmentsIntro();

    @Message
    String assignmentsNone();

    @Message
    String assignmentsCaption(long total);

    @Message
    String sealedUntil(String deadline);

    @Message
    String progress(int scored, int proposals, int recused);

    @Message
    String openQueue();

    @Message
    String moderate();

    @Message
    String backToAssignments();

    @Message
    String queueTitle(int position);

    @Message
    String queueIntro();

    @Message
    String queueEmpty(String deadline);

    @Message
    String queueCaption(int count);

    @Message
    String stageLabel();

    @Message
    String deadlineLabel();

    @Message
    String declarationColumn();

    @Message
    String scoreColumn();

    @Message
    String declarationState(DeclarationState state);

    @Message
    String scoreState(ScoreStatus status);

    @Message
    String notStarted();

    @Message
    String openProposal();

    // ---- one proposal
    @Message
    String backToQueue();

    @Message
    String notice(EvaluationNotice notice);

    @Message
    String declareHeading();

    @Message
    String declareIntro();

    @Message
    String declareQuestion(String company);

    @Message
    String noConflict();

    @Message
    String haveConflict();

    @Message
    String conflictReason();

    @Message
    String conflictReasonHint();

    @Message
    String declareButton();

    @Message
    String declarationField();

    @Message
    String chooseDeclaration();

    @Message
    String declarationRefused();

    @Message
    String declaredOn(String when);

    @Message
    String submissionHeading();

    @Message
    String scoreHeading();

    @Message
    String scoreIntro();

    @Message
    String descriptorsOf(String criterion);

    @Message
    String pointsLabel(String criterion);

    @Message
    String justificationLabel(String criterion);

    @Message
    String justificationHint();

    @Message
    String choosePoints();

    @Message
    String pointsRange();

    @Message
    String saveDraft();

    @Message
    String submitScore();

    @Message
    String submitHint();

    @Message
    String scoreRefused();

    @Message
    String panelScoresHeading();

    @Message
    String panelScoresCaption(int count);

    @Message
    String evaluatorColumn();

    @Message
    String you();

    @Message
    String summaryCaption();

    @Message
    String criterionColumn();

    @Message
    String meanColumn();

    @Message
    String spreadColumn();

    @Message
    String consensusColumn();

    @Message
    String waitingForPanel();

    @Message
    String consensusHeading();

    @Message
    String consensusRequired();

    @Message
    String consensusOptional();

    @Message
    String consensusPoints(String criterion);

    @Message
    String consensusReason(String criterion);

    @Message
    String noConsensus();

    @Message
    String recordConsensus();

    @Message
    String consensusEmpty();

    @Message
    String consensusRefused();

    // ---- moderation
    @Message
    String moderationTitle(int position);

    @Message
    String moderationIntro();

    @Message
    String flaggedCount(long count);

    @Message
    String moderationEmpty();

    @Message
    String moderationCaption();

    @Message
    String scoresInColumn();

    @Message
    String scoresIn(int submitted, int evaluators);

    @Message
    String meanAndSpread(BigDecimal mean, int spread);

    @Message
    String consensusIs(Integer points);
}
