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

    /** Each tier of {@code price} into {@code array}: its bound (null for the open-ended last) and price. */
    static void tiers(ArrayNode array, dev.costfit.pricing.Price price) {
        for (dev.costfit.pricing.Tier t : price.tiers()) {
            ObjectNode tier = array.addObject();
            if (t.isOpenEnded()) {
                tier.putNull("upTo");
            } else {
                tier.put("upTo", t.upTo());
            }
            tier.put("price", t.price());
        }
    }

    static String text(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
