package dev.costfit.pricing.update;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How one catalog price key is found in the Price List: the service, the usage type (without the region prefix the
 * API puts before it, "EUC1-"), the attribute that names the product's region, the catalog's unit, and the API
 * units costfit can convert into it exactly, each with how many catalog units one API unit is.
 */
public record PriceRule(String key, String serviceCode, String usageType, String regionAttribute, String unit,
                        Map<String, Double> apiUnits, String description) {

    /** AWS's region prefixes of usage types: "USE1", "EUC1", "EU", "UGW1"; never lower case ("Global-" is free tier). */
    private static final Pattern REGION_PREFIX = Pattern.compile("[A-Z]{2,4}[0-9]{0,2}");

    public PriceRule {
        apiUnits = Map.copyOf(apiUnits);
    }

    /** Whether a product's usage type is this rule's, in any region. */
    public boolean matches(String serviceCode, String productUsageType) {
        if (!this.serviceCode.equals(serviceCode) || productUsageType == null) {
            return false;
        }
        if (productUsageType.equals(usageType)) {
            return true;
        }
        String suffix = "-" + usageType;
        return productUsageType.endsWith(suffix)
                && REGION_PREFIX.matcher(productUsageType.substring(0, productUsageType.length() - suffix.length()))
                .matches();
    }

    /** Catalog units in one unit of the API's, if costfit knows the conversion exactly. */
    public java.util.OptionalDouble factor(String apiUnit) {
        Double factor = apiUnits.get(apiUnit.trim().toLowerCase(Locale.ROOT));
        return factor == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(factor);
    }
}
