package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.PricingOption;
import dev.costfit.profile.Profile;
import dev.costfit.yaml.InvalidValue;
import org.junit.jupiter.api.Test;

/**
 * Under a commitment the other architecture's month is not quoted beside the committed total as a saving (a review
 * found "arm64 would cost $240.97 a month (11% less)" beside Fargate's committed $240.96, an on-demand month); with
 * architecture: any the note says which was chosen, both months under the commitment.
 */
class ArchitectureNoteTest {

    private static final String STEADY = "name: s\ntraffic: {rate: 50/s, pattern: flat}\nduration: 200ms\n"
            + "cpu_time: 50ms\nmemory: 1024MB\ntimeout: 10s\nconcurrency_per_instance: 20\nfront_door: alb\n";

    @Test
    void underACommitmentTheOtherArchitecturesOnDemandMonthIsNotQuoted() throws InvalidValue {
        Profile x86 = TestProfiles.parse(STEADY + "architecture: x86_64\n");
        PricingContext onDemand = new PricingContext(CATALOG, false);
        PricingContext committed = onDemand.pricedAs(PricingOption.parse("savings-plan-1y"));
        Assessment od = Platforms.assess(new FargatePlatform(), x86, onDemand);
        Assessment sp = Platforms.assess(new FargatePlatform(), x86, committed);
        // On demand, Fargate's arm64 prices ($0.03238 a vCPU-hour, $0.00356 a GB-hour, against $0.04048 and $0.004445
        // on x86_64) make the same 4 tasks of 1 vCPU / 2 GB cheaper: the note says so.
        assertThat(od.notes()).anyMatch(n -> n.startsWith("arm64 would cost"));
        assertThat(sp.notes()).noneMatch(n -> n.contains("arm64 would cost"));
        assertThat(Platforms.assess(new LambdaPlatform(), x86, committed).notes())
                .noneMatch(n -> n.contains("arm64 would cost"));
        // With architecture: any the note says which was chosen, and that both months are under the commitment, by
        // which it was chosen: 1 year no upfront, $0.0255 an arm64 vCPU-hour and $0.0028 a GB-hour against x86_64's
        // $0.032384 and $0.003556 (the flat pattern commits every task-hour).
        Assessment any = Platforms.assess(new FargatePlatform(), TestProfiles.parse(STEADY + "architecture: any\n"),
                committed);
        assertThat(any.notes()).anyMatch(n -> n.startsWith("arm64 chosen (architecture: any) under 1-year "
                + "commitment, no upfront: $"));
    }
}
