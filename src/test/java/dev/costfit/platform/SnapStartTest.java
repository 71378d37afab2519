package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Lambda SnapStart (platforms.lambda.snapstart) against the Lambda pricing page's SnapStart example
 * (https://aws.amazon.com/lambda/pricing/, "SnapStart Pricing"), the AWS Compute Blog's Spring Boot measurements
 * (coldstart-reference.md §1.3) and the SnapStart limits (https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html).
 */
class SnapStartTest {

    private static final LambdaPlatform LAMBDA = new LambdaPlatform();
    private static final PricingContext LIST = new PricingContext(CATALOG, false);
    /** 1 GB, 2 requests a second of 1 s, no front door: cold starts, and no SLO to buy provisioned concurrency. */
    private static final String BASE = "name: s\ntraffic: {rate: 2/s, pattern: spiky}\nduration: 1s\nmemory: 1GB\n"
            + "timeout: 30s\nfront_door: none\nnetwork: {clients: vpc}\n";

    private static Map<String, CostLine> byKey(List<CostLine> lines) {
        return lines.stream().collect(Collectors.toMap(CostLine::key, l -> l));
    }

    private static double cents(double usd) {
        return Math.round(usd * 100) / 100.0;
    }

    private static Assessment assess(String extra) {
        return LAMBDA.assess(TestProfiles.parse(BASE + extra), LIST);
    }

    private static Optional<LimitCheck> limit(Assessment a, String name) {
        return a.limits().stream().filter(l -> l.limit().equals(name)).findFirst();
    }

    @Test
    void thePricingPagesTelemetryExampleCostsWhatThePageSays() {
        // The page: 1 GB, one version active 24 h x 31 days = 2,678,400 s: 2,678,400 GB-s x $0.0000015046 = $4.03;
        // 1% of 7.44M requests restore: 74,400 x 1 GB x $0.0001397998 = $10.40.
        Map<String, CostLine> line = byKey(SnapStartCharges.lines(1, 2_678_400, 74_400, "us-east-1", CATALOG));
        assertThat(line.get("lambda.snapstart.cache").quantity()).isEqualTo(2_678_400);
        assertThat(cents(line.get("lambda.snapstart.cache").monthlyCost())).isEqualTo(4.03);
        assertThat(line.get("lambda.snapstart.restore").quantity()).isEqualTo(74_400);
        assertThat(cents(line.get("lambda.snapstart.restore").monthlyCost())).isEqualTo(10.40);
    }

    @Test
    void javaRestoresInTheBlogsTimeAndPaysNoSnapStartCharge() {
        // AWS Compute Blog (2025-04-29), Spring Boot on Java 21: p50 5,048 ms on demand, 1,178 ms with SnapStart.
        Assessment off = assess("runtime: java\n");
        Assessment on = assess("runtime: java\nplatforms: {lambda: {snapstart: on}}\n");
        assertThat(off.coldStarts().latency().seconds()).isEqualTo(5.0);
        assertThat(on.coldStarts().latency().seconds()).isCloseTo(1.178, within(0.03));
        // The same cold starts; none bills SnapStart (free for Java), and each bills its restore, not a 5 s INIT.
        assertThat(on.coldStarts().perMonth()).isEqualTo(off.coldStarts().perMonth()).isPositive();
        Map<String, CostLine> lines = byKey(on.lines());
        assertThat(lines).doesNotContainKeys("lambda.snapstart.cache", "lambda.snapstart.restore",
                "lambda.duration.x86_64:init");
        double restoreGbSeconds = on.coldStarts().perMonth() * 1.2 * 1;
        assertThat(lines.get("lambda.duration.x86_64:restore").quantity()).isCloseTo(restoreGbSeconds, within(1e-6));
        assertThat(byKey(off.lines()).get("lambda.duration.x86_64:init").quantity())
                .isCloseTo(off.coldStarts().perMonth() * 5 * 1, within(1e-6));
        assertThat(on.notes()).anyMatch(n -> n.startsWith("SnapStart: a cold start restores in about 1.2 s instead "
                + "of 5 s") && n.contains("no SnapStart charge for Java"));
    }

    @Test
    void pythonPaysTheCacheAllMonthAndEachRestore() {
        // A Python function whose INIT takes 4 s (cold_start.init), 1 GB: the cache is 1 GB x 730 h x 3,600 s =
        // 2,628,000 GB-s x $0.0000015046 = $3.95 a month; each cold start restores 1 GB at $0.0001397998.
        Assessment a = assess("runtime: python\ncold_start: {init: 4s}\nplatforms: {lambda: {snapstart: on}}\n");
        Map<String, CostLine> lines = byKey(a.lines());
        assertThat(lines.get("lambda.snapstart.cache").quantity()).isEqualTo(2_628_000);
        assertThat(lines.get("lambda.snapstart.cache").monthlyCost()).isCloseTo(2_628_000 * 0.0000015046,
                within(1e-9));
        assertThat(cents(lines.get("lambda.snapstart.cache").monthlyCost())).isEqualTo(3.95);
        double cold = a.coldStarts().perMonth();
        assertThat(cold).isPositive();
        assertThat(lines.get("lambda.snapstart.restore").monthlyCost()).isCloseTo(cold * 1 * 0.0001397998,
                within(1e-9));
        // The restore (about a second: AWS says "as low as sub-second") replaces the 4 s INIT.
        assertThat(a.coldStarts().latency().seconds()).isEqualTo(1.0);
        Assessment off = assess("runtime: python\ncold_start: {init: 4s}\n");
        assertThat(off.coldStarts().latency().seconds()).isEqualTo(4.0);
    }

    @Test
    void dotnetIsBilledAndAFastStartingFunctionIsToldSnapStartDoesNotHelpIt() {
        Assessment dotnet = assess("runtime: dotnet\nplatforms: {lambda: {snapstart: on}}\n");
        assertThat(byKey(dotnet.lines())).containsKeys("lambda.snapstart.cache", "lambda.snapstart.restore");
        // Python with small dependencies starts in ~300 ms; a restore takes ~1 s (a hello-world Java restore took
        // 772 ms against a 261 ms INIT: lambda-perf, 2025-10-18).
        Assessment python = assess("runtime: python\nplatforms: {lambda: {snapstart: on}}\n");
        assertThat(python.notes()).anyMatch(n -> n.contains("slower than the 300 ms this function is estimated to "
                + "start in without it"));
    }

    @Test
    void snapStartNeverBuysProvisionedConcurrencyAndKeepsSlashTmpAt512Mb() {
        // An SLO the restore cannot meet (100 ms budget, 0.1% share): without SnapStart Lambda buys provisioned
        // concurrency; with it, it cannot (SnapStart does not support provisioned concurrency) and does not fit.
        String slo = "runtime: java\nlatency: {cold_start_budget: 100ms, cold_start_share: 0.1%}\n";
        Assessment withPc = assess(slo);
        assertThat(withPc.feasible()).isTrue();
        assertThat(byKey(withPc.lines())).containsKey("lambda.provisioned.x86_64");
        Assessment snap = assess(slo + "platforms: {lambda: {snapstart: on}}\n");
        assertThat(snap.feasible()).isFalse();
        assertThat(limit(snap, "cold-start latency SLO").orElseThrow().workaround())
                .contains("SnapStart cannot be combined with provisioned concurrency");
        Assessment big = assess("runtime: java\nstorage: 1GB\nplatforms: {lambda: {snapstart: on}}\n");
        assertThat(limit(big, "ephemeral storage with SnapStart").orElseThrow().ok()).isFalse();
        assertThat(limit(assess("runtime: java\nstorage: 1GB\n"), "ephemeral storage with SnapStart")).isEmpty();
    }
}
