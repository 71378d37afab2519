package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A Cloud Run functions job under instance-based billing: an instance bills its whole life ("billed for the entire
 * lifecycle of the instance", https://cloud.google.com/run/pricing), and Cloud Run keeps an idle one up to 15 minutes
 * (coldstart-reference.md §3, the catalog's keepalive.gcf2): a task's instance bills its task and those 15 minutes,
 * or, where the next run comes sooner and reuses it, all month. Prices in us-east4 (the region nearest us-east-1),
 * Tier 1: by request $0.000024 a vCPU-second, $0.0000025 a GiB-second, $0.40 a million requests; by instance
 * $0.000018 and $0.000002, no request fee.
 */
class Gen2JobInstanceBillingTest {

    private static final PricingContext REPORT = new PricingContext(CATALOG, false);
    private static final CloudFunctionsGen2Platform GEN2 = new CloudFunctionsGen2Platform();
    private static final String INSTANCE = "platforms: {cloud-functions-gen2: {billing: instance}}\n";
    private static final Pattern NOTE = Pattern.compile("instance-based billing \\(platforms.cloud-functions-gen2"
            + ".billing: instance\\) would cost \\$([0-9,.]+) a month, \\$([0-9,.]+) \\(([0-9.]+)%\\) less");

    /** 720 runs a month (one every 3,650 s, 60.8 min) of 20 tasks of 2 min at 2 GiB, 1 vCPU. */
    private static final String SHORT = "kind: job\nname: etl-short\nschedule: {runs: 720/month, tasks: 20, "
            + "duration: 2min}\ncpu_time: 90s\nmemory: 2GB\n";

    /** 3,000 runs a month (one every 876 s, 14.6 min) of one 10-min task at 18 GiB, which takes 6 vCPU. */
    private static final String OFTEN = "kind: job\nname: etl-often\nschedule: {runs: 3000/month, tasks: 1, "
            + "duration: 10min}\nmemory: 18GB\n";

    private static double figure(Assessment a, String key) {
        return a.capacity().figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }

    @Test
    void aTaskWhoseInstanceEndsBeforeTheNextRunBillsItsTaskAndTheKeepAlive() {
        // By request: 14,400 tasks x 120 s x (1 x $0.000024 + 2 x $0.0000025) + 14,400 x $0.0000004 = $50.11776.
        Assessment byRequest = GEN2.assess(TestProfiles.parse(SHORT), REPORT);
        assertThat(byRequest.platformCost()).isCloseTo(14_400 * 120 * 0.000029 + 14_400 * 0.0000004, within(1e-9));
        // By instance: a task ends 3,650 - 120 = 3,530 s before the next run, more than 900 s, so its instance
        // lives 120 + 900 = 1,020 s: 14,400 x 1,020 s x (1 x $0.000018 + 2 x $0.000002) = $323.136, not the
        // $38.02 of the tasks' 120 s alone.
        Assessment byInstance = GEN2.assess(TestProfiles.parse(SHORT + INSTANCE), REPORT);
        assertThat(byInstance.platformCost()).isCloseTo(14_400 * 1_020 * 0.000022, within(1e-9));
        assertThat(figure(byInstance, "busyInstanceSeconds")).isCloseTo(14_400 * 1_020.0, within(1e-6));
        assertThat(figure(byInstance, "instancesPeak")).isEqualTo(20);
        assertThat(byInstance.assumptions()).anyMatch(s -> s.contains("each task bills 17 min"));
        // Dearer by instance: no note says otherwise.
        assertThat(NoteMatch.in(byRequest, NOTE)).isEmpty();
    }

    @Test
    void runsThatComeWithinTheKeepAliveKeepTheirInstancesAliveAllMonth() {
        // By request: 3,000 x 600 s x (6 x $0.000024 + 18 x $0.0000025) + 3,000 x $0.0000004 = $340.2012.
        Assessment byRequest = GEN2.assess(TestProfiles.parse(OFTEN), REPORT);
        assertThat(byRequest.platformCost()).isCloseTo(3_000 * 600 * 0.000189 + 3_000 * 0.0000004, within(1e-9));
        // By instance: the next run comes 876 - 600 = 276 s after a task ends, within 900 s, and reuses its
        // instance, which never ends: 2,628,000 s x (6 x $0.000018 + 18 x $0.000002) = $378.432, 11% more than by
        // request (the tasks' 600 s alone would bill $259.20, 24% less).
        Assessment byInstance = GEN2.assess(TestProfiles.parse(OFTEN + INSTANCE), REPORT);
        assertThat(byInstance.platformCost()).isCloseTo(2_628_000 * 0.000144, within(1e-9));
        assertThat(figure(byInstance, "busyInstancesMean")).isCloseTo(1, within(1e-12));
        assertThat(figure(byInstance, "instancesPeak")).isEqualTo(1);
        assertThat(byInstance.capacity().summary()).startsWith("1 instance alive on average");
        assertThat(NoteMatch.in(byRequest, NOTE)).isEmpty();
    }

    @Test
    void whereInstancesStayAliveAndBillLessTheNoteSaysByHowMuch() {
        // 60 runs an hour (one every 60 s) of 10 tasks of 59 s at 2 GiB, 1 vCPU: 438,000 tasks a month. By request
        // 438,000 x 59 s x $0.000029 + 438,000 x $0.0000004 = $749.5932; by instance the next run comes 1 s after
        // a task ends, so 10 instances live all month: 10 x 2,628,000 s x $0.000022 = $578.16, $171.4332 (23%) less.
        String busy = "kind: job\nname: busy\nschedule: {runs: 60/h, tasks: 10, duration: 59s}\nmemory: 2GB\n";
        Assessment byRequest = GEN2.assess(TestProfiles.parse(busy), REPORT);
        assertThat(byRequest.platformCost()).isCloseTo(438_000 * 59 * 0.000029 + 438_000 * 0.0000004, within(1e-9));
        Matcher m = NoteMatch.in(byRequest, NOTE).orElseThrow(() -> new AssertionError(byRequest.notes()));
        assertThat(m.group(1)).isEqualTo("578.16");
        assertThat(m.group(2)).isEqualTo("171.43");
        assertThat(m.group(3)).isEqualTo("23");
        assertThat(GEN2.assess(TestProfiles.parse(busy + INSTANCE), REPORT).platformCost())
                .isCloseTo(10 * 2_628_000 * 0.000022, within(1e-9));
    }

    @Test
    void aStatedKeepAliveDecidesWhetherTheNextRunFindsTheInstance() {
        // cold_start.keep_alive: 4 min, shorter than the 276 s between a task and the next run: each task's instance
        // ends 240 s after it, billing 840 s: 3,000 x 840 s x $0.000144 = $362.88.
        Profile shortKeep = TestProfiles.parse(OFTEN + INSTANCE + "cold_start: {keep_alive: 4min}\n");
        assertThat(GEN2.assess(shortKeep, REPORT).platformCost()).isCloseTo(3_000 * 840 * 0.000144, within(1e-9));
    }

    @Test
    void aTaskLongerThanCloudSchedulersThirtyMinuteDeadlineIsAnAdvisory() {
        // Cloud Scheduler waits at most 30 min for an HTTP target (attemptDeadline, 15 s to 30 min): a 45-min task
        // runs on within the function's 60 minutes, but its attempt is marked failed. A 20-min task is within it.
        for (String duration : new String[] {"45min", "20min"}) {
            Assessment a = GEN2.assess(TestProfiles.parse("kind: job\nname: long\nschedule: {runs: 30/month, tasks: 1, "
                    + "duration: " + duration + "}\nmemory: 2GB\n"), REPORT);
            var deadline = a.limits().stream().filter(l -> l.limit().equals("scheduler deadline")).findFirst()
                    .orElseThrow();
            assertThat(deadline.severity()).isEqualTo(dev.costfit.assessment.LimitCheck.Severity.ADVISORY);
            assertThat(deadline.ok()).as(duration).isEqualTo(duration.equals("20min"));
            assertThat(deadline.required()).startsWith(duration.equals("20min") ? "20 min" : "45 min");
            assertThat(deadline.allowed()).startsWith("30 min (Cloud Scheduler's longest HTTP attempt deadline");
            assertThat(a.usable()).isTrue();
        }
    }
}
