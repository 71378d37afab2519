package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a Cloud Functions 2nd gen instance holds at a short peak: at its maximum concurrency and full CPU, v·W ÷
 * cpu_time requests on average, not a whole number, as n at Cloud Run's targets is not (README, "Cloud Functions 2nd
 * gen"). A floor there made instance-based billing's month saw with the duration while the CPU its requests burn
 * stayed the same (an invariants sweep: 1 vCPU at 3/s of 100 ms of CPU, $161.58 at 380 ms, $104.02 at 400 ms).
 */
class Gen2PeakCapacityTest {

    private static final PricingContext REPORT = new PricingContext(CATALOG, false);
    private static final CloudFunctionsGen2Platform GEN2 = new CloudFunctionsGen2Platform();
    private static final Pattern PEAK = Pattern.compile("(\\d+) at peak \\(p99 of requests in flight × burst ÷ "
            + "([0-9.]+)\\)");

    /**
     * 3 requests a second on business hours (50 busy hours a week at weight 1, 118 quiet ones at 0.1, so 168 ÷ 61.8
     * = 2.71845 times the mean in the busy ones), 100 ms of CPU each, burst 2x, 512 MB on 1 vCPU, up to 20 at once,
     * billed by instance in us-central1 (Tier 1), from the VPC (no internet egress).
     */
    private static Profile profile(int millis) {
        return TestProfiles.parse("name: saw\ngcp_region: us-central1\n"
                + "traffic: {rate: 3/s, pattern: business-hours, burst: 2x}\nduration: " + millis + "ms\n"
                + "cpu_time: 100ms\nmemory: 512MB\nvcpu: 1\ntimeout: 30s\nconcurrency_per_instance: 20\n"
                + "network: {clients: vpc}\nplatforms: {cloud-functions-gen2: {billing: instance}}\n");
    }

    private static double figure(Assessment a, String key) {
        return a.capacity().figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }

    private static Matcher peak(Assessment a) {
        LimitCheck instances = a.limits().stream().filter(l -> l.limit().equals("instances")).findFirst()
                .orElseThrow();
        Matcher m = PEAK.matcher(instances.required());
        assertThat(m.find()).as(instances.required()).isTrue();
        return m;
    }

    /** The 99th percentile of Poisson(mean), its terms summed one by one. */
    private static int p99(double mean) {
        double term = Math.exp(-mean);
        double cdf = term;
        int k = 0;
        while (cdf < 0.99) {
            k++;
            term *= mean / k;
            cdf += term;
        }
        return k;
    }

    /**
     * By hand, at 380 ms: the busy hours' 8.15534/s keep 3.09903 in flight, whose p99 is 8 (P(X ≤ 7) = 0.98581,
     * P(X ≤ 8) = 0.99533), × burst 2 = 16; the quiet hours' 0.309903 in flight have a p99 of 2, × 2 = 4. At full CPU
     * an instance holds 1 × 0.38 s ÷ 0.1 s = 3.8 on average, so the peaks need ⌈16 ÷ 3.8⌉ = ⌈4.21⌉ = 5 instances
     * and ⌈4 ÷ 3.8⌉ = 2 (the floor's 3 made them 6 and 2). Those are the instances alive (the cold-start pool and
     * the busy count stay below), and each of the week's five evenings bills the busy hours' 5 for the first 15
     * minutes of its first quiet hour: 3,600 × (50 × 5 + 118 × 2) + 5 × 900 × (5 − 2) = 1,763,100 instance-seconds
     * a week, × 730 ÷ 168 = 7,661,089.3 a month, at $0.000018 a vCPU-second and 0.5 × $0.000002 for the memory,
     * $145.56 (with 6 at the peak, 8,462,785.7 s, $160.79). At 400 ms an instance holds 4: ⌈16 ÷ 4⌉ = 4 and
     * ⌈4 ÷ 4⌉ = 1.
     */
    @Test
    void aPeakCountsAnInstanceAtFullCpuByItsUnroundedShare() {
        double busyRate = 3 * 168 / 61.8;
        assertThat(p99(busyRate * 0.38)).isEqualTo(8);
        assertThat(p99(busyRate * 0.1 * 0.38)).isEqualTo(2);
        assertThat(p99(busyRate * 0.4)).isEqualTo(8);
        assertThat(p99(busyRate * 0.1 * 0.4)).isEqualTo(2);

        Assessment at380 = GEN2.assess(profile(380), REPORT);
        assertThat(figure(at380, "vcpu")).isEqualTo(1);
        Matcher m = peak(at380);
        assertThat(m.group(1)).isEqualTo("5");
        assertThat(m.group(2)).isEqualTo("3.8");
        assertThat(figure(at380, "instancesPeak")).isEqualTo(5);
        assertThat(at380.assumptions()).anySatisfy(s -> assertThat(s).contains("requests in flight × burst ÷ 3.8,"));
        double week = 3600 * (50 * 5 + 118 * 2) + 5 * 900 * (5 - 2);
        assertThat(week).isEqualTo(1_763_100);
        double month = week * 730 / 168 * (0.000018 + 0.5 * 0.000002);
        assertThat(month).isCloseTo(145.56, within(0.005));
        assertThat(at380.platformCost()).isCloseTo(month, within(1e-6));

        Assessment at400 = GEN2.assess(profile(400), REPORT);
        assertThat(figure(at400, "vcpu")).isEqualTo(1);
        Matcher n = peak(at400);
        assertThat(n.group(1)).isEqualTo("4");
        assertThat(n.group(2)).isEqualTo("4");
        assertThat(figure(at400, "instancesPeak")).isEqualTo(4);
    }

