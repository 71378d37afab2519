package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Alternative;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import dev.costfit.recommend.Evaluator;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Recommender;
import dev.costfit.units.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * SnapStart offered where a profile leaves it off (glue-and-discounts-reference.md §7: Java, Python and .NET; free
 * for Java): a report's note and {@link Alternative} where stating {@code platforms.lambda.snapstart: on} would cost
 * less or meet a latency SLO Lambda breaks, never the month itself. Prices: us-east-1 x86_64, $0.20 per million
 * requests and $0.0000166667 a GB-second (pricing-reference.md §1.1); a Java restore takes about 1.2 s (the AWS
 * Compute Blog's Spring Boot measurement, 1,178 ms), a Java INIT about 5 s.
 */
class SnapStartAlternativeTest {

    private static final LambdaPlatform LAMBDA = new LambdaPlatform();
    private static final PricingContext REPORT = new PricingContext(CATALOG, false);
    /**
     * The reviewer's internal tool: 2,000 requests a business day of 1.5 s (300 ms of CPU), 2,048 MB, Java, at most
     * 1% of requests waiting more than 2 s for a cold start. No front door or egress, so the month is Lambda's own.
     */
    private static final String TOOL = "name: tool\ntraffic: {rate: 2000/day, pattern: business-hours}\n"
            + "duration: 1500ms\ncpu_time: 300ms\nmemory: 2048MB\ntimeout: 20s\nruntime: java\narchitecture: x86_64\n"
            + "front_door: none\nnetwork: {clients: vpc}\nlatency: {cold_start_budget: 2s, cold_start_share: 1%}\n";

    private static Optional<Alternative> snapStart(Assessment a) {
        return a.alternatives().stream().filter(x -> x.setting().equals("platforms.lambda.snapstart: on"))
                .findFirst();
    }

    private static Optional<String> note(Assessment a) {
        return a.notes().stream().filter(n -> n.startsWith("SnapStart (platforms.lambda.snapstart: on)")).findFirst();
    }

    @Test
    void aJavaFunctionThatBuysProvisionedConcurrencyForItsSloIsToldWhatSnapStartWouldSave() {
        Assessment off = LAMBDA.assess(TestProfiles.parse(TOOL), REPORT);
        // Without SnapStart a 5 s INIT breaks the 2 s budget in 1.71% of requests: provisioned concurrency is kept.
        assertThat(off.usable()).isTrue();
        assertThat(off.lines()).anyMatch(l -> l.key().equals("lambda.provisioned.x86_64"));
        // With it, as the profile stating it prices it: 2,000 x 730 / 24 = 60,833.33 requests x $0.0000002 =
        // $0.012167; 60,833.33 x 1.5 s x 2 GB = 182,500 GB-s x $0.0000166667 = $3.041673; each cold start bills a
        // 1.2 s restore of 2 GB at the same price; nothing provisioned, the 1.2 s restore being within the budget.
        Assessment on = LAMBDA.assess(TestProfiles.parse(TOOL + "platforms: {lambda: {snapstart: on}}\n"),
                REPORT.searching());
        double cold = on.coldStarts().perMonth();
        double hand = 60_833.333333 * 0.0000002 + 182_500 * 0.0000166667 + cold * 1.2 * 2 * 0.0000166667;
        assertThat(on.platformCost()).isCloseTo(hand, within(1e-4));
        assertThat(on.lines()).noneMatch(l -> l.key().startsWith("lambda.provisioned"));
        Alternative alternative = snapStart(off).orElseThrow();
        assertThat(alternative.saving()).isCloseTo(off.platformCost() - hand, within(1e-4));
        assertThat(alternative.unpricedOn()).isEmpty();
        assertThat(note(off).orElseThrow()).isEqualTo("SnapStart (platforms.lambda.snapstart: on) would cost "
                + Money.format(on.platformCost()) + " a month, " + Money.format(alternative.saving()) + " ("
                + dev.costfit.units.Numbers.significant(alternative.saving() / off.platformCost() * 100, 2)
                + "%) less: a cold start would restore a snapshot in about 1.2 s instead of initialising in 5 s, "
                + "within the latency SLO's 2 s budget, so no provisioned concurrency is kept for the latency SLO; no "
                + "SnapStart charge for Java, if the code is snapshot-safe (unique IDs, random seeds and connections "
                + "made after a restore)");
        // The month stays the one the profile states: SnapStart is a note, not an assumption.
        assertThat(off.coldStarts().latency().seconds()).isEqualTo(5.0);
    }

    @Test
    void theRecommendationWeighsItAsASettingLeftToItsDefault() {
        // The reviewer's profile (with its HTTP API and egress): Lambda $24.67 as stated, $3.26 with SnapStart.
        String yaml = "name: tool-2s\ntraffic: {rate: 2000/day, pattern: business-hours}\nduration: 1500ms\n"
                + "cpu_time: 300ms\nmemory: 2048MB\ntimeout: 20s\nruntime: java\narchitecture: x86_64\n"
                + "payload: {request: 4KB, response: 20KB}\nlatency: {cold_start_budget: 2s, cold_start_share: 1%}\n";
        ProfileResult result = new Evaluator(Platforms.all(), REPORT,
                new Recommender(Recommender.DEFAULT_SIMPLICITY_MARGIN)).evaluate(TestProfiles.parse(yaml));
        Assessment lambda = result.assessments().stream().filter(a -> a.platform().equals("lambda")).findFirst()
                .orElseThrow();
        Assessment chosen = result.recommendation().chosen().orElseThrow();
        assertThat(Money.format(lambda.platformCost())).isEqualTo("$24.67");
        assertThat(chosen.platform()).isNotEqualTo("lambda");
        double withIt = lambda.platformCost() - snapStart(lambda).orElseThrow().saving();
        assertThat(Money.format(withIt)).isEqualTo("$3.26");
        assertThat(result.recommendation().reasons()).contains("AWS Lambda would cost about $3.26 a month with "
                + "platforms.lambda.snapstart: on (its notes say why), less than " + chosen.platformName() + " at "
                + Money.format(chosen.platformCost()));
    }

    @Test
    void whereLambdaBreaksTheSloWithoutProvisionedConcurrencySnapStartIsNamedAsTheWayToMeetIt() {
        Assessment off = LAMBDA.assess(TestProfiles.parse(TOOL
                + "platforms: {lambda: {provisioned_concurrency: off}}\n"), REPORT);
        assertThat(off.feasible()).isFalse();
        LimitCheck slo = off.violations().stream().filter(v -> v.limit().equals("cold-start latency SLO"))
                .findFirst().orElseThrow();
        assertThat(slo.workaround()).startsWith("turn SnapStart on (platforms.lambda.snapstart: on: a cold start "
                + "restores in about 1.2 s, within the budget), allow provisioned concurrency");
        Assessment on = LAMBDA.assess(TestProfiles.parse(TOOL
                + "platforms: {lambda: {provisioned_concurrency: off, snapstart: on}}\n"), REPORT.searching());
        assertThat(on.usable()).isTrue();
        assertThat(note(off).orElseThrow()).isEqualTo("SnapStart (platforms.lambda.snapstart: on) would meet the "
                + "latency SLO (at most 1% of requests wait more than 2 s for a cold start): a cold start would "
                + "restore a snapshot in about 1.2 s; it would cost " + Money.format(on.platformCost()) + " a month; "
                + "no SnapStart charge for Java, if the code is snapshot-safe (unique IDs, random seeds and "
                + "connections made after a restore)");
        assertThat(off.alternatives()).isEmpty();
    }

    @Test
    void itIsNotOfferedWhereItCannotBeStatedOrCostsMore() {
        // A runtime SnapStart does not support, SnapStart stated off, provisioned environments the profile keeps
        // (SnapStart excludes them), a restore slower than the budget (1 s budget: the SLO breaks with it).
        for (String extra : new String[] {"runtime: node\n", "platforms: {lambda: {snapstart: off}}\n",
            "platforms: {lambda: {provisioned_concurrency: 1}}\n", "min_instances: 1\n"}) {
            Assessment a = LAMBDA.assess(TestProfiles.parse(TOOL.replace("runtime: java\n", "") + extra
                    + (extra.startsWith("runtime") ? "" : "runtime: java\n")), REPORT);
            assertThat(note(a)).as(extra).isEmpty();
            assertThat(snapStart(a)).as(extra).isEmpty();
        }
        Assessment tight = LAMBDA.assess(TestProfiles.parse(TOOL.replace("cold_start_budget: 2s",
                "cold_start_budget: 1s")), REPORT);
        assertThat(note(tight)).isEmpty();
        // Python starting in 300 ms gains nothing from a 1 s restore and would pay the snapshot cache: no note.
        Assessment python = LAMBDA.assess(TestProfiles.parse(TOOL.replace("runtime: java", "runtime: python")
                .replace("latency: {cold_start_budget: 2s, cold_start_share: 1%}\n", "")), REPORT);
        assertThat(note(python)).isEmpty();
        // A search prices the month alone.
        assertThat(note(LAMBDA.assess(TestProfiles.parse(TOOL), REPORT.searching()))).isEmpty();
    }
}
