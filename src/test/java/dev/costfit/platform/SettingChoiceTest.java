package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Capacity;
import dev.costfit.assessment.ColdStarts;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.PlatformInfo;
import dev.costfit.assessment.SettingOption;
import dev.costfit.assessment.Simplicity;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Cloud;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Choosing a setting cheapest bound first ({@link SettingChoice#chooseCheapestFirst}) chooses exactly what assessing
 * every setting would ({@link SettingChoice#choose}), assessing in full only the settings it must; a report's
 * choice ({@link SettingChoice#chooseThenShow}) assesses every setting for its fit and cost and the chosen one again
 * in full.
 */
class SettingChoiceTest {

    /** A search's context: the choice alone, no note. */
    private static final PricingContext SEARCH = new PricingContext(CATALOG, false).searching();
    private static final PlatformInfo INFO = new PlatformInfo("lambda", "AWS Lambda", Simplicity.FUNCTIONS,
            Cloud.AWS, "environment", false);

    /** A setting: its label, a request's seconds on it, its cost without what the bound leaves out, and that part. */
    private record Setting(String label, double seconds, double base, double extra, boolean fits) {
        Setting(String label, double seconds, double base, double extra) {
            this(label, seconds, base, extra, true);
        }
    }

    private static SettingChoice.Candidate candidate(Setting s, double cost) {
        Assessment a = s.fits() ? Assessment.priced(INFO, "x86_64", List.of(), List.of(CostLine.of(
                "lambda.duration.x86_64", "Duration", cost, "GB-s", 1)), Capacity.NONE, ColdStarts.NONE, List.of(),
                List.of())
                : Assessment.unfit(INFO, "x86_64", List.of(LimitCheck.of(false, LimitCheck.Severity.HARD, "memory",
                        "20 GB", "10 GB", "")), Capacity.NONE, List.of(), List.of());
        return new SettingChoice.Candidate(s::label, s.seconds(), 0, a);
    }

    /** The setting chosen both ways (they must agree), and which settings were assessed in full. */
    private static String chosen(List<Setting> settings, List<String> assessedInFull) {
        String all = SettingChoice.choose(settings.stream().map(s -> candidate(s, s.base() + s.extra())).toList())
                .tradeOff().stream().filter(SettingOption::chosen).findFirst().orElseThrow().setting();
        Assessment bounded = SettingChoice.chooseCheapestFirst(SEARCH, CostUnderOption.ON_DEMAND, settings,
                s -> s.fits() ? s.base() : Double.POSITIVE_INFINITY, Setting::seconds, s -> {
            assessedInFull.add(s.label());
            return candidate(s, s.base() + s.extra());
        });
        // Every setting here costs differently: the chosen one's cost names it.
        String label = settings.stream().filter(s -> s.fits() && s.base() + s.extra() == bounded.platformCost())
                .findFirst().orElseThrow().label();
        assertThat(label).isEqualTo(all);
        return label;
    }

    @Test
    void theLowestBoundIsNotAlwaysTheCheapestSetting() {
        // 256 MB's bound is lowest ($10) but its cold starts add $5; 512 MB ($11 + $1) is the cheapest. 1024 MB's
        // bound ($13) is beyond the 0.1% tie margin of $12, so it is never assessed in full.
        List<Setting> settings = List.of(new Setting("256 MB", 2, 10, 5), new Setting("512 MB", 1, 11, 1),
                new Setting("1024 MB", 0.5, 13, 0.5));
        List<String> full = new ArrayList<>();
        assertThat(chosen(settings, full)).isEqualTo("512 MB");
        assertThat(full).containsExactly("256 MB", "512 MB");
    }

    @Test
    void aFasterSettingWithinTheTieMarginIsStillAssessedAndChosen() {
        // $100 and $100.05 tie within 0.1%: the faster is chosen, so the second bound must be assessed too.
        List<Setting> settings = List.of(new Setting("512 MB", 2, 99, 1), new Setting("1024 MB", 1, 100.04, 0.01),
                new Setting("2048 MB", 0.5, 100.2, 0));
        List<String> full = new ArrayList<>();
        assertThat(chosen(settings, full)).isEqualTo("1024 MB");
        assertThat(full).containsExactly("512 MB", "1024 MB");
    }

    /**
     * A first bound to order by and a later one, no lower, to check before assessing in full (a container size's CPU
     * tasks, then its plan): a setting either leaves beyond the tie margin of the cheapest found is not assessed,
     * and the choice is that of assessing every setting.
     */
    @Test
    void aLaterBoundLeavesOutWhatTheFirstLetIn() {
        // Early bounds $10, $11, $11.5; later (planned) bounds $10, $14, $11.5; full costs $12, $14, $11.9.
        List<Setting> settings = List.of(new Setting("0.25 vCPU", 4, 12, 0), new Setting("0.5 vCPU", 2, 14, 0),
                new Setting("1 vCPU", 1, 11.9, 0));
        java.util.Map<String, double[]> bounds = java.util.Map.of("0.25 vCPU", new double[] {10, 10},
                "0.5 vCPU", new double[] {11, 14}, "1 vCPU", new double[] {11.5, 11.5});
        List<String> planned = new ArrayList<>();
        List<String> inFull = new ArrayList<>();
        Assessment chosen = SettingChoice.chooseCheapestFirst(CostUnderOption.ON_DEMAND, settings,
                s -> bounds.get(s.label())[0], s -> {
            planned.add(s.label());
            return bounds.get(s.label())[1];
        }, s -> {
            inFull.add(s.label());
            return candidate(s, s.base());
        });
        // 0.25 vCPU ($12) first; 0.5 vCPU's early $11 is within the margin, its plan's $14 is not; 1 vCPU is.
        assertThat(planned).containsExactly("0.25 vCPU", "0.5 vCPU", "1 vCPU");
        assertThat(inFull).containsExactly("0.25 vCPU", "1 vCPU");
        assertThat(chosen.platformCost()).isEqualTo(11.9);
        Assessment all = SettingChoice.choose(settings.stream().map(s -> candidate(s, s.base())).toList());
        assertThat(chosen.platformCost()).isEqualTo(all.platformCost());
    }

    /**
     * A report's trade-off table from settings assessed for the choice, and the chosen setting's assessment in full:
     * the same table and choice as assessing every setting in full, the full one asked for the chosen alone.
     */
    @Test
    void aReportAssessesEverySettingForTheChoiceAndTheChosenOneAgainInFull() {
        List<Setting> settings = List.of(new Setting("256 MB", 2, 10, 5), new Setting("512 MB", 1, 11, 1),
                new Setting("10240 MB", 0.1, 1, 0, false), new Setting("1024 MB", 0.5, 12.005, 0),
                new Setting("2048 MB", 0.25, 20, 0));
        List<String> inFull = new ArrayList<>();
        Assessment shown = SettingChoice.chooseThenShow(CostUnderOption.ON_DEMAND, settings,
                s -> candidate(s, s.base() + s.extra()), s -> {
            inFull.add(s.label());
            SettingChoice.Candidate c = candidate(s, s.base() + s.extra());
            return new SettingChoice.Candidate(c::setting, c.seconds(), c.slowdown(),
                    c.assessment().withNote("assessed in full"));
        });
        Assessment all = SettingChoice.choose(settings.stream().map(s -> candidate(s, s.base() + s.extra())).toList());
        // $12 and $12.005 tie within 0.1%: the faster 1024 MB is chosen, as with every setting in full.
        assertThat(inFull).containsExactly("1024 MB");
        assertThat(shown.notes()).contains("assessed in full");
        assertThat(shown.platformCost()).isEqualTo(12.005);
        assertThat(shown.tradeOff()).isEqualTo(all.tradeOff());
        assertThat(shown.tradeOff()).extracting(SettingOption::setting).containsExactly("256 MB", "512 MB",
                "10240 MB", "1024 MB", "2048 MB");
        assertThat(shown.tradeOff()).filteredOn(SettingOption::chosen).extracting(SettingOption::setting)
                .containsExactly("1024 MB");
        // One setting: assessed once, in full.
        inFull.clear();
        SettingChoice.chooseThenShow(CostUnderOption.ON_DEMAND, settings.subList(0, 1), s -> {
            throw new AssertionError("one setting needs no choice");
        }, s -> {
            inFull.add(s.label());
            return candidate(s, s.base() + s.extra());
        });
        assertThat(inFull).containsExactly("256 MB");
    }

    @Test
    void settingsThatDoNotFitAreNeverAssessedInFull() {
        List<Setting> settings = List.of(new Setting("128 MB", 3, 5, 9), new Setting("10240 MB", 0.1, 1, 0, false),
                new Setting("256 MB", 2, 6, 7), new Setting("512 MB", 1, 7, 0));
        List<String> full = new ArrayList<>();
        assertThat(chosen(settings, full)).isEqualTo("512 MB");
        assertThat(full).containsExactly("128 MB", "256 MB", "512 MB");
    }
}
