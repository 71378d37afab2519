package dev.costfit.pricing.update.google;

import com.fasterxml.jackson.databind.JsonNode;
import dev.costfit.pricing.update.UpdateFailure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The price of a SKU as the Catalog API gives it (https://cloud.google.com/billing/docs/reference/rest/v1/services.skus/list#PricingExpression):
 * the unit usage is counted in, tiered rates each starting at a usage amount, with the price per one usage unit as
 * Money (units + nanos, https://cloud.google.com/billing/docs/reference/rest/Shared.Types/Money), when it took effect
 * and over what the tiers aggregate. displayQuantity only says how to display a price ("$0.40 per 1,000,000"): the
 * unit price is per one usage unit whatever it says. Anything missing or malformed is an {@link UpdateFailure}.
 */
record SkuPricing(String usageUnit, List<Rate> rates, LocalDate effective, String aggregationLevel,
                  String aggregationInterval) {

    /** From {@code start} usage units on, {@code price} per unit in {@code currency}. */
    record Rate(BigDecimal start, BigDecimal price, String currency) {}

    SkuPricing {
        rates = List.copyOf(rates);
    }

    static SkuPricing of(CatalogSku sku, String where) {
        JsonNode infos = sku.json().path("pricingInfo");
        if (!infos.isArray() || infos.isEmpty()) {
            throw new UpdateFailure(where, sku.name() + " has no pricingInfo, so no price to take");
        }
        if (infos.size() > 1) {
            throw new UpdateFailure(where, sku.name() + " has " + infos.size() + " pricingInfo entries; costfit will "
                    + "not choose between them");
        }
        JsonNode info = infos.get(0);
        JsonNode expression = info.path("pricingExpression");
        String unit = expression.path("usageUnit").asText("");
        if (unit.isEmpty()) {
            throw new UpdateFailure(where, sku.name() + " has no usageUnit");
        }
        List<Rate> rates = new ArrayList<>();
        for (JsonNode rate : expression.path("tieredRates")) {
            rates.add(rate(sku, rate, where));
        }
        if (rates.isEmpty()) {
            throw new UpdateFailure(where, sku.name() + " has no tieredRates");
        }
        rates.sort(Comparator.comparing(Rate::start));
        JsonNode aggregation = info.path("aggregationInfo");
        return new SkuPricing(unit, rates, effective(sku, info.path("effectiveTime").asText(""), where),
                aggregation.path("aggregationLevel").asText(""), aggregation.path("aggregationInterval").asText(""));
    }

    private static Rate rate(CatalogSku sku, JsonNode rate, String where) {
        JsonNode money = rate.path("unitPrice");
        String currency = money.path("currencyCode").asText("");
        JsonNode start = rate.path("startUsageAmount");
        if (!start.isMissingNode() && !start.isNumber()) {
            throw new UpdateFailure(where, sku.name() + " has a tier starting at '" + start.asText() + "', not a number");
        }
        BigDecimal from = start.isMissingNode() ? BigDecimal.ZERO : start.decimalValue();
        try {
            // Money: whole units as an int64 string, plus nanos (10^-9 units) of the same sign.
            BigDecimal units = new BigDecimal(money.path("units").asText("0"));
            long nanos = money.path("nanos").asLong(0);
            if (Math.abs(nanos) > 999_999_999 || (units.signum() * nanos < 0)) {
                throw new NumberFormatException();
            }
            BigDecimal price = units.add(BigDecimal.valueOf(nanos, 9));
            if (price.signum() < 0 || from.signum() < 0) {
                throw new UpdateFailure(where, sku.name() + " has a negative price or tier");
            }
            return new Rate(from, price.stripTrailingZeros(), currency);
        } catch (NumberFormatException e) {
            throw new UpdateFailure(where, sku.name() + " has a unit price that is not Money (" + money + ")");
        }
    }

    private static LocalDate effective(CatalogSku sku, String text, String where) {
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new UpdateFailure(where, sku.name() + " has the effectiveTime '" + text + "', not a time");
        }
    }
}
