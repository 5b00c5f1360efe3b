package org.challengemarket.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.challengemarket.challenge.Criterion;

/**
 * The anchored descriptors of each criterion (what 0, 2, … 10 mean), kept as data in
 * {@code evaluation/descriptors.json} so they are written once and shown wherever scores are given.
 */
@ApplicationScoped
public class Descriptors {

    /** One anchor of a criterion's scale. */
    public record Anchor(int points, String label, String descriptor) {}

    private static final String RESOURCE = "evaluation/descriptors.json";

    private final Map<Criterion, List<Anchor>> anchors = load();

    /** The anchors of a criterion, lowest first. */
    public List<Anchor> of(Criterion criterion) {
        return anchors.get(criterion);
    }

    private static Map<Criterion, List<Anchor>> load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<Criterion, List<Anchor>> map = new EnumMap<>(Criterion.class);
            for (Criterion criterion : Criterion.values()) {
                List<Anchor> list = new ArrayList<>();
                root.path(criterion.name())
                        .forEach(a -> list.add(new Anchor(
                                a.path("points").asInt(),
                                a.path("label").asText(),
                                a.path("descriptor").asText())));
                if (list.isEmpty()) {
                    throw new IllegalStateException(RESOURCE + " has no anchors for " + criterion);
                }
                map.put(criterion, List.copyOf(list));
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
