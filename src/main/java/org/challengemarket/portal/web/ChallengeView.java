package org.challengemarket.portal.web;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.challengemarket.challenge.dto.ChallengeDtos.AmendmentDto;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.challenge.dto.ChallengeDtos.ChangeDto;
import org.challengemarket.portal.form.FieldLabels;

/**
 * A challenge as its page shows it: the API's detail, with each amendment's changes named the way
 * a reader knows the fields and times shown in Brussels.
 */
@TemplateData
public record ChallengeView(ChallengeDto challenge, List<AmendmentView> amendments) {

    /** A public amendment, with readable changes. */
    @TemplateData
    public record AmendmentView(
            int number, String summary, boolean material, Instant publishedAt, List<ChangeView> changes) {}

    /** One change: the field's label, its old and its new value. */
    @TemplateData
    public record ChangeView(String field, String from, String to) {}

    /** Builds the view of a challenge. */
    @ApplicationScoped
    public static class Assembler {

        @Inject
        FieldLabels labels;

        public ChallengeView of(ChallengeDto challenge) {
            return new ChallengeView(
                    challenge,
                    challenge.amendments().stream().map(this::amendment).toList());
        }

        private AmendmentView amendment(AmendmentDto amendment) {
            return new AmendmentView(
                    amendment.number(),
                    amendment.summary(),
                    amendment.material(),
                    amendment.publishedAt(),
                    amendment.changes().stream().map(this::change).toList());
        }

        private ChangeView change(ChangeDto change) {
            return new ChangeView(labels.of(change.field()), readable(change.from()), readable(change.to()));
        }

        /** Times are stored as instants; shown in Brussels like every other time. */
        private static String readable(String value) {
            if (value == null) {
                return "";
            }
            try {
                return Views.brussels(Instant.parse(value));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
    }
}
