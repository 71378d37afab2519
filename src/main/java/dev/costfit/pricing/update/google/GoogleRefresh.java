package dev.costfit.pricing.update.google;

import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.CatalogValue;
import dev.costfit.pricing.Price;
import dev.costfit.pricing.update.Gap;
import dev.costfit.pricing.update.Progress;
import dev.costfit.pricing.update.RefreshBasis;
import dev.costfit.pricing.update.RefreshResult;
import dev.costfit.pricing.update.RefreshedPrice;
import dev.costfit.pricing.update.UpdateFailure;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Refreshes the Google prices of the catalog in force from the Cloud Billing Catalog API: finds the services by
 * name, reads every SKU of each, and turns the SKUs {@link GoogleCatalogRules} claims into catalog prices for the
 * Google regions the catalog knows. A SKU for every region ("global") prices its key where the catalog already
 * does, so that 1st gen's global invocation price does not make 1st gen appear in regions it does not run in. All
 * or nothing for what cannot be read or converted; what the API does not have, or prices twice over, is a note and
 * the catalog keeps what it had.
 */
public final class GoogleRefresh {

    private static final String SERVICES = "the Catalog API's list of services";

    private final BillingCatalogApi api;
    private final Catalog catalog;
    private final Progress progress;
    private final RefreshBasis basis;

    /** {@code catalog} is the catalog in force: its Google regions and where it prices each key. */
    public GoogleRefresh(BillingCatalogApi api, Catalog catalog, Progress progress) {
        this(api, catalog, progress, RefreshBasis.NONE);
    }

    /** {@code basis} says which keys may be $0 (none the embedded catalog bills). */
    public GoogleRefresh(BillingCatalogApi api, Catalog catalog, Progress progress, RefreshBasis basis) {
        this.api = api;
        this.catalog = catalog;
        this.progress = progress;
        this.basis = basis;
    }

    public RefreshResult run() {
        List<SkuRule> rules = GoogleCatalogRules.rules();
        Set<String> regions = catalog.regions("gcp");
        Map<String, List<SkuMapping.Mapped>> found = new TreeMap<>();
        int[] pages = {0};
        progress.begin(1 + CatalogService.values().length);
        try {
            progress.step("Google: the Catalog API's services", 1);
            Map<CatalogService, BillingCatalogApi.Service> services = services(api.services());
            int step = 1;
            for (Map.Entry<CatalogService, BillingCatalogApi.Service> e : services.entrySet()) {
                String where = e.getValue().displayName() + " SKUs";
                progress.step("Google: " + where, ++step);
                List<SkuRule> mine = rules.stream().filter(r -> r.service() == e.getKey()).toList();
                api.skus(e.getValue(), node -> {
                    CatalogSku sku = CatalogSku.of(node);
                    for (SkuRule rule : mine) {
                        if (rule.claims(sku)) {
                            SkuMapping.Mapped mapped = SkuMapping.map(rule, sku, where);
                            for (String region : regionsOf(rule, sku, regions)) {
                                found.computeIfAbsent(rule.key() + "@" + region, k -> new ArrayList<>()).add(mapped);
                            }
                        }
                    }
                }, n -> progress.page(++pages[0]));
            }
        } finally {
            progress.end();
        }
        List<String> notes = new ArrayList<>();
        List<RefreshedPrice> all = prices(found, notes);
        notes.addAll(missing(rules, found.keySet()));
        notes.addAll(freeTiers(found));
        // A SKU at $0 whatever the volume is no price for a key costfit bills: left out, with a gap that says so.
        List<Gap> gaps = new ArrayList<>();
        List<RefreshedPrice> prices = new ArrayList<>();
        for (RefreshedPrice p : all) {
            if (p.free() && !basis.mayBeFree().test(p.key())) {
                gaps.add(RefreshBasis.zero(serviceOf(rules, p.key()), p.region(), p.key(), "the Catalog API gives "
                        + "$0 (" + p.source().replace("Google Cloud Billing Catalog API, ", "") + ")"));
            } else {
                prices.add(p);
            }
        }
        TreeSet<String> priced = new TreeSet<>();
        prices.forEach(p -> priced.add(p.region()));
        return new RefreshResult(prices, List.copyOf(priced), notes, gaps);
    }

    private static String serviceOf(List<SkuRule> rules, String key) {
        return rules.stream().filter(r -> r.key().equals(key)).findFirst()
                .map(r -> r.service().displayNames().get(0)).orElse("Google");
    }

