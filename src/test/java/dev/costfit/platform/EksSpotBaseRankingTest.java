package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.Figure;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * EKS on Spot above an on-demand base (platforms.eks.on_demand_base) chooses its node type by the month with the
 * base in it. Ranked by the Spot price alone, the types whose on-demand base costs least were never priced: the chat
 * API at 10 GB with one on-demand node was put on r6a.2xlarge at $971.94, and at 12 GB on r6a.xlarge at $895.83, so
 * the month fell as the memory rose; both fit r6a.large nodes, at $848.45.
 */
class EksSpotBaseRankingTest {

    private static final PricingContext REPORT = new PricingContext(CATALOG, false);
    private static final PricingContext SEARCH = REPORT.searching();
    private static final EksPlatform EKS = new EksPlatform();

    /** profiles/chat-api.yaml at {@code memory} and {@code rate}, on Spot above one on-demand node, and more knobs. */
    private static String chat(String memory, String rate, String eks) {
        String yaml;
        try {
            yaml = Files.readString(Path.of("profiles/chat-api.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String rates = "rate: {low: 10/s, expected: 20/s, high: 40/s}";
        assertThat(yaml).contains("memory: 512MB\n").contains(rates);
        return yaml.replace("memory: 512MB\n", "memory: " + memory + "\n")
                .replace(rates, rate.isEmpty() ? rates : "rate: " + rate)
                + "platforms: {eks: {spot: true, on_demand_base: 1" + eks + "}}\n";
    }

    private static Map<String, CostLine> byKey(Assessment a) {
        return a.lines().stream().collect(Collectors.toMap(CostLine::key, l -> l));
    }

    private static double figure(Assessment a, String key) {
        return a.capacity().figures().stream().filter(f -> f.key().equals(key)).mapToDouble(Figure::value)
                .findFirst().orElseThrow();
    }

    /** The month on the type named alone (no ranking to get wrong), infinite where it is not usable. */
    private static double alone(String yaml, String type, PricingContext context) {
        Assessment a = Platforms.assess(EKS, named(yaml, type), context);
        return a.usable() ? a.platformCost() : Double.POSITIVE_INFINITY;
    }

    private static Profile named(String yaml, String type) {
        return TestProfiles.parse(yaml.replace("on_demand_base: 1", "on_demand_base: 1, node_types: [" + type + "]"));
    }

    @Test
    void theChatApiAt10GbTakesTheNodesWhoseBaseCostsLeast() {
        // us-east-1 on demand: r6a.large $0.1134 an hour, r6a.xlarge $0.2268, r6a.2xlarge $0.4536; r6a on Spot 68%
        // off (the Spot Instance Advisor's figure in the catalog): $0.036288, $0.072576, $0.145152. A 20-GB root
        // volume a node at $0.08 a GB-month. One pod of 1 vCPU / 10 GB per r6a.large (16 GiB), two per r6a.xlarge,
        // five per r6a.2xlarge; 4 to 28 pods, 8,134.286 pod-hours a month; one node each hour on demand, 730 h.
        //   r6a.large:   8,134.286 node-hours: 730 x 0.1134 = 82.782 + 7,404.286 x 0.036288 = 268.687
        //                + 8,134.286 x 20 / 730 x 0.08 = 17.829: $369.298
        //   r6a.xlarge:  4,067.143 node-hours: 730 x 0.2268 = 165.564 + 3,337.143 x 0.072576 = 242.197
        //                + 4,067.143 x 20 / 730 x 0.08 = 8.914: $416.675
        // The rest of the month is the same on either: r6a.large is $47.377 cheaper.
        String yaml = chat("10GB", "", "");
        Profile p = TestProfiles.parse(yaml);
        for (PricingContext context : List.of(REPORT, SEARCH)) {
            Assessment a = Platforms.assess(EKS, p, context);
            assertThat(a.variant()).isEqualTo("r6a.large");
            assertThat(a.platformCost()).isCloseTo(alone(yaml, "r6a.xlarge", context) - 47.377, within(0.002));
            assertThat(a.platformCost()).isCloseTo(alone(yaml, "r6a.large", context), within(1e-6));
        }
        Assessment a = Platforms.assess(EKS, p, REPORT);
        assertThat(figure(a, "nodeHours")).isCloseTo(8_134.286, within(0.001));
        Map<String, CostLine> lines = byKey(a);
        assertThat(lines.get("eks.nodes").quantity()).isCloseTo(730, within(1e-9));
        assertThat(lines.get("eks.nodes").monthlyCost()).isCloseTo(82.782, within(1e-9));
        assertThat(lines.get("eks.nodes:spot").monthlyCost()).isCloseTo(268.687, within(0.001));
        assertThat(lines.get("ebs.gp3:root").monthlyCost()).isCloseTo(17.829, within(0.001));
        // The note names the next type by its month with the base, where it named r5a.2xlarge, $13.01 above
        // r6a.2xlarge: r5a.large, $0.113 an hour on demand and 65% off on Spot ($0.03955),
        // 730 x (0.113 - 0.1134) + 7,404.286 x (0.03955 - 0.036288) = -0.292 + 24.152 = $23.86 more.
        assertThat(alone(yaml, "r5a.large", REPORT)).isCloseTo(a.platformCost() + 23.86, within(0.005));
        assertThat(a.notes()).anyMatch(n -> n.startsWith("r6a.large nodes make the month cheapest (1 pod per node); "
                + "next: r5a.large, $23.86 a month more"));
        // On r6a.xlarge alone, the invariants sweep's hand figure: 730 x 0.2268 + 3,337.143 x 0.072576 + $8.914 of volumes.
        Assessment xlarge = Platforms.assess(EKS, named(yaml, "r6a.xlarge"), REPORT);
        Map<String, CostLine> x = byKey(xlarge);
        assertThat(x.get("eks.nodes").monthlyCost() + x.get("eks.nodes:spot").monthlyCost()
                + x.get("ebs.gp3:root").monthlyCost()).isCloseTo(416.675, within(0.001));
        // The type it was put on, r6a.2xlarge, costs $123.49 more.
        assertThat(alone(yaml, "r6a.2xlarge", REPORT) - a.platformCost()).isCloseTo(123.49, within(0.01));
    }

    /**
     * The month never falls as the memory or the rate rises, on Spot above one on-demand node: a pod's memory and
     * the pods only grow, so the cheapest node type's month does. Ranked by the Spot price alone it fell from
     * $971.94 at 10 GB to $895.83 at 12 GB (the chat API at 20/s).
     */
    @Test
    void theMonthNeverFallsAsTheMemoryOrTheRateRises() {
        double[] rates = {2.5, 5, 10, 20, 40, 80};
        int memories = 32; // 512 MB to 16 GB
        double[][] month = new double[rates.length][memories];
        for (int r = 0; r < rates.length; r++) {
            for (int m = 0; m < memories; m++) {
                Assessment a = EKS.assess(TestProfiles.parse(chat((m + 1) * 512 + "MB", rates[r] + "/s", "")),
                        SEARCH);
                assertThat(a.usable()).as("%s/s, %d MB", rates[r], (m + 1) * 512).isTrue();
                month[r][m] = a.platformCost();
            }
        }
        int compared = 0;
        for (int r = 0; r < rates.length; r++) {
            for (int m = 0; m < memories; m++) {
                if (m > 0) {
                    assertThat(month[r][m]).as("%s/s, %d MB after %d MB", rates[r], (m + 1) * 512, m * 512)
                            .isGreaterThanOrEqualTo(month[r][m - 1] * (1 - 1e-12));
                    compared++;
                }
                if (r > 0) {
                    assertThat(month[r][m]).as("%s/s after %s/s, %d MB", rates[r], rates[r - 1], (m + 1) * 512)
                            .isGreaterThanOrEqualTo(month[r - 1][m] * (1 - 1e-12));
                    compared++;
                }
            }
        }
        // 6 x 31 along the memory and 5 x 32 along the rate: a sweep that compared fewer proves less than asked.
        assertThat(compared).isEqualTo(6 * 31 + 5 * 32);
    }

    /**
     * Wherever the base and the Spot price disagree, the month is the least of the months on each catalog type named
     * alone (ranked by nothing): on demand and under a Compute Savings Plan, which commits the base's nodes (not
     * the Spot ones), for services and for a job's runs.
     */
    @Test
    void theMonthIsTheLeastOfTheTypesNamedAlone() {
        String job = "kind: job\nname: j\nschedule: {runs: 300/month, tasks: 7, duration: 10min}\nvcpu: 1\n"
                + "memory: 10GB\nplatforms: {eks: {spot: true, on_demand_base: 1}}\n";
        List<String> cases = List.of(chat("10GB", "", ""), chat("12GB", "", ""), chat("6GB", "5/s", ""),
                chat("10GB", "", "").replace("memory: 10GB", "memory: 10GB\npricing: savings-plan-3y-all-upfront"),
                chat("3GB", "", "").replace("memory: 3GB", "memory: 3GB\nha: true\nmin_instances: 6"),
                chat("10GB", "", "").replace("on_demand_base: 1", "on_demand_base: 3"), job,
                job.replace("on_demand_base: 1", "on_demand_base: 4"));
        int compared = 0;
        for (String yaml : cases) {
            double least = Double.POSITIVE_INFINITY;
            String cheapest = "";
            for (String type : CATALOG.instanceTypes().keySet()) {
                double month = alone(yaml, type, SEARCH);
                if (month < least) {
                    least = month;
                    cheapest = type;
                }
            }
            assertThat(least).as(yaml).isFinite();
            for (PricingContext context : List.of(REPORT, SEARCH)) {
                Assessment a = Platforms.assess(EKS, TestProfiles.parse(yaml), context);
                assertThat(a.platformCost()).as("%s: %s at %s", yaml, a.variant(), cheapest)
                        .isCloseTo(least, within(least * 1e-12));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(16);
    }
}
