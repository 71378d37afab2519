package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.ColdStarts;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.HourlyLoad;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.PatternPreset;
import dev.costfit.profile.PatternSpec;
import dev.costfit.profile.Traffic;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The latency SLO is judged on the pattern's worst hour, and every text that says why capacity was kept (or that
 * the SLO breaks) quotes that hour's share, named by its kind, beside the month's.
 */
class WorstHourTest {

    /** A day: 00-07 at weight 1 (the quietest), 08-17 at 4 (the busiest), 18-23 at 2. */
    private static HourlyLoad day() {
        List<Double> weights = new ArrayList<>();
        weights.addAll(Collections.nCopies(8, 1.0));
        weights.addAll(Collections.nCopies(10, 4.0));
        weights.addAll(Collections.nCopies(6, 2.0));
        return HourlyLoad.of(new Traffic(new Rate(1), new PatternSpec.Hourly(weights), 1), TimeSpan.ofSeconds(0.2));
    }

    @Test
    void anHourIsNamedByItsKind() {
        HourlyLoad day = day();
        assertThat(WorstHour.kind(day, 3)).isEqualTo("in the quietest hours");
        assertThat(WorstHour.kind(day, 12)).isEqualTo("in the busiest hours");
        // A step: the hour's rate differs from the hour before's (the pattern repeats: 00:00 follows 23:00).
        assertThat(WorstHour.kind(day, 8)).isEqualTo("in the hour from 08:00, as traffic rises");
        assertThat(WorstHour.kind(day, 18)).isEqualTo("in the hour from 18:00, as traffic falls");
        assertThat(WorstHour.kind(day, 0)).isEqualTo("in the hour from 00:00, as traffic falls");
        assertThat(WorstHour.kind(day, 20)).isEqualTo("in the hour from 20:00");
        HourlyLoad flat = HourlyLoad.of(new Traffic(new Rate(1), new PatternSpec.Preset(PatternPreset.FLAT), 1),
                TimeSpan.ofSeconds(0.2));
        assertThat(WorstHour.kind(flat, 5)).isEqualTo("in every hour");
        // A week names the day: business hours start on Monday at 08:00 (hour 8 of the week).
        HourlyLoad week = HourlyLoad.of(new Traffic(new Rate(1), new PatternSpec.Preset(PatternPreset.BUSINESS_HOURS),
                1), TimeSpan.ofSeconds(0.2));
        assertThat(WorstHour.kind(week, 8)).isEqualTo("in the hour from Monday 08:00, as traffic rises");
    }

    @Test
    void theWorstHoursShareIsWordedBesideTheMonths() {
        assertThat(WorstHour.shares(0.00163, "in the quietest hours", 0.000586, "would start cold"))
                .isEqualTo("0.163% would start cold in the quietest hours (0.0586% over the month)");
        // A flat pattern's every hour is its worst: one figure.
        assertThat(WorstHour.shares(0.000628, "in every hour", 0.000628, "wait 5 s"))
                .isEqualTo("0.0628% wait 5 s in every hour");
    }

    /**
     * A Java service (5 s cold starts) in business hours at 2/s, 200 ms, against 0.1% within 1 s: the night's and
     * the weekend's tenth of the rate leaves longer gaps, and more of their requests start cold than the month's.
     * Without provisioned concurrency the check fails on the worst hour and says which, with the month's beside it.
     */
    @Test
    void theSloCheckQuotesTheWorstHourAndTheMonth() {
        String yaml = "name: bh\ntraffic: {rate: 2/s, pattern: business-hours}\nduration: 200ms\nmemory: 2GB\n"
                + "timeout: 30s\nruntime: java\nlatency: {cold_start_budget: 1s, cold_start_share: 0.1%}\n";
        PricingContext report = new PricingContext(CATALOG, false);
        Assessment off = new LambdaPlatform().assess(TestProfiles.parse(yaml
                + "platforms: {lambda: {provisioned_concurrency: 0}}\n"), report);
        LimitCheck slo = off.violations().stream().filter(v -> v.limit().equals(ColdStarts.SLO_CHECK)).findFirst()
                .orElseThrow();
        assertThat(slo.allowed()).matches("[0-9.]+% wait 5 s in the quietest hours \\([0-9.]+% over the month\\)");
        // The worst hour is above the SLO while the month is below it: judged on the month, it would have passed.
        assertThat(off.coldStarts().share()).isLessThan(0.001);
        assertThat(off.coldStarts().sloMet()).isFalse();
        Assessment auto = new LambdaPlatform().assess(TestProfiles.parse(yaml), report);
        assertThat(auto.coldStarts().explanation()).anySatisfy(e -> assertThat(e).startsWith("provisioned "
                + "concurrency: ").contains("the fewest that meet the latency SLO in every hour; without it ")
                .contains("% would start cold in the quietest hours (").endsWith("% over the month)"));
    }
}
