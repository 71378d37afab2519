package dev.costfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Billed instance time of Cloud Run's request-based billing: busy periods, not requests, round up to 100 ms. The
 * analytic model is checked against its limits and against a discrete-event simulation of the same packing
 * (instance k+1 busy while more than k·n requests are in flight) with fixed request durations, where each busy
 * period bills up to the next multiple of 100 ms from its start and overlapping billed windows count once.
 */
class BusyTimeTest {

    @Test
    void oneRequestPerInstanceBillsEachRequestRoundedUp() {
        // 2/s of 240 ms: each bills 300 ms, 0.6 instance-seconds a second.
        assertThat(BusyTime.billedPerSecond(2, 0.24, 0.3, 1, 0.1, Poisson.withMean(0.48)))
                .isCloseTo(0.6, within(1e-12));
    }

    @Test
    void withoutRoundingItIsTheExpectedNumberOfBusyInstances() {
        Poisson x = Poisson.withMean(20);
        double direct = 0;
        for (int k = 0; k < 200; k++) {
            direct += x.probability(k) * Math.ceil(k / 10.0);
        }
        assertThat(BusyTime.billedPerSecond(10, 2, 2, 10, 0, x)).isCloseTo(direct, within(1e-9));
    }

    @Test
    void requestsThatSeldomOverlapBillAsOneAtATime() {
        // 0.01/s of 72 ms, 8 per instance: another request arrives within a request's 72 ms one time in 1,400
        // (1 - e^-0.00072), so nearly every busy period is one request, billed 100 ms: 0.01 x 0.1 = 0.001
        // instance-seconds a second, which is also the most packing can bill. The exponential busy periods alone
        // would bill 0.1 / (1 - e^(-0.1/0.072)) = 133 ms each.
        double model = BusyTime.billedPerSecond(0.01, 0.072, 0.1, 8, 0.1, Poisson.withMean(0.01 * 0.072));
        assertThat(model).isLessThanOrEqualTo(0.001 + 1e-15).isGreaterThan(0.001 * 0.999);
    }

    @Test
    void requestsThatSeldomOverlapBillTheirOwnRoundedTimes() {
        // Spread as a log-normal through p50 80 ms and p95 200 ms (mean 93.4 ms), a request alone bills 140.6 ms on
        // average (BilledDurationTest): at 0.01/s, 8 per instance, requests seldom share a busy period, and the
        // month bills at most 0.01 x 0.1406 instance-seconds a second, though exponential busy periods of that mean
        // would bill 0.1 / (1 - e^(-0.1/0.0934)) = 152 ms each.
        double model = BusyTime.billedPerSecond(0.01, 0.0934, 0.1406, 8, 0.1, Poisson.withMean(0.01 * 0.0934));
        assertThat(model).isLessThanOrEqualTo(0.001406 + 1e-15).isGreaterThan(0.001406 * 0.999);
    }

    @ParameterizedTest(name = "{0}/s of {1} s, {2} per instance")
    @CsvSource({"10, 2, 10", "5, 0.3, 4", "2000, 0.05, 24", "20000, 0.02, 48", "0.5, 0.02, 8"})
    void roundingOfBusyPeriodsMatchesASimulation(double rate, double seconds, int perInstance) {
        double model = BusyTime.billedPerSecond(rate, seconds, Granularity.roundUp(seconds, 0.1), perInstance, 0.1,
                Poisson.withMean(rate * seconds));
        double horizon = Math.min(20_000, 4_000_000 / rate);
        double simulated = simulate(rate, seconds, perInstance, 0.1, horizon, new Random(11));
        // The exponential approximations of busy periods and gaps err high by up to ~9% where levels flicker
        // (2,000/s x 50 ms), by 3% or less elsewhere.
        assertThat(model).isCloseTo(simulated, within(simulated * 0.10 + 0.002));
        assertThat(model).isGreaterThanOrEqualTo(simulated * 0.97);
        // Never below the busy instances themselves, never more than the levels the load reaches.
        double busy = Poisson.withMean(rate * seconds).expectedCeilDiv(perInstance);
        assertThat(model).isGreaterThanOrEqualTo(busy - 1e-9);
    }

    /**
     * Instance-seconds billed per second of simulated time: each busy period of a level [s, e] bills the window
     * [s, s + ceil((e − s) / g)·g], and windows that overlap (a request arriving within the rounding) count once.
     */
    private static double simulate(double rate, double seconds, int n, double g, double horizon, Random random) {
        ArrayDeque<Double> departures = new ArrayDeque<>(); // fixed durations: departures leave in arrival order
        int levels = 1 + (int) Math.ceil((rate * seconds + 20 * Math.sqrt(rate * seconds) + 50) / n);
        double[] start = new double[levels];
        double[] billedUntil = new double[levels];
        double warmUp = Math.max(10 * seconds, 1);
        double end = horizon + warmUp;
        double billed = 0;
        int inFlight = 0;
        double time = 0;
        while (time < end) {
            double arrival = time - Math.log(1 - random.nextDouble()) / rate;
            while (!departures.isEmpty() && departures.peekFirst() <= arrival) {
                double leave = departures.pollFirst();
                inFlight--;
                if (inFlight % n == 0 && inFlight / n < levels) { // level inFlight / n goes idle
                    int k = inFlight / n;
                    double windowEnd = start[k] + Math.ceil((leave - start[k]) / g - 1e-9) * g;
                    billed += overlap(Math.max(Math.max(start[k], billedUntil[k]), warmUp), Math.min(windowEnd, end));
                    billedUntil[k] = Math.max(billedUntil[k], windowEnd);
                }
            }
            time = arrival;
            if (inFlight % n == 0 && inFlight / n < levels) { // level inFlight / n becomes busy
                start[inFlight / n] = arrival;
            }
            inFlight++;
            departures.addLast(arrival + seconds);
        }
        for (int k = 0; k * n < inFlight && k < levels; k++) { // levels still busy when the simulation stops
            billed += overlap(Math.max(Math.max(start[k], billedUntil[k]), warmUp), end);
        }
        return billed / horizon;
    }

    private static double overlap(double from, double to) {
        return Math.max(0, to - from);
    }
}
