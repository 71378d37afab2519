package dev.costfit.pricing.update;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON of `pricing show` and `pricing diff`: versioned documents whose rows are keyed by price key and region. */
final class PricingJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PricingJson() {
    }

    static ObjectNode document() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", 1);
        return root;
    }

    /** A new row of {@code rows} for one price key in one region. */
    static ObjectNode row(ArrayNode rows, String key, String region) {
        ObjectNode row = rows.addObject();
        row.put("key", key);
        row.put("region", region);
        return row;
    }

    static String text(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
