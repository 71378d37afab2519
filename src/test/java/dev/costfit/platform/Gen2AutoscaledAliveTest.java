package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * Cloud Functions 2nd gen billed by instance counts the instances Cloud Run's autoscaler keeps alive: it counts
 * ⌈Ā ÷ n⌉ instances for Ā, the minute's average of requests in flight, n = 60% of concurrency_per_instance, and
 * keeps an instance it added until it has idled 15 minutes. An expert review found an LLM service's month 11-19% low
 * where it counted the instances busy at each instant, E[⌈X ÷ n⌉], which flickers with X.
 */
class Gen2AutoscaledAliveTest {

    private static final PricingContext REPORT = new PricingContext(CATALOG, false);
    private static final CloudFunctionsGen2Platform GEN2 = new CloudFunctionsGen2Platform();
    /** us-east4's instance-based rates: 1 vCPU × $0.000018 + 0.5 GiB × $0.000002 a second. */
    private static final double INSTANCE_SECOND = 0.000018 + 0.5 * 0.000002;
    private static final double MONTH = 2_628_000;

    /** The review's profile: an LLM call of 20 s, 50 ms of CPU, up to 80 at once, 512 MB, billed by instance. */
    private static Profile profile(String traffic) {
        return TestProfiles.parse("name: llm\ntraffic: " + traffic + "\nduration: {mean: 20s, p95: 40s}\n"
                + "cpu_time: 50ms\nmemory: 512MB\ntimeout: 120s\nruntime: python\n"
                + "payload: {request: 4KB, response: 8KB}\ntrigger: http\n"
                + "llm: {model: claude-sonnet-4, input_tokens: 1500, output_tokens: 400}\n"
                + "concurrency_per_instance: 80\nplatforms: {cloud-functions-gen2: {billing: instance}}\n");
    }

    private static double figure(Assessment a, String key) {
        return a.capacity().figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }

    /** The month's vCPU and memory lines: what the instances alive bill. */
    private static double instanceLines(Assessment a) {
        return a.lines().stream().filter(l -> l.key().equals("gcf2.vcpu.instance")
                || l.key().equals("gcf2.memory.instance")).mapToDouble(CostLine::monthlyCost).sum();
    }

    private static double egress(Assessment a) {
        return a.lines().stream().filter(l -> l.key().equals("gcf2.egress")).mapToDouble(CostLine::monthlyCost)
                .sum();
    }

    /**
     * The review's hand figure: 5/s × 20 s = 100 in flight (the review wrote 100.6), n = 80 × 60% = 48 (README,
     * "Cloud Functions 2nd gen"), so ⌈100 ÷ 48⌉ = 3 instances; the minute's average passes 96 all the time within 15
     * minutes (it is above it 72% of the time) and 144 almost never (Poisson(100) exceeds 144 with P = 1.4e-5, its
     * minute's average far less often): 3.0 instances alive, 3 × 2,628,000 s × $0.000019 = $149.796 a month,
     * $168.03 with the internet egress, where 2.63 alive (E[⌈X ÷ 48⌉]) billed $149.62. At 2.5/s, 50 in flight: the
     * average passes 48 all the time and 96 never, 2.0 alive, $99.864 ($108.98 with egress; it read 1.58 and $87.77).
     */
    @Test
    void anLlmServiceKeepsTheInstancesTheAutoscalerCountsForItsMinutesAverage() {
        Assessment a = GEN2.assess(profile("{rate: 5/s, pattern: flat}"), REPORT);
        assertThat(figure(a, "vcpu")).isEqualTo(1);
        assertThat(figure(a, "memoryGb")).isEqualTo(0.5);
        assertThat(figure(a, "concurrencyPerInstance")).isCloseTo(48, within(1e-9));
        assertThat(figure(a, "requestSeconds")).isEqualTo(20);
        assertThat(figure(a, "busyInstancesMean")).isCloseTo(3.0, within(1e-5));
        assertThat(figure(a, "instancesPeak")).isEqualTo(3);
        assertThat(3 * MONTH * INSTANCE_SECOND).isCloseTo(149.796, within(1e-9));
        assertThat(instanceLines(a)).isCloseTo(149.796, within(0.03));
        assertThat(a.platformCost()).isCloseTo(149.796 + egress(a), within(0.03));
        assertThat(a.platformCost()).isCloseTo(168.03, within(0.01));

        Assessment half = GEN2.assess(profile("{rate: 2.5/s, pattern: flat}"), REPORT);
        assertThat(figure(half, "busyInstancesMean")).isCloseTo(2.0, within(1e-5));
        assertThat(figure(half, "instancesPeak")).isEqualTo(2);
        assertThat(instanceLines(half)).isCloseTo(2 * MONTH * INSTANCE_SECOND, within(0.03));
        assertThat(half.platformCost()).isCloseTo(108.98, within(0.01));
    }

    /**
     * A request a day: one instance while it runs and 15 minutes after, 1 − e^(−(20 + 900) ÷ 86,400) = 1.0592% of
     * the month (as before: the minute's average of 0.00023 in flight passes 48 never), $0.52886.
     */
    @Test
    void aRequestADayBillsItsInstanceForTheRequestAndFifteenMinutes() {
        Assessment a = GEN2.assess(profile("{rate: 1/day, pattern: flat}"), REPORT);
        double byHand = -Math.expm1(-920.0 / 86_400);
        assertThat(byHand).isCloseTo(0.0105917, within(1e-7));
        assertThat(figure(a, "busyInstancesMean")).isBetween(byHand, byHand * 1.001);
        assertThat(byHand * MONTH * INSTANCE_SECOND).isCloseTo(0.52886, within(1e-5));
        assertThat(instanceLines(a)).isCloseTo(0.52886, within(0.001));
        assertThat(figure(a, "instancesPeak")).isEqualTo(1);
    }

    /**
     * Business hours scale down: 5/s in hours 8-15 only (weight 3 at a mean of 100 a minute; none otherwise) keep
     * the 3 instances of a flat 5/s in those 8 hours and 15 minutes into the first quiet one; then Cloud Run scales
     * to zero. 3 × 8.25 ÷ 24 = 1.03125 alive on average.
     */
    @Test
    void quietHoursScaleDownAfterTheWindow() {
        Assessment a = GEN2.assess(profile("{rate: 100/min, pattern: {hourly: " + CloudFunctionsTest.BUSINESS_8_TO_16
                + "}}"), REPORT);
        assertThat(figure(a, "busyInstancesMean")).isCloseTo(3 * 8.25 / 24, within(1e-5));
        assertThat(figure(a, "instancesPeak")).isEqualTo(3);
    }

    /** More requests never bill less: a sweep from 0.1/s to 15/s, across the levels of the first 16 instances. */
    @Test
    void theMonthGrowsWithTheRate() {
        PricingContext search = REPORT.searching();
        double before = 0;
        int compared = 0;
        for (int step = 1; step <= 150; step++) {
            double rate = step / 10.0;
            double month = GEN2.assess(profile("{rate: " + rate + "/s, pattern: flat}"), search).platformCost();
            assertThat(month).as("%.1f/s", rate).isGreaterThanOrEqualTo(before);
            before = month;
            compared++;
        }
        assertThat(compared).isEqualTo(150);
    }
}
