package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Alternative;
import dev.costfit.assessment.Assessment;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Cloud Functions 2nd gen serves one request at a time per instance unless concurrency_per_instance says more (as
 * Cloud Functions deploys a function; pricing-reference.md §4.3); where the CPU model shows requests that mostly wait,
 * a report's note says what Cloud Run's default for a service, 80 at once, would cost.
 */
class ConcurrencyNoteTest {

    private static final PricingContext REPORT = new PricingContext(CATALOG, false);
    private static final CloudFunctionsGen2Platform GEN2 = new CloudFunctionsGen2Platform();
    private static final Pattern NOTE = Pattern.compile("concurrency_per_instance: 80, Cloud Run's default for a "
            + "service, would cost \\$([0-9,.]+) a month, \\$([0-9,.]+) \\(([0-9.]+)%\\) less");

    /** One request a second around the clock, 10 s each, 100 ms of it CPU, called from the VPC (no egress). */
    private static Profile waits(String extra) {
        return TestProfiles.parse("name: waits\ntraffic: {rate: 1/s, pattern: flat}\nduration: 10s\n"
                + "memory: 512MB\ntimeout: 60s\nnetwork: {clients: vpc}\n" + extra);
    }

    private static Optional<Matcher> note(Assessment a) {
        return NoteMatch.in(a, NOTE);
    }

    @Test
    void aServiceThatWaitsIsToldWhatServingRequestsConcurrentlyCosts() {
        Assessment oneAtATime = GEN2.assess(waits("cpu_time: 100ms\n"), REPORT);
        Matcher m = note(oneAtATime).orElseThrow(() -> new AssertionError("no note in " + oneAtATime.notes()));
        // By hand, one at a time: the 512 MB setting's 0.333 vCPU, raised to 0.334 to end a request within its
        // 100 ms step (9.9 s waiting + 0.1 s / 0.334 = 10.1994 s, billed 10.2 s): 2,628,000 requests x 10.2 s x
        // (0.334 x $0.000024 + 0.5 x $0.0000025) + $0.40 a million = $249.43.
        double billed = 2_628_000 * 10.2;
        assertThat(oneAtATime.platformCost()).isCloseTo(billed * (0.334 * 0.000024 + 0.5 * 0.0000025)
                + 2.628 * 0.40, within(1e-6));
        // With 80 at once: a 1-vCPU instance holds 60 (0.6 x 1 vCPU x 10 s / 0.1 s), and 10 requests are in flight
        // on average (Poisson), so one instance is busy whenever any is: 1 - e^-10 of the month, 2,627,880.7 s,
        // plus the 100 ms rounding of its ~120 busy periods a month (at most 12 s), at $0.000024 a vCPU-second and
        // 0.5 GiB x $0.0000025: $66.35, and the same requests: $67.41.
        double busy = 2_628_000 * (1 - Math.exp(-10));
        double byHand = busy * (0.000024 + 0.5 * 0.0000025) + 2.628 * 0.40;
        assertThat(NoteMatch.grouped(m.group(1))).isEqualTo(67.41);
        Assessment stated = GEN2.assess(waits("cpu_time: 100ms\nconcurrency_per_instance: 80\n"), REPORT);
        assertThat(stated.platformCost()).isCloseTo(byHand, within(12 * 0.00002525));
        assertThat(stated.platformCost()).isGreaterThanOrEqualTo(byHand);
        assertThat(NoteMatch.grouped(m.group(2))).isCloseTo(oneAtATime.platformCost() - stated.platformCost(),
                within(0.005));
        assertThat(note(stated)).as("stated: no note").isEmpty();
        assertThat(oneAtATime.alternatives()).containsExactly(new Alternative("concurrency_per_instance: 80",
                oneAtATime.platformCost() - stated.platformCost(), List.of("lambda-managed-instances")));
    }

    @Test
    void noNoteWhereConcurrencyIsStatedTheWholeRequestBurnsCpuOrInASearch() {
        assertThat(note(GEN2.assess(waits("cpu_time: 100ms\nconcurrency_per_instance: 1\n"), REPORT))).isEmpty();
        // Without cpu_time the whole 10 s burn a vCPU: two at once need two vCPUs' worth, never less.
        assertThat(note(GEN2.assess(waits(""), REPORT))).isEmpty();
        assertThat(note(GEN2.assess(waits("cpu_time: 100ms\n"), REPORT.searching()))).isEmpty();
        Profile job = TestProfiles.parse("name: job\nkind: job\nschedule: {runs: 30/month, tasks: 4, duration: 10min}"
                + "\ncpu_time: 1min\nmemory: 1GB\ntimeout: 1h\n");
        assertThat(note(GEN2.assess(job, REPORT))).isEmpty();
    }

    /**
     * Over generated profiles, stating concurrency_per_instance: 80 prices the month the note says, to the cent, and
     * where a service with the CPU model has no note, stating it costs no less.
     */
    @Test
    void theNoteIsTheMonthStatingItPricesAndItsAbsenceMeansNoSaving() {
        int noted = 0;
        int without = 0;
        for (String yaml : TestProfiles.portfolioYaml(35, 400, "cn", "concurrency_per_instance:", "pricing:",
                "gpu:", "kind: job", "steps:")) {
            Profile profile = TestProfiles.parse(yaml);
            Assessment oneAtATime = GEN2.assess(profile, REPORT);
            if (!oneAtATime.usable() || !profile.cpuModel()) {
                continue;
            }
            Assessment stated = GEN2.assess(TestProfiles.parse(yaml + "concurrency_per_instance: 80\n"), REPORT);
            Optional<Matcher> m = note(oneAtATime);
            if (m.isPresent()) {
                assertThat(stated.platformCost()).as(yaml).isCloseTo(NoteMatch.grouped(m.get().group(1)),
                        within(0.005));
                noted++;
            } else {
                assertThat(stated.usable() && stated.platformCost() < oneAtATime.platformCost() * 0.999 - 0.01)
                        .as(yaml).isFalse();
                without++;
            }
        }
        System.out.printf("concurrency: %d notes priced by stating it, %d profiles without one%n", noted, without);
        assertThat(noted).isGreaterThan(30);
        assertThat(without).isGreaterThan(20);
    }
}
