package dev.costfit.pricing.update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refreshes AWS prices for some regions: every query of {@link AwsCatalogRules} against a {@link PriceSource}, each
 * product mapped to a catalog price, and the answers checked against the catalog in force ({@link RefreshBasis}).
 * All or nothing where an answer cannot be trusted: the first failure ends the refresh, and so does a region with
 * no products at all or a service that answers nothing for a region where the catalog prices it (an answer cut
 * short, a schema costfit does not read, never a price change). A single key the answer lacks, or gives at $0, is
 * a {@link Gap}: the overlay leaves it out and the catalog keeps what it had.
 */
public final class PriceRefresh {

    /** us-east-1, eu-central-1, us-gov-west-1, cn-north-1: an area, optional qualifiers, a direction and a number. */
    public static final Pattern REGION_CODE = Pattern.compile("[a-z]{2}(-(gov|iso[a-z]?))?-[a-z]+-[0-9]{1,2}");

    private final PriceSource source;
    private final AwsCatalogRules rules;
    private final Progress progress;
    private final RefreshBasis basis;
    /** Regions the Price List listed (--all-regions): real regions, whatever the catalog knows. */
    private final Set<String> listed = new LinkedHashSet<>();

    public PriceRefresh(PriceSource source, AwsCatalogRules rules, Progress progress) {
        this(source, rules, progress, RefreshBasis.NONE);
    }

    public PriceRefresh(PriceSource source, AwsCatalogRules rules, Progress progress, RefreshBasis basis) {
        this.source = source;
        this.rules = rules;
        this.progress = progress;
        this.basis = basis;
    }

    /** Region codes the Price List prices Lambda in, for --all-regions. */
    public List<String> allRegions() {
        List<String> all = source.regions().stream().filter(r -> REGION_CODE.matcher(r).matches()).sorted()
                .distinct().toList();
        listed.addAll(all);
        return all;
    }

