package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import dev.costfit.recommend.BreakEven;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pipeline's steps are assessed without their trade-off tables ({@link PricingContext#withoutTradeOffs}): only the
 * settings that can be chosen are priced, and the fastest usable one the chosen setting's note names. Each such
 * assessment must be the report's own (every setting priced, {@link SettingChoice#choose}) but for the table: the
 * same lines, limits, notes (but the ones on provisioned concurrency and instance-based billing bought for their
 * price, which a report of one function words), capacity and cold starts. Checked on every function platform over
 * the sample profiles and a generated portfolio at rates from a trickle to a flood, counting the notes that name a
 * faster setting.
 */
class UntabledAssessmentTest {

    private static final PricingContext REPORT = new PricingContext(CATALOG, false);

    @Test
    void withoutItsTableAnAssessmentIsTheReportsOwn() {
        List<Profile> profiles = TestProfiles.samplesAndPortfolio(71, 40, "u");
        int compared = 0;
        int notedFaster = 0;
        int withoutPriceNote = 0;
        for (Profile profile : profiles) {
            double rate = BreakEven.rateOf(profile);
            for (double r : new double[] {rate, rate / 100, rate * 100}) {
                Profile at = BreakEven.atRate(profile, r);
                for (Platform platform : List.of(new LambdaPlatform(), new CloudFunctionsGen1Platform(),
                        new CloudFunctionsGen2Platform())) {
                    Assessment shown = platform.assess(at, REPORT);
                    Assessment untabled = platform.assess(at, REPORT.withoutTradeOffs());
                    String where = platform.id() + " on " + profile.name() + " at " + r + "/s";
                    assertThat(untabled.tradeOff()).as(where).isEmpty();
                    Assessment expected = shown.withTradeOff(List.of());
                    // The notes on provisioned concurrency and instance-based billing bought for their price, on
                    // SnapStart, and on 2nd gen's concurrency, name a knob, which a pipeline's steps share: worded
                    // for a report of one function, not for a step.
                    List<String> notes = expected.notes().stream()
                            .filter(n -> !n.startsWith("provisioned concurrency bought for its price")
                                    && !n.startsWith("SnapStart (platforms.lambda.snapstart: on)")
                                    && !n.startsWith("instance-based billing (")
                                    && !n.startsWith("an instance serves one request at a time")).toList();
                    if (notes.size() < expected.notes().size()) {
                        // The notes left out are kept with what they were worded from (settingNotes) too.
                        assertThat(untabled).as(where).usingRecursiveComparison()
                                .ignoringFields("notes", "alternatives", "settingNotes")
                                .withEqualsForType((a, b) -> Double.compare(a, b) == 0, Double.class)
                                .isEqualTo(expected);
                        assertThat(untabled.notes()).as(where).isEqualTo(notes);
                        assertThat(untabled.alternatives()).as(where).isEqualTo(expected.alternatives().stream()
                                .filter(a -> a.setting().equals("architecture: any")).toList());
                        withoutPriceNote++;
                    } else {
                        assertThat(untabled).as(where).isEqualTo(expected);
                    }
                    compared++;
                    if (shown.notes().stream().anyMatch(n -> n.contains("slower than measured;"))) {
                        notedFaster++;
                    }
                }
            }
        }
        System.out.printf("untabled assessments: %d compared, %d naming a faster setting, %d without a price note%n",
                compared, notedFaster, withoutPriceNote);
        assertThat(compared).isGreaterThan(300);
        assertThat(notedFaster).as("notes naming a faster setting").isGreaterThan(20);
    }
}
