package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Capacity;
import dev.costfit.assessment.ColdStarts;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.PlatformInfo;
import dev.costfit.assessment.Simplicity;
import dev.costfit.pricing.PricingContext;
import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.profile.Cloud;
import dev.costfit.units.Money;
import dev.costfit.units.Numbers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Limits the providers really have, checked; and no non-finite figure ever leaves the engine or reaches a report. */
class LimitsThatExistTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);

    @Test
    void firstGenHasAnInstanceQuotaOfThreeThousandByDefault() {
        // 2,000/s of 2 s, one request per instance: 4,000 in flight, p99 4,148: over the 3,000 default maximum.
        Assessment a = new CloudFunctionsGen1Platform().assess(TestProfiles.parse("name: g\ngcp_region: us-central1\n"
                + "traffic: {rate: 2000/s}\nduration: 2s\nmemory: 256MB\ntimeout: 10s\n"), LIST);
        assertThat(a.violations()).anySatisfy(v -> {
            assertThat(v.limit()).isEqualTo("instances");
            assertThat(v.severity()).isEqualTo(LimitCheck.Severity.QUOTA);
            assertThat(v.allowed()).startsWith("3,000");
        });
    }

    @Test
    void aLambdaInitLongerThanTenSecondsIsFlagged() {
        Assessment a = new LambdaPlatform().assess(TestProfiles.service("1/min", "1s", "1GB",
                "cold_start: {init: 12s}"), LIST);
        assertThat(a.violations()).anySatisfy(v -> {
            assertThat(v.limit()).isEqualTo("INIT phase");
            assertThat(v.severity()).isEqualTo(LimitCheck.Severity.ADVISORY);
        });
    }

    @Test
    void eksPricesAndLimitsThePodsStorageOnTheNodesVolume() {
        // A job of 4 tasks with 30 GB each: one pod per m5.xlarge node by memory (12 GB), so each node's gp3 volume
        // carries 30 GB beside its root disk; 30 runs x 4 nodes x 20 min = 40 node-hours x 30 GB / 730 x $0.08.
        Assessment a = new EksPlatform().assess(TestProfiles.parse("name: j\nkind: job\nschedule: {runs: 30/month, "
                + "tasks: 4, duration: 20min}\nmemory: 12GB\nvcpu: 2\nstorage: 30GB\n"), LIST);
        CostLine ebs = a.lines().stream().filter(l -> l.component().startsWith("EBS gp3 for the pods'")).findFirst()
                .orElseThrow();
        double nodeHours = a.capacity().figures().stream().filter(f -> f.key().equals("nodeHours")).findFirst()
                .orElseThrow().value();
        double perNode = a.capacity().figures().stream().filter(f -> f.key().equals("podsPerNode")).findFirst()
                .orElseThrow().value();
        assertThat(ebs.quantity()).isCloseTo(nodeHours * perNode * 30 / 730, within(1e-9));
        assertThat(ebs.unitPrice()).isEqualTo(0.08);
        // 1,000 TB per pod: no gp3 volume holds it, so no node type fits.
        Assessment huge = new EksPlatform().assess(TestProfiles.service("1/s", "1s", "1GB", "storage: 20TB"), LIST);
        assertThat(huge.feasible()).isFalse();
    }

    @Test
    void anAssessmentThatOverflowsDoesNotFitAndSaysWhich() {
        PlatformInfo info = new PlatformInfo("x", "X", Simplicity.FUNCTIONS, Cloud.AWS, "instance", false);
        Assessment overflowing = Assessment.priced(info, "", List.of(), List.of(CostLine.of("lambda.duration.x86_64", "Duration",
                Double.POSITIVE_INFINITY, "GB-second", 1)), Capacity.NONE, ColdStarts.NONE, List.of(), List.of());
        Assessment checked = FiniteFigures.check(overflowing);
        assertThat(checked.feasible()).isFalse();
        assertThat(checked.lines()).isEmpty();
        assertThat(checked.violations()).anySatisfy(v -> assertThat(v.required())
                .isEqualTo("the cost line Duration does not come to a finite number"));
    }

    @Test
    void reportsRefuseToPrintAnInfiniteOrNaNNumber() {
        assertThatThrownBy(() -> Money.format(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Numbers.grouped(Double.NaN, 2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Numbers.plain(Double.NEGATIVE_INFINITY)).isInstanceOf(IllegalStateException.class);
        assertThat(Money.format(12.345)).isEqualTo("$12.34");
    }
}
