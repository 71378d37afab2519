package dev.costfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The analytic cold-start share against a seeded discrete-event simulation: within ±20% relative, or ±0.05
 * percentage points, over a grid of rates, durations and keep-alive windows (the windows providers keep: 5 to 15
 * minutes).
 */
class ColdStartModelTest {

    private static final double[] RATES = {0.005, 0.05, 0.5, 5, 50};
    private static final double[] DURATIONS = {0.2, 2, 20};
    private static final double[] WINDOWS = {300, 900};

    private static void assertClose(double model, double simulated, String what) {
        double tolerance = Math.max(0.2 * simulated, 0.0005);
        assertThat(model).as(what + " simulated %.5f", simulated).isCloseTo(simulated, within(tolerance));
    }

    private static int requests(double rate, double window) {
        return (int) Math.min(1_500_000, Math.max(40_000, rate * window * 200));
    }

    @Test
    void aLoadBeyondTheLevelsAnIntCountsSaturatesInsteadOfFailing() {
        // 2.4e10 requests a second of 0.1 s: 2.4e9 in flight, past the largest int (2,147,483,647). Found by the fuzzer
        // (seed 7070): a function setting far slower than measured, swept by breakeven --vary rate; the pass's level
        // counter overflowed. The occupancy saturates at 2,147,483,646, and so does the pool: no cold start.
        ColdStartModel.Result r = ColdStartModel.steadyState(2.4e10, 0.1, 900, 1, 0, Poisson.withMean(2.4e9));
        assertThat(r.coldShare()).isEqualTo(0);
        assertThat(r.pool()).isEqualTo(2_147_483_646);
        // Just inside the int range the pass still walks its levels: 1e8 in flight, cold starts all but gone.
        ColdStartModel.Result inside = ColdStartModel.steadyState(1e9, 0.1, 900, 1, 0, Poisson.withMean(1e8));
        assertThat(inside.coldShare()).isBetween(0.0, 1e-3);
        assertThat(inside.pool()).isBetween(1e8, 1.01e8);
    }

    @Test
    void matchesTheSimulationWithExponentialDurations() {
        Random random = new Random(11);
        for (double rate : RATES) {
            for (double w : DURATIONS) {
                for (double k : WINDOWS) {
                    double simulated = ColdStartSimulation.coldShare(rate,
                            () -> -Math.log(1 - random.nextDouble()) * w, k, requests(rate, k), random);
                    double model = ColdStartModel.steadyState(rate, w, k, 1, 0).coldShare();
                    assertClose(model, simulated, "rate " + rate + " W " + w + " K " + k);
                }
            }
        }
    }

    @Test
    void matchesTheSimulationWithFixedDurations() {
        Random random = new Random(12);
        for (double rate : RATES) {
            for (double w : DURATIONS) {
                double k = 600;
                double simulated = ColdStartSimulation.coldShare(rate, () -> w, k, requests(rate, k), random);
                double model = ColdStartModel.steadyState(rate, w, k, 1, 0).coldShare();
                assertClose(model, simulated, "rate " + rate + " W " + w);
            }
        }
    }

    /**
     * Lambda's environments live about two hours however busy: the cold starts, steady and recycled (as the plan adds
     * them, {@link ColdStartPlan}), against the simulation with lifetimes, from one request an hour (whose warm
     * spells seldom last two hours: recycling adds next to nothing) to 50 a second (whose environments are all
     * recycled once a lifetime), with Lambda's keep-alive and a stated 30 minutes: within 35% or 0.05 percentage
     * points (measured: −1% to +29% where the absolute bound does not hold; the steady share alone is within the
     * 20% above), and never further from it than the whole pool recycled once a lifetime, which costfit counted
     * before (+5% to +51%; at one request an hour with a 30-minute keep-alive 80% cold, where 61% are).
     */
    @Test
    void matchesTheSimulationWithLifetimes() {
        Random random = new Random(13);
        double lifetime = 7200;
        int compared = 0;
        for (double rate : new double[] {1 / 3600.0, 0.005, 0.05, 0.5, 5, 50}) {
            for (double w : DURATIONS) {
                for (double k : new double[] {600, 1800}) {
                    int requests = (int) Math.min(1_500_000, Math.max(60_000, rate * lifetime * 400));
                    double simulated = ColdStartSimulation.coldShare(rate,
                            () -> -Math.log(1 - random.nextDouble()) * w, k, lifetime, requests, random);
                    ColdStartModel.Result r = ColdStartModel.levels(rate, w, k, 1, Poisson.withMean(rate * w),
                            lifetime).at(0);
                    double model = r.coldShare() + r.recycled() / rate;
                    String what = "rate " + rate + " W " + w + " K " + k;
                    assertThat(model).as(what + " simulated %.5f", simulated).isCloseTo(simulated,
                            within(Math.max(0.35 * simulated, 0.0005)));
                    double wholePool = r.coldShare() + r.pool() / lifetime / rate;
                    assertThat(Math.abs(model - simulated)).as(what).isLessThanOrEqualTo(
                            Math.abs(wholePool - simulated));
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(6 * 3 * 2);
    }

    @Test
    void aRareRequestIsColdUnlessOneCameWithinTheWindow() {
        // At 1 request an hour and a 10-minute window, P(cold) -> P(no arrival in 600 s) = e^(-1/6).
        assertThat(ColdStartModel.steadyState(1 / 3600.0, 0.1, 600, 1, 0).coldShare())
                .isCloseTo(Math.exp(-600 / 3600.0), within(0.002));
    }

    @Test
    void keptInstancesRemoveColdStartsAtTheirLevels() {
        // 1 request every 100 s of 1 s: the first environment expires between requests (e^-6 of them are cold),
        // and the ~1% that overlap another request need a second one, which is nearly always gone.
        double none = ColdStartModel.steadyState(0.01, 1, 600, 1, 0).coldShare();
        double one = ColdStartModel.steadyState(0.01, 1, 600, 1, 1).coldShare();
        double two = ColdStartModel.steadyState(0.01, 1, 600, 1, 2).coldShare();
        assertThat(none - one).isCloseTo(Math.exp(-0.01) * Math.exp(-6), within(2e-4));
        assertThat(two).isLessThan(one / 50);
        assertThat(ColdStartModel.steadyState(0.01, 1, 600, 1, 1).pool()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void instancesThatHoldManyRequestsStartColdLessOften() {
        double single = ColdStartModel.steadyState(2, 5, 600, 1, 0).coldShare();
        double shared = ColdStartModel.steadyState(2, 5, 600, 20, 0).coldShare();
        assertThat(shared).isLessThan(single);
    }
}
