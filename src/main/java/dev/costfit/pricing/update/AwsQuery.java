package dev.costfit.pricing.update;

import java.util.Map;

/**
 * One GetProducts question: a service code and TERM_MATCH filters (attribute → value), asked for one region.
 * {@code region} is costfit's region the answer is for, which the filters name in their own way.
 */
public record AwsQuery(String serviceCode, String region, Map<String, String> filters) {

    public AwsQuery {
        filters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(filters));
    }

    @Override
    public String toString() {
        return serviceCode + " in " + region;
    }
}
