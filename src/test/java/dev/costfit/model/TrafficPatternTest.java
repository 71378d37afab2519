package dev.costfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.profile.PatternPreset;
import dev.costfit.profile.PatternSpec;
import dev.costfit.profile.Traffic;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TrafficPatternTest {

    @ParameterizedTest
    @EnumSource(PatternPreset.class)
    void everyPresetHasMeanOneAndPreservesTheMonthlyCount(PatternPreset preset) {
        TrafficPattern pattern = TrafficPattern.of(new PatternSpec.Preset(preset));
        assertThat(pattern.hours()).isIn(24, 168);
        assertThat(pattern.weights().stream().mapToDouble(Double::doubleValue).average().orElseThrow())
                .isCloseTo(1, within(1e-12));
        HourlyLoad load = HourlyLoad.of(new Traffic(new Rate(20), new PatternSpec.Preset(preset), 1),
                TimeSpan.ofSeconds(6));
        // 20/s x 730 h x 3600 s = 52,560,000 requests, whatever the shape.
        assertThat(load.requestsPerMonth()).isCloseTo(52_560_000, within(1e-3));
        assertThat(load.meanInFlight()).isCloseTo(120, within(1e-9));
    }

    @Test
    void businessHoursPeakIsTenTimesTheNight() {
        TrafficPattern p = TrafficPattern.of(new PatternSpec.Preset(PatternPreset.BUSINESS_HOURS));
        assertThat(p.weight(10) / p.weight(3)).isCloseTo(10, within(1e-12)); // Monday 10:00 vs 03:00
        assertThat(p.weight(5 * 24 + 10)).isEqualTo(p.weight(3)); // Saturday is quiet
        assertThat(p.peakWeight()).isCloseTo(168 / 61.8, within(1e-12));
    }

    /**
     * Hours whose loads move together: a flat day's 24; a business-hours week's 118 quiet hours (168 less 5 days of
     * 10 busy ones); a diurnal day's pairs either side of its 14:00 peak (cos is even; the nearest distinct weights,
     * 1.6 at the peak and 1 + 0.6·cos 15° = 1.5796 next to it, are 1.3% apart); a spiky day's 20 quiet hours. Hours
     * of no traffic do not count, and a factor of 1 groups equal weights alone.
     */
    @Test
    void theMostHoursWhoseWeightsAreAlike() {
        assertThat(preset(PatternPreset.FLAT).mostHoursAlike(1.01)).isEqualTo(24);
        assertThat(preset(PatternPreset.BUSINESS_HOURS).mostHoursAlike(1.01)).isEqualTo(118);
        assertThat(preset(PatternPreset.DIURNAL).mostHoursAlike(1.01)).isEqualTo(2);
        assertThat(preset(PatternPreset.SPIKY).mostHoursAlike(1.01)).isEqualTo(20);
        List<Double> weights = new ArrayList<>(java.util.Collections.nCopies(24, 0.0));
        weights.set(0, 100.0);
        weights.set(1, 100.5);
        weights.set(2, 101.2);
        weights.set(3, 50.0);
        TrafficPattern hourly = TrafficPattern.of(new PatternSpec.Hourly(weights));
        // 100 and 100.5 within 1% (101.2 is 1.2% above 100, 0.7% above 100.5): two; the 20 empty hours not at all.
        assertThat(hourly.mostHoursAlike(1.01)).isEqualTo(2);
        assertThat(hourly.mostHoursAlike(1.02)).isEqualTo(3);
        assertThat(hourly.mostHoursAlike(1)).isEqualTo(1);
    }

    private static TrafficPattern preset(PatternPreset preset) {
        return TrafficPattern.of(new PatternSpec.Preset(preset));
    }

    @Test
    void randomHourlyWeightsAreNormalisedToMeanOne() {
        Random random = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            int n = random.nextBoolean() ? 24 : 168;
            List<Double> weights = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                weights.add(random.nextDouble() * 100);
            }
            double rate = 0.001 + random.nextDouble() * 1000;
            HourlyLoad load = HourlyLoad.of(new Traffic(new Rate(rate), new PatternSpec.Hourly(weights), 1),
                    TimeSpan.ofSeconds(1));
            assertThat(load.requestsPerMonth()).isCloseTo(rate * 730 * 3600, within(rate * 730 * 3600 * 1e-12));
            double peakRatio = load.peak().rate() / rate;
            double maxWeight = weights.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            double meanWeight = weights.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            assertThat(peakRatio).isCloseTo(maxWeight / meanWeight, within(1e-9));
        }
    }

    @Test
    void sizingConcurrencyIsTheP99TimesTheBurst() {
        HourlyLoad load = HourlyLoad.of(new Traffic(new Rate(10), new PatternSpec.Preset(PatternPreset.FLAT), 2.5),
                TimeSpan.ofSeconds(10));
        // L = 100; p99 = 124; x 2.5 = 310.
        assertThat(load.sizingConcurrency(load.peak())).isEqualTo(310);
    }
}
