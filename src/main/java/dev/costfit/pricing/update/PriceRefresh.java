package dev.costfit.pricing.update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refreshes AWS prices for some regions: every query of {@link AwsCatalogRules} against a {@link PriceSource}, each
 * product mapped to a catalog price. All or nothing: the first failure ends the refresh.
 */
public final class PriceRefresh {

    /** us-east-1, eu-central-1, us-gov-west-1, cn-north-1: an area, optional qualifiers, a direction and a number. */
    public static final Pattern REGION_CODE = Pattern.compile("[a-z]{2}(-(gov|iso[a-z]?))?-[a-z]+-[0-9]{1,2}");

    private final PriceSource source;
    private final AwsCatalogRules rules;
    private final Progress progress;

    public PriceRefresh(PriceSource source, AwsCatalogRules rules, Progress progress) {
        this.source = source;
        this.rules = rules;
        this.progress = progress;
    }

    /** Region codes the Price List prices Lambda in, for --all-regions. */
    public List<String> allRegions() {
        return source.regions().stream().filter(r -> REGION_CODE.matcher(r).matches()).sorted().distinct().toList();
    }

    public RefreshResult run(List<String> regions) {
        ProductMapping mapping = new ProductMapping(rules.rules());
        List<AwsQuery> queries = new ArrayList<>();
        regions.forEach(region -> queries.addAll(rules.queries(region)));
        progress.begin(queries.size());
        Map<String, RefreshedPrice> found = new LinkedHashMap<>();
        Map<String, Integer> productsPerRegion = new LinkedHashMap<>();
        int[] pages = {0};
        try {
            for (int i = 0; i < queries.size(); i++) {
                AwsQuery query = queries.get(i);
                progress.query(query, i + 1);
                List<String> products = source.products(query, n -> progress.page(++pages[0]));
                productsPerRegion.merge(query.region(), products.size(), Integer::sum);
                PriceListParser parser = new PriceListParser(query.toString());
                for (String text : products) {
                    mapping.map(parser.parse(text), query).ifPresent(price -> {
                        RefreshedPrice before = found.putIfAbsent(price.key() + "@" + price.region(), price);
                        if (before != null && !before.source().equals(price.source())) {
                            throw new UpdateFailure(query.toString(), "two products price " + price.key() + " ("
                                    + before.source() + "; " + price.source() + "); costfit will not choose");
                        }
                    });
                }
            }
        } finally {
            progress.end();
        }
        List<String> notes = new ArrayList<>();
        Set<String> priced = new LinkedHashSet<>();
        for (String region : regions) {
            if (productsPerRegion.getOrDefault(region, 0) == 0) {
                throw new UnknownRegion(region);
            }
            List<String> missing = rules.rules().stream().map(PriceRule::key)
                    .filter(key -> !found.containsKey(key + "@" + region)).toList();
            if (!missing.isEmpty()) {
                notes.add(region + ": the Price List has no " + String.join(", ", missing)
                        + "; the catalog keeps what it had for them");
            }
            priced.add(region);
        }
        return new RefreshResult(List.copyOf(found.values()), List.copyOf(priced), notes);
    }

    /** A region the Price List has no product at all for: most likely not an AWS region code. */
    public static final class UnknownRegion extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public UnknownRegion(String region) {
            super("the AWS Price List has no products in region '" + region + "'; give AWS region codes such as "
                    + "us-east-1 or eu-central-1", null, false, false);
        }
    }
}
