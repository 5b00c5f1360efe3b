package org.challengemarket.ocds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.challengemarket.contract.ContractEvents;
import org.challengemarket.platform.outbox.OutboxEvent;

/**
 * Keeps the open data in step with the public events: each one appended to the outbox becomes its
 * OCDS release in the same transaction, so a release exists exactly when its change does.
 */
@ApplicationScoped
public class OcdsPublisher {

    @Inject
    OcdsReleaseStore ocds;

    @Inject
    ObjectMapper json;

    @Inject
    OcdsContractReader contracts;

    void onEvent(@Observes OutboxEvent event) {
        switch (event.eventType()) {
            case "challenge.published" -> ocds.recordTender(event.aggregateId(), event.createdAt());
            case "challenge.amended" -> ocds.recordAmendment(event.aggregateId(), event.createdAt());
            case "clarification.published" -> ocds.recordClarification(challengeId(read(event)), event.createdAt());
            case "challenge.awarded" -> ocds.recordAward(awardFacts(read(event)));
            case ContractEvents.SIGNED -> ocds.recordContract(contracts.contract(event.aggregateId()));
            case ContractEvents.PROGRESSED -> ocds.recordImplementation(contracts.implementation(event.aggregateId()));
            default -> {
                // not a public procurement event
            }
        }
    }

    /** The facts of an award from the payload of {@code challenge.awarded}. */
    static OcdsAwardFacts awardFacts(JsonNode payload) {
        List<OcdsAwardFacts.Award> awards = new ArrayList<>();
        for (JsonNode award : payload.path("awards")) {
            awards.add(new OcdsAwardFacts.Award(
                    award.path("companyName").asText(),
                    new BigDecimal(award.path("value").asText()),
                    award.path("currency").asText()));
        }
        return new OcdsAwardFacts(
                challengeId(payload), Instant.parse(payload.path("awardedAt").asText()), awards);
    }

    private static UUID challengeId(JsonNode payload) {
        return UUID.fromString(payload.path("challengeId").asText());
    }

    private JsonNode read(OutboxEvent event) {
        try {
            return json.readTree(event.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.id() + " holds no JSON", e);
        }
    }
}
