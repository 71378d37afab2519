package dev.costfit.pricing.update;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How one catalog price key is found in the Price List: the service, the usage types (without the region prefix the
 * API puts before them, "EUC1-"; some services spell one usage type two ways by region), attributes a product must
 * also have where several products share a usage type, the attribute that names the product's region, and the API
 * units costfit reads, each with the catalog's spelling of that unit. A price is written in the unit it is published
 * in; the catalog converts it into the unit its key is billed in when it reads it ({@code PriceKeys}).
 */
public record PriceRule(String key, String serviceCode, List<String> usageTypes, String regionAttribute,
                        Map<String, String> apiUnits, Map<String, String> attributes, String description) {

    /** AWS's region prefixes of usage types: "USE1", "EUC1", "EU", "UGW1"; never lower case ("Global-" is free tier). */
    private static final Pattern REGION_PREFIX = Pattern.compile("[A-Z]{2,4}[0-9]{0,2}");

    public PriceRule {
        usageTypes = List.copyOf(usageTypes);
        apiUnits = Map.copyOf(apiUnits);
        attributes = Map.copyOf(attributes);
    }

    /** Whether a product is this rule's: its usage type, in any region, and the attributes the rule asks for. */
    public boolean claims(PriceListProduct product) {
        return matches(product.serviceCode(), product.attribute("usagetype"))
                && attributes.entrySet().stream().allMatch(a -> a.getValue().equalsIgnoreCase(
                        product.attribute(a.getKey())));
    }

    /** Whether a product's usage type is one of this rule's, in any region. */
    public boolean matches(String serviceCode, String productUsageType) {
        if (!this.serviceCode.equals(serviceCode) || productUsageType == null) {
            return false;
        }
        return usageTypes.stream().anyMatch(usageType -> {
            if (productUsageType.equals(usageType)) {
                return true;
            }
            String suffix = "-" + usageType;
            return productUsageType.endsWith(suffix) && REGION_PREFIX.matcher(
                    productUsageType.substring(0, productUsageType.length() - suffix.length())).matches();
        });
    }

    /** The catalog's spelling of an API unit ("GB-Hours" is "GB-hour"), if costfit reads that unit for this key. */
    public Optional<String> unitFor(String apiUnit) {
        return Optional.ofNullable(apiUnits.get(apiUnit.trim().toLowerCase(Locale.ROOT)));
    }
}
