package org.challengemarket.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compiles the releases of one contracting process into its current state, by the OCDS merge
 * rules: objects merge field by field, arrays of objects with an {@code id} merge item by item,
 * other values are replaced by the later release; the tag becomes {@code compiled}.
 */
final class OcdsCompiler {

    private OcdsCompiler() {}

    /** Merges {@code releases} (oldest first) into a compiled release. */
    static ObjectNode compile(String ocid, List<ObjectNode> releases) {
        ObjectNode compiled = JsonNodeFactory.instance.objectNode();
        for (ObjectNode release : releases) {
            ObjectNode copy = release.deepCopy();
            copy.remove("tag");
            merge(compiled, copy);
        }
        compiled.put("id", ocid + "-compiled");
        compiled.putArray("tag").add("compiled");
        return compiled;
    }

    private static void merge(ObjectNode target, ObjectNode source) {
        Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            JsonNode value = field.getValue();
            if (existing instanceof ObjectNode to && value instanceof ObjectNode from) {
                merge(to, from);
            } else if (existing instanceof ArrayNode to && value instanceof ArrayNode from && identified(from)) {
                mergeById(to, from);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }

    private static boolean identified(ArrayNode array) {
        if (array.isEmpty()) {
            return false;
        }
        for (JsonNode item : array) {
            if (!(item instanceof ObjectNode) || !item.hasNonNull("id")) {
                return false;
            }
        }
        return true;
    }

    private static void mergeById(ArrayNode target, ArrayNode source) {
        for (JsonNode item : source) {
            ObjectNode match = null;
            for (JsonNode existing : target) {
                if (existing instanceof ObjectNode o
                        && o.path("id").asText().equals(item.path("id").asText())) {
                    match = o;
                }
            }
            if (match == null) {
                target.add(item.deepCopy());
            } else {
                merge(match, (ObjectNode) item);
            }
        }
    }
}