    /** The service each rule needs, by its display name in the API's list. */
    private static Map<CatalogService, BillingCatalogApi.Service> services(List<BillingCatalogApi.Service> listed) {
        Map<CatalogService, BillingCatalogApi.Service> out = new EnumMap<>(CatalogService.class);
        for (CatalogService wanted : CatalogService.values()) {
            BillingCatalogApi.Service service = wanted.displayNames().stream()
                    .flatMap(name -> listed.stream().filter(s -> s.displayName().equalsIgnoreCase(name)))
                    .findFirst()
                    .orElseThrow(() -> new UpdateFailure(SERVICES, "it lists no service named "
                            + String.join(" or ", wanted.displayNames()) + " among " + listed.size()));
            out.put(wanted, service);
        }
        return out;
    }

    private Set<String> regionsOf(SkuRule rule, CatalogSku sku, Set<String> known) {
        Set<String> out = new TreeSet<>();
        if (sku.global()) {
            out.addAll(catalog.prices().getOrDefault(rule.key(), Map.of()).keySet());
            out.retainAll(known);
            return out;
        }
        String continent = rule.continent(sku);
        for (String region : sku.regions()) {
            if (known.contains(region) && (!rule.continental() || Continents.of(region).equals(continent))) {
                out.add(region);
            }
        }
        return out;
    }

    /** One price per key and region; two SKUs that disagree on one are left out, with a note. */
    private static List<RefreshedPrice> prices(Map<String, List<SkuMapping.Mapped>> found, List<String> notes) {
        List<RefreshedPrice> prices = new ArrayList<>();
        Map<String, List<String>> conflicts = new TreeMap<>();
        found.forEach((keyAtRegion, mapped) -> {
            String key = keyAtRegion.substring(0, keyAtRegion.indexOf('@'));
            String region = keyAtRegion.substring(keyAtRegion.indexOf('@') + 1);
            SkuMapping.Mapped first = mapped.get(0);
            boolean agree = mapped.stream().allMatch(m -> m.tiers().equals(first.tiers())
                    && m.unit().equals(first.unit()));
            if (!agree) {
                conflicts.computeIfAbsent(key, k -> new ArrayList<>()).add(region + " ("
                        + String.join(", ", mapped.stream().map(m -> "sku " + m.sku().skuId() + " $"
                        + m.tiers().get(0).price().toPlainString() + " per " + m.unit()).toList()) + ")");
                return;
            }
            prices.add(new RefreshedPrice(key, region, first.rule().text(), first.unit(), first.tiers(),
                    first.effective(), first.source()));
        });
        conflicts.forEach((key, where) -> notes.add("Google: two SKUs price " + key + " differently in "
                + String.join("; ", where) + "; costfit will not choose, the catalog keeps what it had there"));
        return prices;
    }

    /** Where the catalog prices a key and no SKU does (a SKU the API no longer lists, or one renamed). */
    private List<String> missing(List<SkuRule> rules, Set<String> found) {
        List<String> notes = new ArrayList<>();
        for (SkuRule rule : rules) {
            Set<String> had = new TreeSet<>(catalog.prices().getOrDefault(rule.key(), Map.<String, Price>of())
                    .keySet());
            had.retainAll(catalog.regions("gcp"));
            had.removeIf(region -> found.contains(rule.key() + "@" + region));
            if (!had.isEmpty()) {
                notes.add("Google: the Catalog API has no " + rule.key() + " price for " + String.join(", ", had)
                        + "; the catalog keeps what it had there");
            }
        }
        return notes;
    }

    /** A SKU's free allowance that is not the catalog's free tier for its key. */
    private List<String> freeTiers(Map<String, List<SkuMapping.Mapped>> found) {
        Map<String, Set<Double>> free = new TreeMap<>();
        found.values().forEach(list -> list.forEach(m -> {
            if (m.free() > 0) {
                free.computeIfAbsent(m.rule().key(), k -> new TreeSet<>()).add(m.freeInBilledUnit());
            }
        }));
        List<String> notes = new ArrayList<>();
        free.forEach((key, amounts) -> {
            CatalogValue catalogs = catalog.freeTier().get(key);
            double known = catalogs == null ? 0 : catalogs.value().magnitude();
            if (amounts.size() > 1 || amounts.iterator().next() != known) {
                notes.add("Google: the Catalog API gives " + String.join(" or ", amounts.stream()
                        .map(OverlayNumber::of).toList()) + " free a month for " + key + " and the catalog's free tier "
                        + "is " + OverlayNumber.of(known) + "; the catalog's free tier stays (--free-tier applies it)");
            }
        });
        return notes;
    }
}
