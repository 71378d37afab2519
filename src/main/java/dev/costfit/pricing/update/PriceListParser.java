package dev.costfit.pricing.update;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON text of one Price List product; anything missing or malformed is an {@link UpdateFailure}. */
public final class PriceListParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String where;

    /** {@code where} names the query in failures ("AWSLambda in eu-central-1"). */
    public PriceListParser(String where) {
        this.where = where;
    }

    public PriceListProduct parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UpdateFailure(where, "a product in the answer is not JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new UpdateFailure(where, "a product in the answer is not a JSON object");
        }
        JsonNode product = required(root, "product", "a product");
        String sku = text(required(product, "sku", "a product"), "product.sku");
        Map<String, String> attributes = new LinkedHashMap<>();
        product.path("attributes").fields().forEachRemaining(e -> attributes.put(e.getKey(), e.getValue().asText()));
        List<PriceListProduct.Term> terms = new ArrayList<>();
        JsonNode onDemand = root.path("terms").path("OnDemand");
        onDemand.fields().forEachRemaining(e -> terms.add(term(sku, e.getKey(), e.getValue())));
        return new PriceListProduct(root.path("serviceCode").asText(attributes.getOrDefault("servicecode", "")),
                sku, product.path("productFamily").asText(""), attributes, terms);
    }

    private PriceListProduct.Term term(String sku, String code, JsonNode term) {
        String effective = text(required(term, "effectiveDate", "sku " + sku + " term " + code),
                "effectiveDate");
        List<PriceListProduct.Dimension> dimensions = new ArrayList<>();
        required(term, "priceDimensions", "sku " + sku + " term " + code).fields().forEachRemaining(e ->
                dimensions.add(dimension(sku, e.getKey(), e.getValue())));
        return new PriceListProduct.Term(code, date(sku, effective), dimensions);
    }

    private PriceListProduct.Dimension dimension(String sku, String rateCode, JsonNode d) {
        String context = "sku " + sku + " rate " + rateCode;
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        required(d, "pricePerUnit", context).fields().forEachRemaining(e -> {
            try {
                prices.put(e.getKey(), new BigDecimal(e.getValue().asText()));
            } catch (NumberFormatException ex) {
                throw new UpdateFailure(where, context + " has the price '" + e.getValue().asText()
                        + "', not a number");
            }
        });
        return new PriceListProduct.Dimension(rateCode, text(required(d, "unit", context), "unit"),
                range(d.path("beginRange").asText("0"), context), range(d.path("endRange").asText("Inf"), context),
                prices, d.path("description").asText(""));
    }

    private double range(String text, String context) {
        if (text.equalsIgnoreCase("Inf")) {
            return Double.POSITIVE_INFINITY;
        }
        try {
            double value = Double.parseDouble(text);
            if (value < 0 || Double.isNaN(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UpdateFailure(where, context + " has the range bound '" + text + "', not a number");
        }
    }

    private LocalDate date(String sku, String text) {
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException again) {
                throw new UpdateFailure(where, "sku " + sku + " has the effective date '" + text
                        + "', not a date");
            }
        }
    }

    private JsonNode required(JsonNode node, String field, String context) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new UpdateFailure(where, context + " has no " + field);
        }
        return value;
    }

    private String text(JsonNode node, String field) {
        if (!node.isValueNode()) {
            throw new UpdateFailure(where, field + " is not a value");
        }
        return node.asText();
    }
}
