package dev.costfit.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rates a break-even search scanned, as it reports them: the profile's own rate always among them. */
class BreakEvenRangeTest {

    /** A nightly job: 30 runs a month, 30 / 2,628,000 s = 0.0000114/s, under the scan's usual floor of 0.001/s. */
    private static Profile nightly() {
        return TestProfiles.parse("kind: job\nname: nightly\nschedule: {runs: 30/month, tasks: 4, duration: 20min}\n"
                + "memory: 4GB\nvcpu: 2\n");
    }

    @Test
    void aJobUnderTheFloorIsScannedUpFromItsOwnRateAndSaysSo() {
        List<Double> asked = new ArrayList<>();
        BreakEven b = BreakEven.find(nightly(), p -> {
            asked.add(BreakEven.rateOf(p));
            return "fargate";
        });
        double own = 30 / 2_628_000.0;
        assertThat(b.lowest()).isCloseTo(own, within(1e-15));
        assertThat(b.highest()).isEqualTo(100_000);
        // Nothing below its own rate was asked: the range reported is the range scanned.
        assertThat(asked).allSatisfy(r -> assertThat(r).isGreaterThanOrEqualTo(own * (1 - 1e-12)));
    }

    @Test
    void theSentenceStatesTheRangeScannedInTheUnitOfTheOwnRate() {
        // 30/month to 100,000/s = 100,000 x 2,628,000 = 262,800,000,000 a month: "262.8B/month".
        String reason = new Evaluator(dev.costfit.platform.Platforms.all(), new dev.costfit.pricing.PricingContext(
                TestProfiles.CATALOG, false), new Recommender(Recommender.DEFAULT_SIMPLICITY_MARGIN))
                .evaluate(nightly()).recommendation().reasons().stream().filter(r -> r.startsWith("break-even"))
                .findFirst().orElseThrow();
        assertThat(reason).isEqualTo("break-even: no run rate between 30/month and 262.8B/month changes the "
                + "recommendation");
    }
}