    /**
     * Over a fine sweep of the duration at a fixed 100 ms of CPU (300 ms to 1,200 ms in 5 ms steps), the most a
     * 1-vCPU instance holds at the peak grows with the duration, 10 a second, never in whole steps; so a step of 5 ms
     * takes at most one whole instance off any hour (the peak's instances are whole: 16 requests need 5 instances of
     * 3.8 and 4 of 4), and the 1-vCPU setting's month falls by at most one instance all month, 730 × 3,600 s ×
     * $0.000019 = $49.93. The floor kept the capacity flat between whole numbers and then took ⌈16 ÷ 3⌉ − ⌈16 ÷ 4⌉
     * = 2 instances off the busy hours between 395 and 400 ms ($160.79 to $103.23).
     *
     * <p>Not that the month never falls as the duration grows: at a fixed p99 of requests in flight, longer
     * requests burn their CPU more slowly, so the peak's CPU need, p99 × burst × cpu_time ÷ W, falls between the
     * p99's whole steps, and its whole instances with it (380 to 400 ms: 5 to 4 in the busy hours, 2 to 1 in the
     * quiet ones, $145.56 to $103.23); and E[⌈X ÷ n⌉] over whole requests X steps down where n passes X ÷ k (at
     * 500 ms, n = 3), under either billing.
     */
    @Test
    void aFineSweepOfTheDurationMovesThePeaksCapacitySmoothly() {
        double instanceMonth = 730 * 3600 * (0.000018 + 0.5 * 0.000002);
        assertThat(instanceMonth).isCloseTo(49.93, within(0.005));
        int compared = 0;
        int capacities = 0;
        double before = Double.NaN;
        for (int millis = 300; millis <= 1200; millis += 5) {
            Assessment now = GEN2.assess(profile(millis), REPORT);
            if (figure(now, "vcpu") == 1) {
                double held = Double.parseDouble(peak(now).group(2));
                assertThat(held).as(millis + " ms").isCloseTo(millis / 100.0, within(millis / 100.0 * 0.005));
                capacities++;
            }
            double month = now.tradeOff().stream().filter(o -> o.setting().contains(", 1 vCPU,")).findFirst()
                    .orElseThrow().monthlyCost().orElseThrow();
            if (!Double.isNaN(before)) {
                assertThat(month).as(millis + " ms").isGreaterThanOrEqualTo(before - instanceMonth);
                compared++;
            }
            before = month;
        }
        assertThat(capacities).isGreaterThan(100);
        assertThat(compared).isEqualTo(180);
    }
}
