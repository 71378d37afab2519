package dev.costfit.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.pricing.update.AwsCatalogRules;
import dev.costfit.pricing.update.PriceRule;
import dev.costfit.yaml.Problem;
import dev.costfit.yaml.Problems;
import dev.costfit.yaml.YamlLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The unit a price is billed in is the one the code that bills it counts in ({@link PriceKeys}), not the unit a
 * key's first entry happens to be written in: session 40 found Fargate storage's first entry written per GB-hour and
 * billed against GB-seconds, $0.05 become $163.89.
 */
class BilledUnitsTest {

    private static final Catalog CATALOG = TestProfiles.CATALOG;

    /** A base catalog made of {@code prices} alone, read and merged as the embedded one is, and its problems. */
    private static Catalog base(String prices, Problems problems) throws IOException {
        String yaml = "catalog: 1\ndate: 2026-12-02\nregions: {aws: [us-east-1, us-east-2]}\nprices:\n" + prices;
        InputStream in = new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
        CatalogLayer layer = new CatalogReader(problems).read("test catalog",
                YamlLoader.forCatalogs().load("test catalog", in).get(0), false);
        return CatalogLoader.merge(List.of(layer), problems);
    }

    @Test
    void aKeysFirstEntryWrittenPerHourIsBilledPerTheSecondsThePlatformCounts() throws IOException {
        // Session 40's catalog: Fargate storage's first entry per GB-hour ($0.000111, us-east-1), a later one per
        // GB-second. The nightly task of the examples bills 10 GB above the included 20 for 147,648 task-seconds:
        // 1,476,480 GB-seconds = 410.1333 GB-hours x $0.000111 = $0.0455248. Read per GB-hour, the same count was
        // 1,476,480 x $0.000111 = $163.89.
        Problems problems = new Problems();
        Catalog catalog = base("""
                  - {key: fargate.ephemeral-storage, unit: GB-hour, price: 0.000111, regions: [us-east-1],
                     effective: 2026-10-09, source: "https://aws.amazon.com/fargate/pricing/"}
                  - {key: fargate.ephemeral-storage, unit: GB-second, price: 0.0000000308, regions: [us-east-2],
                     effective: 2026-10-09, source: "https://aws.amazon.com/fargate/pricing/"}
                """, problems);
        assertThat(problems.list()).isEmpty();
        Price virginia = catalog.price(PriceKeys.FARGATE_EPHEMERAL_STORAGE, "us-east-1");
        assertThat(virginia.unit()).isEqualTo("GB-second");
        assertThat(virginia.cost(1_476_480)).isCloseTo(0.0455248, within(1e-15));
        assertThat(virginia.description()).contains("published per GB-hour");
        // The entry already per GB-second stays as written: 1,476,480 x $0.0000000308 = $0.045475584.
        Price ohio = catalog.price(PriceKeys.FARGATE_EPHEMERAL_STORAGE, "us-east-2");
        assertThat(ohio.unit()).isEqualTo("GB-second");
        assertThat(ohio.cost(1_476_480)).isCloseTo(0.045475584, within(1e-15));
    }

    @Test
    void theEmbeddedVirginiaStoragePricePerGbHourIsBilledPerGbSecond() {
        // The embedded entry is written as AWS publishes it, $0.000111 per GB-hour (it was rewritten per GB-second
        // to work around the first-entry rule). The same nightly 1,476,480 GB-seconds: $0.0455248.
        Price storage = CATALOG.price(PriceKeys.FARGATE_EPHEMERAL_STORAGE, "us-east-1");
        assertThat(storage.unit()).isEqualTo("GB-second");
        assertThat(storage.description()).contains("published per GB-hour");
        assertThat(storage.cost(1_476_480)).isCloseTo(0.0455248, within(1e-15));
    }

    @Test
    void anEntryWhoseUnitDoesNotConvertIntoTheBilledOneIsAProblemAtItsUnit() throws IOException {
        // A month is no fixed number of seconds: a GB-month price for a key billed per GB-second is refused, even
        // as the key's first entry (which once made it the key's unit).
        Problems problems = new Problems();
        base("""
                  - key: lambda.ephemeral-storage
                    unit: GB-month
                    price: 0.08
                    regions: [us-east-1]
                    effective: 2026-12-01
                    source: https://example.com/
                """, problems);
        assertThat(problems.list()).extracting(Problem::render).containsExactly("test catalog:6:11: "
                + "prices[line 5].unit: lambda.ephemeral-storage is priced per GB-second in the catalog; found "
                + "'GB-month', which costfit cannot convert exactly into GB-second (it converts prices per second, "
                + "minute and hour of the same quantity, and GB into GiB; a month has no fixed number of hours)");
    }

    @Test
    void aKeyNothingBillsIsAProblemAtItsEntry() throws IOException {
        Problems problems = new Problems();
        base("""
                  - {key: lambda.request, unit: request, price: 0.0000002, regions: [us-east-1],
                     effective: 2026-12-01, source: "https://example.com/"}
                """, problems);
        assertThat(problems.list()).extracting(Problem::render).containsExactly("test catalog:5:5: key: costfit "
                + "bills no price key 'lambda.request': list it in PriceKeys with the unit its cost lines count, or "
                + "remove the entry");
    }

