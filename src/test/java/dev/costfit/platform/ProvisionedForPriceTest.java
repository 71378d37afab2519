package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.model.HourlyLoad;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Provisioned concurrency bought for its price: the note a report adds where nothing is provisioned but provisioned
 * environments would cost less (pricing-reference.md §1.1: $0.0000041667 a GB-second configured, $0.0000097222 run
 * on it, $0.0000166667 on demand, x86_64 in us-east-1).
 */
class ProvisionedForPriceTest {

    private static final PricingContext REPORT = new PricingContext(CATALOG, false);
    private static final LambdaPlatform LAMBDA = new LambdaPlatform();
    private static final Pattern NOTE = Pattern.compile("bought for its price: ([0-9,]+) environments all month "
            + "\\(platforms.lambda.provisioned_concurrency: ([0-9]+)\\) would save about \\$([0-9,.]+) a month at "
            + "this memory setting(, scheduled by the hour \\(Application Auto Scaling, [0-9,]+ to [0-9,]+ "
            + "environments\\) about \\$[0-9,.]+)?: an environment busy more than 60% of the time");
    private static final Pattern SCHEDULED_ONLY = Pattern.compile("bought for its price, scheduled by the hour "
            + "\\(Application Auto Scaling, ([0-9,]+) to ([0-9,]+) environments\\), would save about \\$([0-9,.]+) a "
            + "month at this memory setting \\(one count all month saves nothing\\): an environment busy more than "
            + "60% of the time");

    /** 100 requests a second of 1 s each (no cpu_time: every setting runs it in 1 s), 1 GB, x86_64, flat. */
    private static Profile steady(String extra) {
        return TestProfiles.parse("name: steady\ntraffic: {rate: 100/s}\nduration: 1s\nmemory: 1GB\ntimeout: 30s\n"
                + "runtime: python\nfront_door: function-url\nnetwork: {clients: vpc}\narchitecture: x86_64\n" + extra);
    }

    private static Optional<Matcher> note(Assessment a) {
        return NoteMatch.in(a, NOTE);
    }

    @Test
    void theBreakEvenShareIsSixtyPerCentAtListPrices() {
        // 0.0000041667 / (0.0000166667 - 0.0000097222) = 4.1667 / 6.9445 = 0.6; arm64 3.3334 / 5.5556 = 0.6000072.
        assertThat(ProvisionedForPrice.breakEvenShare(0.0000041667, 0.0000097222, 0.0000166667))
                .isCloseTo(0.6, within(1e-12));
        assertThat(ProvisionedForPrice.breakEvenShare(0.0000033334, 0.0000077778, 0.0000133334))
                .isCloseTo(0.6000072, within(1e-7));
        // Where running provisioned costs no less than on demand, no share pays.
        assertThat(ProvisionedForPrice.breakEvenShare(1e-6, 2e-5, 2e-5)).isInfinite();
    }

    @Test
    void everyEnvironmentBusyMoreThanTheBreakEvenIsBought() {
        // 100 offered (L = 100/s x 1 s); a request that finds every provisioned environment busy runs on demand
        // (Erlang's loss system), so environment k is busy L x (B(k) - B(k + 1)) of the time. By hand, Erlang B from
        // its closed form (L^k / k!) / sum_{j<=k} L^j / j!: B(96) = 0.1017425, B(97) = 0.0949319, B(98) = 0.0883143,
        // B(99) = 0.0819003, B(100) = 0.0757005, B(101) = 0.0697250; environment 99 is busy 100 x (0.0819003 -
        // 0.0757005) = 0.61999 > 0.6 and environment 100 0.59755 < 0.6: environments 0 to 99 pay, 100 of them.
        HourlyLoad load = HourlyLoad.of(((dev.costfit.profile.Workload.Service) steady("").workload()).traffic(),
                dev.costfit.units.TimeSpan.ofSeconds(1));
        double[] shares = new double[101];
        dev.costfit.model.ErlangLoss.Servers servers = new dev.costfit.model.ErlangLoss.Servers(load.peak().inFlight());
        for (int k = 0; k < shares.length; k++) {
            shares[k] = servers.nextBusyShare();
        }
        assertThat(shares[96]).isCloseTo(0.68106522, within(1e-7));
        assertThat(shares[99]).isCloseTo(0.61998933, within(1e-7));
        assertThat(shares[100]).isCloseTo(0.59754632, within(1e-7));
        assertThat(ProvisionedForPrice.environments(load, 0.6)).isEqualTo(100);
        // A break-even no environment reaches buys none; a lower one buys more: at 0.5, environment 103 is busy
        // 100 x (B(103) - B(104)) = 0.52438 of the time and environment 104 0.49826 (B(103) = 0.0584872, B(104) =
        // 0.0532434, B(105) = 0.0482608): 104 of them.
        assertThat(ProvisionedForPrice.environments(load, 1)).isZero();
        assertThat(ProvisionedForPrice.environments(load, 0.5)).isEqualTo(104);
    }

