package org.challengemarket.portal.form;

import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.challengemarket.challenge.StageKind;
import org.challengemarket.challenge.dto.ChallengeDtos.AmendmentRequest;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.challenge.dto.ChallengeDtos.StageDateChange;
import org.challengemarket.challenge.dto.ChallengeDtos.StageDto;
import org.challengemarket.portal.messages.CommonMessages;

/**
 * The amendment form: a summary, whether the change is material, and the published texts and
 * stage dates, prefilled with the current ones. Only what differs from the challenge is sent.
 */
@TemplateData
public record AmendmentForm(
        String summary,
        boolean material,
        String title,
        String problemStatement,
        String context,
        String expectedOutcomes,
        List<StageDates> stages) {

    /** One stage's dates; local times in Brussels. */
    @TemplateData
    public record StageDates(int position, StageKind kind, String opensAt, String deadline) {

        /** The input name of one of this stage's dates, e.g. {@code stages[0].deadline}. */
        public String field(String name) {
            return "stages[" + (position - 1) + "]." + name;
        }
    }

    public AmendmentForm {
        stages = List.copyOf(stages);
    }

    /** The form prefilled with the challenge as it stands. */
    public static AmendmentForm of(ChallengeDto challenge) {
        return new AmendmentForm(
                "",
                false,
                challenge.title(),
                orEmpty(challenge.problemStatement()),
                orEmpty(challenge.context()),
                orEmpty(challenge.expectedOutcomes()),
                challenge.stages().stream()
                        .map(stage -> new StageDates(
                                stage.position(),
                                stage.kind(),
                                FormValues.toInput(stage.opensAt()),
                                FormValues.toInput(stage.deadline())))
                        .toList());
    }

    /** The form as submitted, for the stages {@code current} has. */
    public static AmendmentForm read(MultivaluedMap<String, String> submitted, ChallengeDto current) {
        FormValues form = new FormValues(submitted);
        List<StageDates> stages = new ArrayList<>();
        for (int i = 0; i < current.stages().size(); i++) {
            StageDto stage = current.stages().get(i);
            stages.add(new StageDates(
                    stage.position(),
                    stage.kind(),
                    form.text("stages[" + i + "].opensAt"),
                    form.text("stages[" + i + "].deadline")));
        }
        return new AmendmentForm(
                form.text("summary").strip(),
                form.has("material"),
                form.text("title"),
                form.text("problemStatement"),
                form.text("context"),
                form.text("expectedOutcomes"),
                stages);
    }

    /**
     * The amendment request: each text or date that differs from {@code current}, the others
     * left out. Stage dates are compared as shown (to the minute), so an untouched date is never
     * taken for a change. Every stage is listed once any date changes, so the service's
     * {@code stages[i]} reasons name the form's rows.
     */
    public AmendmentRequest toRequest(ChallengeDto current, FormErrors errors, CommonMessages commonMsg) {
        List<StageDateChange> changes = new ArrayList<>();
        boolean anyDate = false;
        for (int i = 0; i < stages.size(); i++) {
            StageDates row = stages.get(i);
            StageDto was = current.stages().get(i);
            Instant opens = changed(row.opensAt(), was.opensAt())
                    ? FormValues.instant(
                            row.opensAt(), "stages[" + i + "].opensAt", errors, commonMsg.invalidDateTime())
                    : null;
            Instant deadline = changed(row.deadline(), was.deadline())
                    ? FormValues.instant(
                            row.deadline(), "stages[" + i + "].deadline", errors, commonMsg.invalidDateTime())
                    : null;
            anyDate |= opens != null || deadline != null;
            changes.add(new StageDateChange(row.position(), opens, deadline));
        }
        return new AmendmentRequest(
                summary,
                material,
                changedText(title, current.title()),
                changedText(problemStatement, current.problemStatement()),
                changedText(context, current.context()),
                changedText(expectedOutcomes, current.expectedOutcomes()),
                anyDate ? changes : null,
                null);
    }

    private static boolean changed(String input, Instant current) {
        return !FormValues.blank(input) && !input.strip().equals(FormValues.toInput(current));
    }

    /** The new text, or null when unchanged; an emptied text is sent so the service refuses it. */
    private static String changedText(String input, String current) {
        String proposed = input.strip();
        return Objects.equals(proposed, current == null ? "" : current.strip()) ? null : proposed;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