    public RefreshResult run(List<String> regions) {
        ProductMapping mapping = new ProductMapping(rules.rules());
        List<AwsQuery> queries = new ArrayList<>();
        regions.forEach(region -> queries.addAll(rules.queries(region)));
        progress.begin(queries.size());
        Map<String, RefreshedPrice> found = new LinkedHashMap<>();
        Map<String, Gap> refused = new LinkedHashMap<>();
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
                    mapping.map(parser.parse(text), query).ifPresent(price -> take(query, price, found, refused));
                }
            }
        } finally {
            progress.end();
        }
        List<Gap> gaps = new ArrayList<>(refused.values());
        for (String region : regions) {
            if (productsPerRegion.getOrDefault(region, 0) == 0) {
                if (basis.regions().contains(region) || listed.contains(region)) {
                    throw new UpdateFailure("the AWS Price List", "it answered no products at all for " + region
                            + ", a region " + (listed.contains(region) ? "it lists" : "costfit prices") + ": the "
                            + "server's answers are empty, or not the GetProducts answers (aws_v1) costfit reads; "
                            + "that is the server's problem, not a price change");
                }
                throw new UnknownRegion(region);
            }
            failOnMissingServices(region, queries, found.keySet(), refused.keySet());
            gaps.addAll(missingKeys(region, found.keySet(), refused.keySet()));
        }
        return new RefreshResult(List.copyOf(found.values()), List.copyOf(regions), List.of(), gaps);
    }

    /** A price found: kept, refused when it is $0, or a failure when another product already priced it otherwise. */
    private void take(AwsQuery query, RefreshedPrice price, Map<String, RefreshedPrice> found,
                      Map<String, Gap> refused) {
        String at = price.key() + "@" + price.region();
        RefreshedPrice before = found.get(at);
        if (before != null && !before.source().equals(price.source())) {
            throw new UpdateFailure(query.toString(), "two products price " + price.key() + " ("
                    + before.source() + "; " + price.source() + "); costfit will not choose");
        }
        String sku = price.source().replace("AWS Price List API, ", "");
        if (price.free() && !basis.mayBeFree().test(price.key())) {
            refused.put(at, RefreshBasis.zero(query.serviceCode(), price.region(), price.key(), "the Price List gives "
                    + "$0 (" + sku + ")"));
            return;
        }
        Optional<RefreshedPrice> paid = withoutTheFreeAllowance(price);
        if (paid.isEmpty() && !basis.mayBeFree().test(price.key())) {
            refused.put(at, RefreshBasis.zero(query.serviceCode(), price.region(), price.key(), "the Price List gives "
                    + "a tier at $0 (" + sku + ") that is not the catalog's free allowance for it (" + allowance(price)
                    + ")"));
            return;
        }
        found.put(at, paid.orElse(price));
    }

    private String allowance(RefreshedPrice price) {
        double free = basis.freeAllowance().applyAsDouble(price.key());
        String unit = dev.costfit.pricing.PriceKeys.of(price.key()).map(k -> k.unit()).orElse("its unit");
        return free > 0 ? ProductMapping.bound(free) + " " + unit + " a month" : "free_tier has none under this key";
    }

    /**
     * The price with no $0 tier: as it is when it has none; without its first tier when that one alone is $0 and is
     * exactly the catalog's free allowance for the key (the first 100 GB of egress, if the Price List writes them as
     * a tier), which the catalog keeps in free_tier and applies with --free-tier, the next tier then starting at 0 as
     * the embedded catalog writes it; empty when a tier is $0 otherwise (Lambda's first 6 billion GB-seconds at $0
     * once went into the file as a price).
     */
    private Optional<RefreshedPrice> withoutTheFreeAllowance(RefreshedPrice price) {
        List<RefreshedTier> tiers = price.tiers();
        long zeros = tiers.stream().filter(t -> t.price().signum() == 0).count();
        if (zeros == 0) {
            return Optional.of(price);
        }
        double allowance = basis.freeAllowance().applyAsDouble(price.key());
        double perBilled = dev.costfit.pricing.PriceKeys.of(price.key()).map(k -> k.unitsIn(price.unit()))
                .filter(java.util.OptionalDouble::isPresent).map(java.util.OptionalDouble::getAsDouble).orElse(0.0);
        boolean leadingAllowance = zeros == 1 && tiers.size() > 1 && tiers.get(0).price().signum() == 0
                && allowance > 0 && tiers.get(0).upTo() * perBilled == allowance;
        if (!leadingAllowance) {
            return Optional.empty();
        }
        return Optional.of(new RefreshedPrice(price.key(), price.region(), price.description(), price.unit(),
                tiers.subList(1, tiers.size()), price.effective(), price.source()));
    }

    /**
     * A query that priced none of its keys in a region where the catalog prices some: the service is missing from
     * the answer (a dropped service once went by as one 5 KB note, exit 0).
     */
    private void failOnMissingServices(String region, List<AwsQuery> queries, Set<String> found,
                                       Set<String> refused) {
        List<String> missing = new ArrayList<>();
        for (AwsQuery query : queries) {
            if (!query.region().equals(region)) {
                continue;
            }
            List<String> keys = rules.keysOf(query);
            boolean answered = keys.stream().anyMatch(k -> found.contains(k + "@" + region)
                    || refused.contains(k + "@" + region));
            List<String> priced = keys.stream().filter(k -> basis.priced().test(k, region)).toList();
            if (!answered && !priced.isEmpty()) {
                missing.add(describe(query) + " (the catalog prices " + list(priced, 3) + " there)");
            }
        }
        if (!missing.isEmpty()) {
            throw new UpdateFailure("the AWS Price List in " + region, "it answered nothing costfit reads for "
                    + String.join("; ", missing) + ". A service missing from the answer is the server's problem "
                    + "(an answer cut short, a schema costfit does not read), not a price change");
        }
    }

    /** The keys of the region the answer lacks: a gap each, one that counts where the catalog priced it there. */
    private List<Gap> missingKeys(String region, Set<String> found, Set<String> refused) {
        List<Gap> gaps = new ArrayList<>();
        for (PriceRule rule : rules.rules()) {
            String at = rule.key() + "@" + region;
            if (found.contains(at) || refused.contains(at)) {
                continue;
            }
            boolean priced = basis.priced().test(rule.key(), region);
            // An instance type the catalog does not price in a region is most likely not offered there: not a gap.
            // One it prices there is one, but not one that makes the refresh incomplete: the catalog's types are
            // the union over regions and overlays, many from secondary sources, and AWS retires types by region.
            if (rule.key().startsWith("ec2.") && !priced) {
                continue;
            }
            gaps.add(new Gap(rule.serviceCode(), region, rule.key(), "not in the Price List",
                    priced && !rule.key().startsWith("ec2.")));
        }
        return gaps;
    }

    private static String describe(AwsQuery query) {
        String family = query.filters().get("productFamily");
        return query.serviceCode() + (family == null ? "" : " (" + family + ")");
    }

    /** "a, b, c and 4 more". */
    static String list(List<String> items, int shown) {
        if (items.size() <= shown) {
            return items.size() == 1 ? items.get(0) : String.join(", ", items.subList(0, items.size() - 1))
                    + " and " + items.get(items.size() - 1);
        }
        return String.join(", ", items.subList(0, shown)) + " and " + (items.size() - shown) + " more";
    }

    /** A region the Price List has no product at all for, that neither the catalog nor the Price List knows. */
    public static final class UnknownRegion extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public UnknownRegion(String region) {
            super("the AWS Price List has no products in region '" + region + "', and costfit knows no such region; "
                    + "give AWS region codes such as us-east-1 or eu-central-1", null, false, false);
        }
    }
}