    @Test
    void aSteadyFunctionIsToldWhatProvisioningSaves() {
        Assessment a = LAMBDA.assess(steady(""), REPORT);
        Matcher m = note(a).orElseThrow();
        assertThat(m.group(1)).isEqualTo("100");
        assertThat(m.group(2)).isEqualTo("100");
        // By hand: 2,628,000 s a month x 1 GB x [($0.0000166667 - $0.0000097222) x carried
        // - $0.0000041667 x 100], the load 100 environments carry 100 x (1 - B(100)) = 92.429955: $591.85.
        double saved = NoteMatch.grouped(m.group(3));
        assertThat(saved).isCloseTo(591.85, within(0.005));
        // Stating the count saves at least that: the cold starts it spares too ($0.09 of INIT a month here).
        Assessment stated = LAMBDA.assess(steady("platforms: {lambda: {provisioned_concurrency: 100}}\n"), REPORT);
        assertThat(a.platformCost() - stated.platformCost()).isBetween(saved - 0.005, saved + 0.10);
        assertThat(note(stated)).isEmpty();
    }

    @Test
    void noNoteWhereNoEnvironmentIsBusyEnough() {
        // One request a second of 100 ms: 0.1 in flight, the first environment busy 9.5% of the time.
        Profile light = TestProfiles.parse("name: light\ntraffic: {rate: 1/s}\nduration: 100ms\nmemory: 1GB\n"
                + "timeout: 30s\nruntime: python\nfront_door: function-url\n");
        assertThat(note(LAMBDA.assess(light, REPORT))).isEmpty();
    }

    @Test
    void noNoteWhereTheSloAlreadyBuysIt() {
        // Recycled environments start cold for about 0.024% of requests: an SLO of 0.01% buys provisioned concurrency
        // hour by hour, which the note would not word.
        Assessment a = LAMBDA.assess(steady("latency: {cold_start_budget: 100ms, cold_start_share: 0.01%}\n"), REPORT);
        assertThat(a.lines()).anyMatch(l -> l.component().startsWith("Provisioned concurrency"));
        assertThat(note(a)).isEmpty();
    }

    @Test
    void noNoteUnderACommitmentWithTheFreeTierWithSnapStartOrInASearch() {
        assertThat(note(LAMBDA.assess(steady(""), new PricingContext(CATALOG, true)))).isEmpty();
        assertThat(note(LAMBDA.assess(steady("pricing: savings-plan-1y\n"), REPORT))).isEmpty();
        assertThat(note(LAMBDA.assess(steady("platforms: {lambda: {snapstart: on}}\n"), REPORT))).isEmpty();
        assertThat(note(LAMBDA.assess(steady("platforms: {lambda: {provisioned_concurrency: 0}}\n"), REPORT)))
                .isEmpty();
        assertThat(note(LAMBDA.assess(steady(""), REPORT.searching()))).isEmpty();
    }

    @Test
    void statingTheCountSavesAtLeastWhatTheNoteSays() {
        // The note's saving leaves out what stating the count also spares (cold starts' INIT, a memory setting chosen
        // with it, GB-seconds off a dearer tier): over generated services, the month with the count stated is never
        // dearer than the note says, and then by little.
        int compared = 0;
        double worst = 0;
        for (String yaml : TestProfiles.portfolioYaml(32, 300, "pc", "platforms:")) {
            Assessment a = LAMBDA.assess(TestProfiles.parse(yaml), REPORT);
            Optional<Matcher> m = note(a);
            if (m.isEmpty()) {
                continue;
            }
            double noted = NoteMatch.grouped(m.get().group(3));
            String knob = "platforms:\n  lambda: {provisioned_concurrency: " + m.get().group(2) + "}\n";
            Assessment stated = LAMBDA.assess(TestProfiles.parse(yaml + knob), REPORT);
            assertThat(stated.usable()).as(yaml).isTrue();
            double exact = a.platformCost() - stated.platformCost();
            assertThat(exact).as(yaml).isGreaterThanOrEqualTo(noted - 0.005);
            worst = Math.max(worst, (exact - noted) / a.platformCost());
            compared++;
        }
        System.out.printf("provisioned for its price: %d notes compared with the count stated, the note at most %.4f%% "
                + "of the month short%n", compared, 100 * worst);
        assertThat(compared).isGreaterThan(40);
    }

    @Test
    void aFunctionBusyHalfTheDayIsToldWhatSchedulingSaves() {
        // 100/s for twelve hours of the day, none for the other twelve: all month, environment k is busy
        // half of its busy share in the steady case above, below 0.6, so no count pays; scheduled, the busy hours
        // keep 100, each of their 365 month hours saving $591.85 / 730 (the steady case above): $295.93.
        Profile halfDay = TestProfiles.parse("name: half\ntraffic: {rate: 50/s, pattern: {hourly: [0, 0, 0, 0, 0, 0, "
                + "2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0]}}\nduration: 1s\nmemory: 1GB\ntimeout: 30s\n"
                + "runtime: python\nfront_door: function-url\nnetwork: {clients: vpc}\narchitecture: x86_64\n");
        Assessment a = LAMBDA.assess(halfDay, REPORT);
        assertThat(note(a)).isEmpty();
        Matcher m = NoteMatch.in(a, SCHEDULED_ONLY).orElseThrow();
        assertThat(m.group(1)).isEqualTo("0");
        assertThat(m.group(2)).isEqualTo("100");
        assertThat(NoteMatch.grouped(m.group(3))).isCloseTo(295.93, within(0.01));
    }
}