    /**
     * Every key the platforms ask for — each one {@link PriceKeys} lists and each instance type's — walked with every
     * region's entry as the embedded catalog writes it: each unit converts into the unit the platform bills, and
     * the loaded catalog holds it in that unit. A failure names the key, region and both units.
     */
    @Test
    void everyEntryOfEveryKeyThePlatformsAskForConvertsIntoTheUnitTheyBill() throws IOException {
        Map<String, List<Price>> written = new LinkedHashMap<>();
        for (Price p : embeddedAsWritten().prices()) {
            written.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
        }
        List<PriceKey> asked = new ArrayList<>(PriceKeys.listed());
        CATALOG.instanceTypes().values().forEach(type -> asked.add(type.priceKey()));
        List<String> incompatible = new ArrayList<>();
        List<String> unpriced = new ArrayList<>();
        int walked = 0;
        for (PriceKey key : asked) {
            List<Price> entries = written.getOrDefault(key.name(), List.of());
            if (entries.isEmpty()) {
                unpriced.add(key.name());
            }
            for (Price entry : entries) {
                walked++;
                if (PriceUnit.of(entry.unit()).in(PriceUnit.of(key.unit())).isEmpty()) {
                    incompatible.add(key.name() + " in " + entry.region() + " is written per " + entry.unit()
                            + "; the platform bills it per " + key.unit());
                } else {
                    assertThat(CATALOG.price(key, entry.region()).unit()).as("%s in %s as loaded", key.name(),
                            entry.region()).isEqualTo(key.unit());
                }
            }
        }
        assertThat(incompatible).isEmpty();
        assertThat(unpriced).as("keys the platforms ask for that the catalog prices nowhere").isEmpty();
        // And no entry of a key nothing asks for: its unit would be checked against nothing.
        assertThat(written.keySet()).allSatisfy(k -> assertThat(PriceKeys.of(k)).as(k).isPresent());
        // The embedded catalog's some 2,000 entries (CatalogTest counts them), Fargate storage among them.
        assertThat(walked).isEqualTo(written.values().stream().mapToInt(List::size).sum()).isGreaterThan(2_000);
        assertThat(written.get("fargate.ephemeral-storage")).extracting(Price::unit).contains("GB-hour");
    }

    @Test
    void theAwsRefreshWritesEachKeyInAUnitTheLoaderConvertsIntoItsBilledUnit() {
        // `pricing update` writes each price in the unit the Price List publishes it in (Fargate storage per
        // GB-hour); the loader converts it as it converts the embedded entries, so every unit a rule writes must
        // convert into the key's billed unit, exactly.
        List<PriceRule> rules = new AwsCatalogRules(List.of("m5.large")).rules();
        assertThat(rules).hasSizeGreaterThan(30);
        for (PriceRule rule : rules) {
            assertThat(PriceKeys.of(rule.key())).as(rule.key()).isPresent();
            PriceUnit billed = PriceUnit.of(PriceKeys.of(rule.key()).orElseThrow().unit());
            rule.apiUnits().values().forEach(written ->
                    assertThat(PriceUnit.of(written).in(billed)).as(rule.key() + " per " + written).isPresent());
        }
        PriceRule storage = rules.stream().filter(r -> r.key().equals("fargate.ephemeral-storage")).findFirst()
                .orElseThrow();
        assertThat(storage.unitFor("GB-Hours")).hasValue("GB-hour");
        assertThat(PriceUnit.of("GB-hour").in(PriceUnit.of("GB-second"))).hasValue(3600);
    }

    @Test
    void aBilledKeysLookUpFindsTheCatalogsOwnPriceByIdentity() {
        // No conversion at the call: the key's name is the catalog's interned key, and the price the one it holds.
        Price byName = CATALOG.price("lambda.requests", "eu-west-1");
        assertThat(CATALOG.price(PriceKeys.LAMBDA_REQUESTS, "eu-west-1")).isSameAs(byName);
        assertThat(PriceKeys.LAMBDA_REQUESTS.name()).isSameAs("lambda.requests".intern());
        assertThat(CATALOG.knownPrice(PriceKeys.LAMBDA_REQUESTS, "eu-west-1")).containsSame(byName);
        assertThat(CATALOG.hasPrice(PriceKeys.GCF1_INVOCATIONS, "us-east-1")).isFalse();
    }

    /** The embedded catalog's entries as written, before the loader converts any. */
    private static CatalogLayer embeddedAsWritten() throws IOException {
        Problems problems = new Problems();
        try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.EMBEDDED)) {
            CatalogLayer layer = new CatalogReader(problems).read("embedded catalog",
                    YamlLoader.forCatalogs().load("embedded catalog", in).get(0), false);
            assertThat(problems.list()).isEmpty();
            return layer;
        }
    }
}
