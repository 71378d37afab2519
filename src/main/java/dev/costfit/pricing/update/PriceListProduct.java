package dev.costfit.pricing.update;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One product of the AWS Price List as costfit reads it: its attributes and its on-demand terms. */
public record PriceListProduct(String serviceCode, String sku, String productFamily, Map<String, String> attributes,
                               List<Term> onDemand) {

    public PriceListProduct {
        attributes = Map.copyOf(attributes);
        onDemand = List.copyOf(onDemand);
    }

    public String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }

    /** An on-demand offer term: when it took effect and its price dimensions (several for tiered prices). */
    public record Term(String code, LocalDate effective, List<Dimension> dimensions) {

        public Term {
            dimensions = List.copyOf(dimensions);
        }
    }

    /**
     * One price dimension: the unit, the usage range it covers in that unit ("Inf" is infinite) and the price per
     * unit by currency, as the exact decimal text the API sent.
     */
    public record Dimension(String rateCode, String unit, double beginRange, double endRange,
                            Map<String, BigDecimal> pricePerUnit, String description) {

        public Dimension {
            pricePerUnit = Map.copyOf(pricePerUnit);
        }
    }
}
