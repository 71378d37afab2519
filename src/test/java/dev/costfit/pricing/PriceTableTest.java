package dev.costfit.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The catalog's prices found by (key, region) in one probe ({@link PriceTable}): every pair the catalog has, by the
 * catalog's own strings and by equal copies of them, and none it lacks.
 */
class PriceTableTest {

    private static final Catalog CATALOG = new CatalogLoader().embedded();

    @Test
    void everyPairIsFoundAndNoOther() {
        PriceTable table = (PriceTable) CATALOG.prices();
        Set<String> regions = new TreeSet<>();
        CATALOG.prices().values().forEach(m -> regions.addAll(m.keySet()));
        regions.add("xx-nowhere-1");
        int found = 0;
        int missing = 0;
        for (Map.Entry<String, Map<String, Price>> byKey : CATALOG.prices().entrySet()) {
            String key = byKey.getKey();
            for (String region : regions) {
                Price expected = byKey.getValue().get(region);
                // The catalog's instances, then equal strings made anew (found by value).
                assertThat(table.price(key, region)).as("%s in %s", key, region).isSameAs(expected);
                assertThat(table.price(new String(key), new String(region))).as("%s in %s, copies", key, region)
                        .isSameAs(expected);
                assertThat(CATALOG.knownPrice(key, region)).as("%s in %s", key, region)
                        .isEqualTo(java.util.Optional.ofNullable(expected));
                if (expected != null) {
                    found++;
                } else {
                    missing++;
                }
            }
        }
        assertThat(table.price("no.such.key", "us-east-1")).isNull();
        assertThat(found).isGreaterThan(2_000);
        assertThat(missing).isGreaterThan(1_000);
    }

    /** Instance types' price keys are interned, as the catalog's keys are, so their prices are found by identity. */
    @Test
    void instanceTypesNameTheirPriceByTheCatalogsOwnKey() {
        assertThat(CATALOG.instanceTypes()).hasSizeGreaterThan(100);
        CATALOG.instanceTypes().values().forEach(type -> assertThat(type.priceKey().name()).as(type.name())
                .isSameAs(("ec2." + type.name()).intern()));
    }

    @Test
    void aSmallTableKeepsEveryPairApart() {
        // One pair, then pairs sharing keys and regions: each found, and a pair of a known key and a known region
        // that the table lacks is not.
        Map<String, Map<String, Price>> byKey = new HashMap<>();
        Price a = CATALOG.price("lambda.requests", "us-east-1");
        Price b = CATALOG.price("lambda.requests", "eu-west-1");
        byKey.put("k1", Map.of("r1", a));
        assertThat(new PriceTable(byKey).price("k1", "r1")).isSameAs(a);
        byKey.put("k2", Map.of("r1", b, "r2", a));
        byKey.put("k1", Map.of("r1", a, "r3", b));
        PriceTable table = new PriceTable(byKey);
        assertThat(table.price("k1", "r1")).isSameAs(a);
        assertThat(table.price("k1", "r3")).isSameAs(b);
        assertThat(table.price("k2", "r1")).isSameAs(b);
        assertThat(table.price("k2", "r2")).isSameAs(a);
        assertThat(table.price("k1", "r2")).isNull();
        assertThat(table.price("k2", "r3")).isNull();
        assertThat(table).isEqualTo(byKey).hasSize(2);
    }
}
