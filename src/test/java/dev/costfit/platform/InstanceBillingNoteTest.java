package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Cloud Functions 2nd gen is priced with request-based billing unless a profile says otherwise (DESIGN §2); where
 * instance-based billing (CPU always allocated: every second of a running instance at lower rates, no request fee,
 * https://cloud.google.com/run/pricing) would cost less, a report's note says what it would cost.
 */
class InstanceBillingNoteTest {

    private static final PricingContext REPORT = new PricingContext(CATALOG, false);
    private static final CloudFunctionsGen2Platform GEN2 = new CloudFunctionsGen2Platform();
    private static final Pattern NOTE = Pattern.compile("instance-based billing \\(platforms.cloud-functions-gen2"
            + ".billing: instance\\) would cost \\$([0-9,.]+) a month, \\$([0-9,.]+) \\(([0-9.]+)%\\) less");

    /**
     * The sample steady API: 2,000 requests a second around the clock, 40 ms each, 5 ms of it CPU, burst 1.5x,
     * called from the VPC (no internet egress).
     */
    private static Profile steady(String extra) {
        return TestProfiles.parse("name: steady\ntraffic: {rate: 2000/s, pattern: flat, burst: 1.5x}\n"
                + "duration: {mean: 40ms, p99: 200ms}\ncpu_time: 5ms\nmemory: 256MB\ntimeout: 5s\n"
                + "concurrency_per_instance: 20\nruntime: go\nnetwork: {clients: vpc}\n" + extra);
    }

    private static Optional<Matcher> note(Assessment a) {
        return NoteMatch.in(a, NOTE);
    }

    @Test
    void aBusyServiceIsToldWhatInstanceBasedBillingCosts() {
        Assessment byRequest = GEN2.assess(steady(""), REPORT);
        Matcher m = note(byRequest).orElseThrow(() -> new AssertionError("no note in " + byRequest.notes()));
        // By hand: 80 requests in flight (2,000/s x 40 ms), their 99th percentile 102 (Poisson: P(X <= 101) =
        // 0.98994, P(X <= 102) = 0.99240), x 1.5 burst = 153. A 2-vCPU instance holds 9 on average at Cloud Run's
        // 60% CPU target (2 x 0.6 / (5 ms / 40 ms) = 9.6; 60% of 20 at once is 12) and 16 at a short peak at full
        // CPU (2 / (5 ms / 40 ms)), so at least 10 instances stay alive (153 / 16), and fewer than the 17 that
        // would buy the peak's headroom twice (153 / 9); the cold-start model's pool at 9 each decides between.
        // An instance all month: 2 vCPU x 2,628,000 s x $0.000018 + 0.25 GiB x 2,628,000 s x $0.000002 = $95.922.
        Assessment stated = GEN2.assess(steady("platforms: {cloud-functions-gen2: {billing: instance}}\n"), REPORT);
        double alive = stated.capacity().figures().stream().filter(f -> f.key().equals("busyInstancesMean")).findFirst()
                .orElseThrow().value();
        assertThat(alive).isBetween(10.0, 17.0);
        double byInstance = alive * (2 * 2_628_000 * 0.000018 + 0.25 * 2_628_000 * 0.000002);
        assertThat(NoteMatch.grouped(m.group(1))).isCloseTo(byInstance, within(0.005));
        assertThat(NoteMatch.grouped(m.group(2))).isCloseTo(byRequest.platformCost() - byInstance, within(0.005));
        assertThat(byRequest.platformCost()).isGreaterThan(3000); // 5.256 billion requests pay $2,102.40 alone
        // Stating it prices that month.
        assertThat(stated.platformCost()).isCloseTo(byInstance, within(1e-6));
        assertThat(note(stated)).isEmpty();
    }

    @Test
    void noNoteWhereRequestBasedBillingIsTheCheaperOrWasStated() {
        // A request every minute: an instance running all month would bill 43,800 idle minutes.
        Profile rare = TestProfiles.parse("name: rare\ntraffic: {rate: 1/min}\nduration: 1s\nmemory: 512MB\n"
                + "timeout: 10s\n");
        assertThat(note(GEN2.assess(rare, REPORT))).isEmpty();
        assertThat(note(GEN2.assess(steady("platforms: {cloud-functions-gen2: {billing: request}}\n"), REPORT)))
                .isEmpty();
        // A search reads fit and cost alone.
        assertThat(note(GEN2.assess(steady(""), REPORT.searching()))).isEmpty();
    }

    /**
     * Over generated profiles, stating billing: instance prices the month the note says, to the cent, and where
     * there is no note it costs no less than by request (the note is left out quickly where one instance of the
     * cheapest shape all month would already cost as much, and that must never hide a cheaper month).
     */
    @Test
    void theNoteIsTheMonthStatingItPricesAndItsAbsenceMeansNoSaving() {
        int noted = 0;
        int without = 0;
        for (String yaml : TestProfiles.portfolioYaml(33, 400, "ib", "platforms:", "pricing:", "gpu:")) {
            Assessment byRequest = GEN2.assess(TestProfiles.parse(yaml), REPORT);
            if (!byRequest.usable()) {
                continue;
            }
            Assessment stated = GEN2.assess(TestProfiles.parse(yaml
                    + "platforms:\n  cloud-functions-gen2: {billing: instance}\n"), REPORT);
            Optional<Matcher> m = note(byRequest);
            if (m.isPresent()) {
                assertThat(stated.platformCost()).as(yaml).isCloseTo(NoteMatch.grouped(m.get().group(1)),
                        within(0.005));
                noted++;
            } else {
                assertThat(stated.usable() && stated.platformCost() < byRequest.platformCost() * 0.999 - 0.01)
                        .as(yaml).isFalse();
                without++;
            }
        }
        System.out.printf("instance-based billing: %d notes priced by stating it, %d profiles without one%n", noted,
                without);
        assertThat(noted).isGreaterThan(30);
        assertThat(without).isGreaterThan(100);
    }
}
