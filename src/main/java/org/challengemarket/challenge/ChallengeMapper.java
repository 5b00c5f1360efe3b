package org.challengemarket.challenge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.challengemarket.challenge.dto.ChallengeDtos.AmendmentDto;
import org.challengemarket.challenge.dto.ChallengeDtos.CancellationDto;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeDto;
import org.challengemarket.challenge.dto.ChallengeDtos.ChallengeRequest;
import org.challengemarket.challenge.dto.ChallengeDtos.ChangeDto;
import org.challengemarket.challenge.dto.ChallengeDtos.CriterionDto;
import org.challengemarket.challenge.dto.ChallengeDtos.StageDto;
import org.challengemarket.challenge.dto.ChallengeDtos.StageRequest;
import org.challengemarket.organisation.dto.OrganisationDtos.OrganisationRef;
import org.challengemarket.platform.money.Money;
import org.challengemarket.platform.money.MoneyDto;

/** Maps between the challenge API's records and the aggregate. */
final class ChallengeMapper {

    private static final TypeReference<List<ChangeDto>> CHANGES = new TypeReference<>() {};

    private ChallengeMapper() {}

    static ChallengeContent content(ChallengeRequest r) {
        List<Stage> stages = new ArrayList<>();
        if (r.stages() != null) {
            for (int i = 0; i < r.stages().size(); i++) {
                StageRequest s = r.stages().get(i);
                stages.add(new Stage(i + 1, s.kind(), s.opensAt(), s.deadline(), s.shortlistSize()));
            }
        }
        Weights weights = r.weights() == null
                ? null
                : new Weights(
                        r.weights().problemSolving(),
                        r.weights().teamMotivation(),
                        r.weights().implementationCost());
        return new ChallengeContent(
                r.title(),
                blankToNull(r.problemStatement()),
                blankToNull(r.context()),
                blankToNull(r.expectedOutcomes()),
                blankToNull(r.sector()),
                r.budget() == null
                        ? null
                        : new Money(r.budget().amount(), r.budget().currency()),
                r.numberOfPilots(),
                r.languages() == null
                        ? List.of()
                        : r.languages().stream().distinct().toList(),
                stages,
                weights);
    }

    static ChallengeDto dto(Challenge c, List<ChallengeAmendment> amendments, ObjectMapper json) {
        return new ChallengeDto(
                c.id,
                c.status,
                c.title,
                c.problemStatement,
                c.context,
                c.expectedOutcomes,
                c.sector,
                OrganisationRef.from(c.agency),
                c.budget().map(m -> new MoneyDto(m.amount(), m.currency())).orElse(null),
                c.numberOfPilots,
                List.copyOf(c.languages),
                c.stages.stream()
                        .map(s -> new StageDto(s.position, s.kind, s.opensAt, s.deadline, s.shortlistSize))
                        .toList(),
                c.weights.byCriterion().entrySet().stream()
                        .map(e -> new CriterionDto(
                                e.getKey(), e.getValue(), e.getKey().description()))
                        .toList(),
                c.deadline,
                c.publishedAt,
                c.cancellationReason == null ? null : new CancellationDto(c.cancellationReason, c.cancelledAt),
                amendments.stream()
                        .map(a -> new AmendmentDto(a.number, a.summary, a.material, a.publishedAt, changes(a, json)))
                        .toList(),
                c.version,
                c.createdAt,
                c.updatedAt);
    }

    static String changesJson(List<Amendment.Change> changes, ObjectMapper json) {
        try {
            return json.writeValueAsString(changes.stream()
                    .map(c -> new ChangeDto(c.field(), c.from(), c.to()))
                    .toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Changes could not be written as JSON", e);
        }
    }

    private static List<ChangeDto> changes(ChallengeAmendment a, ObjectMapper json) {
        try {
            return json.readValue(a.changes, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored amendment " + a.id + " has unreadable changes", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
